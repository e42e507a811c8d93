import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBreakdownRepo } from '../db/breakdown-repo';
import { createDefinitionsRepo } from '../db/definitions-repo';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open';
import { createScopeRepo } from '../db/scope-repo';
import { createSeriesRepo } from '../db/series-repo';
import { createSummaryMaintenance } from '../db/summary-repo';
import { importFile } from '../import/pipeline/run-import';
import { buildBreakdown } from './breakdown';
import { buildSeries } from './series';

// Random customs data with the shape Comtrade and GACC give it: a hierarchy of goods (TOTAL, chapter,
// heading, leaf) and of partners (World, countries), each row possibly split by customs procedure
// (C00 the total, C01/C02 its parts, sometimes with C00 left out), with random levels left out and
// leaves never reported (an unallocated gap). An oracle written here over the hierarchy itself, not
// over code prefixes, says what the reported totals state; every series, breakdown and share Tidemark
// computes must equal it.

type Node = { code: string; children: Node[] };
const CHAPTERS = ['27', '84', '96'];
const PARTNERS = ['DEU', 'FRA', 'JPN'];

/** chapter → headings → leaves, from the chosen shape. */
function goods(shape: number[][]): Node[] {
  return shape.map((headings, c) => ({
    code: CHAPTERS[c]!,
    children: headings.map((leaves, h) => ({
      code: `${CHAPTERS[c]}${String(h + 1).padStart(2, '0')}`,
      children: Array.from({ length: leaves }, (_, l) => ({
        code: `${CHAPTERS[c]}${String(h + 1).padStart(2, '0')}${String(l + 1).padStart(2, '0')}`,
        children: [],
      })),
    })),
  }));
}

type Cell = {
  report: { total: boolean; chapter: boolean; heading: boolean; leaf: boolean };
  hidden: boolean[];
  split: number[];
};
const cellArb = fc.record({
  report: fc.record({ total: fc.boolean(), chapter: fc.boolean(), heading: fc.boolean(), leaf: fc.boolean() }),
  hidden: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  // Per node: 0 C00 only, 1 C00 with C01/C02, 2 C01/C02 without C00.
  split: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 32, maxLength: 32 }),
});
const modelArb = fc.record({
  shape: fc.array(fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }), {
    minLength: 1,
    maxLength: 3,
  }),
  partners: fc.integer({ min: 1, max: 3 }),
  // Truth per partner and leaf, and what World holds beyond its partners (confidential trade).
  values: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3 * 12, maxLength: 3 * 12 }),
  worldExtra: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 12, maxLength: 12 }),
  world: fc.option(cellArb, { nil: null }),
  cells: fc.array(cellArb, { minLength: 3, maxLength: 3 }),
  excluded: fc.integer({ min: 0, max: 20 }),
});
type Model = typeof modelArb extends fc.Arbitrary<infer T> ? T : never;

const leavesOf = (n: Node): Node[] => (n.children.length ? n.children.flatMap(leavesOf) : [n]);
const levelOf = (code: string): keyof Cell['report'] =>
  code === 'TOTAL' ? 'total' : code.length === 2 ? 'chapter' : code.length === 4 ? 'heading' : 'leaf';

/** What one partner (or World) reports: node → true value, for the nodes it holds. */
function held(tree: Node[], truth: (leafIndex: number) => number, cell: Cell): Map<string, number> {
  const all = tree.flatMap(leavesOf);
  const out = new Map<string, number>();
  const sum = (n: Node): number => leavesOf(n).reduce((a, l) => a + truth(all.indexOf(l)), 0);
  const visit = (n: Node) => {
    const isLeaf = n.children.length === 0;
    if (cell.report[levelOf(n.code)] && !(isLeaf && cell.hidden[all.indexOf(n)])) out.set(n.code, sum(n));
    n.children.forEach(visit);
  };
  if (cell.report.total)
    out.set(
      'TOTAL',
      tree.reduce((a, c) => a + sum(c), 0),
    );
  tree.forEach(visit);
  return out;
}

/**
 * The oracle: a node is worth its reported row, else the sum of its children where they are all there is
 * of it; null where a gap makes it unknowable: nothing held under it, or only some of it, beside a nearest
 * reported ancestor whose row exceeds the sum of the nodes held under that ancestor.
 */
function oracle(tree: Node[], rows: Map<string, number>) {
  const root: Node = { code: 'TOTAL', children: tree };
  const value = (n: Node): number => rows.get(n.code) ?? n.children.reduce((a, c) => a + value(c), 0);
  const anyHeld = (n: Node): boolean => rows.has(n.code) || n.children.some(anyHeld);
  const path = (code: string, n: Node = root, up: Node[] = []): Node[] | null =>
    n.code === code ? [...up, n] : (n.children.map((c) => path(code, c, [...up, n])).find(Boolean) ?? null);
  /** The gap of a node's nearest reported ancestor (TOTAL included); null where none is reported. */
  const gapAbove = (p: Node[]): number | null => {
    for (const a of p.slice(0, -1).reverse()) {
      if (!rows.has(a.code)) continue;
      return rows.get(a.code)! - a.children.reduce((x, c) => x + (anyHeld(c) ? value(c) : 0), 0);
    }
    return null;
  };
  /** The nodes held highest under `n` (n itself where it is held). */
  const topHeld = (n: Node): Node[] => (rows.has(n.code) ? [n] : n.children.flatMap(topHeld));
  const known = (p: Node[]): boolean => {
    const n = p[p.length - 1]!;
    return rows.has(n.code) || !anyHeld(n) || (gapAbove(p) ?? 0) === 0;
  };
  return {
    total: value(root),
    /** A selected code: its value where anything is held at or under it, else 0 or unknown by its nearest held ancestor's gap. */
    of(code: string): number | null {
      const p = path(code)!;
      const n = p[p.length - 1]!;
      if (anyHeld(n)) return known(p) ? value(n) : null;
      const gap = gapAbove(p);
      return gap === null || gap === 0 ? 0 : null;
    },
    /** Chapters with anything held, and their values; a chapter known only in part, by the nodes held under it. */
    chapters: new Map(
      tree
        .filter(anyHeld)
        .flatMap((c) =>
          known([root, c]) ? [[c.code, value(c)] as const] : topHeld(c).map((n) => [n.code, value(n)] as const),
        ),
    ),
  };
}

/** The model as a Comtrade+ CSV: every held row as C00, or C01/C02 splits with or without it. */
function csv(model: Model, tree: Node[]): string {
  const lines = [
    'freqCode,period,reporterISO,flowCode,partnerISO,partner2Code,customsCode,motCode,classificationCode,cmdCode,primaryValue',
  ];
  const row = (partner: string, code: string, customs: string, value: number) =>
    lines.push(`A,2020,CHN,M,${partner},0,${customs},0,H5,${code},${value}`);
  const emit = (partner: string, rows: Map<string, number>, cell: Cell) => {
    [...rows].forEach(([code, value], i) => {
      const split = cell.split[i % cell.split.length]!;
      if (split !== 2) row(partner, code, 'C00', value);
      if (split !== 0) {
        const a = Math.floor(value / 3);
        row(partner, code, 'C01', a);
        row(partner, code, 'C02', value - a);
      }
    });
  };
  const truth = (p: number) => (l: number) => model.values[p * 12 + l]!;
  for (let p = 0; p < model.partners; p++) emit(PARTNERS[p]!, held(tree, truth(p), model.cells[p]!), model.cells[p]!);
  if (model.world) {
    const world = (l: number) =>
      Array.from({ length: model.partners }, (_, p) => truth(p)(l)).reduce((a, b) => a + b, 0) + model.worldExtra[l]!;
    emit('W00', held(tree, world, model.world), model.world);
  }
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'tidemark-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run = 0;

describe('the figure model against an oracle of the reported totals (fast-check)', () => {
  it('every series, breakdown and share equals what the reported totals say', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const tree = goods(model.shape);
        const text = csv(model, tree);
        // A file of no rows covers nothing: there is no figure to compare.
        fc.pre(text.trim().includes('\n'));
        const path = join(dir, `m${run}.csv`);
        writeFileSync(path, text);
        const db = openDb(join(dir, `m${run++}.sqlite`));
        try {
          migrate(db, () => {});
          // The file is the whole world of this model: every good and every partner there is.
          expect(importFile(db, { path }, { goods: 'all', partners: 'all' }, () => {})).toMatchObject({
            status: 'imported',
          });
          expect(createSummaryMaintenance(db).differences()).toEqual([]);
          const deps = {
            series: createSeriesRepo(db),
            scopes: createScopeRepo(db),
            defs: createDefinitionsRepo(db),
            breakdown: createBreakdownRepo(db),
          };
          const q = {
            reporter: 'CHN',
            flow: 'import' as const,
            subject: 'reporter' as const,
            frequency: 'year' as const,
            hs: [],
            excludeHs: [],
            rates: [],
            lang: 'en' as const,
          };
          const leaves = tree.flatMap(leavesOf);
          const truth = (p: number) => (l: number) => model.values[p * 12 + l]!;
          const partnerRows = PARTNERS.slice(0, model.partners).map((_, p) => held(tree, truth(p), model.cells[p]!));
          const worldRows = model.world
            ? held(
                tree,
                (l) =>
                  Array.from({ length: model.partners }, (_, p) => truth(p)(l)).reduce((a, b) => a + b, 0) +
                  model.worldExtra[l]!,
                model.world,
              )
            : null;
          const partnerOracles = partnerRows.map((r) => oracle(tree, r));
          const allOracle = worldRows && worldRows.size ? oracle(tree, worldRows) : null;
          const allTotal = allOracle ? allOracle.total : partnerOracles.reduce((a, o) => a + o.total, 0);
          const value = (s: { points: { value: number }[] }) => s.points[0]?.value ?? null;
          // A partner the file holds no row for: zero, unless World holds trade no partner accounts for.
          const leafSum = partnerOracles.reduce((a, x) => a + x.total, 0);
          const worldGap = allOracle !== null && allOracle.total !== leafSum;
          const expected = (p: number, v: number | null) => (partnerRows[p]!.size ? v : worldGap ? null : 0);

          // Each partner, all goods; all partners, all goods.
          PARTNERS.slice(0, model.partners).forEach((partner, p) =>
            expect(value(buildSeries(deps, { ...q, partner }))).toBe(expected(p, partnerOracles[p]!.total)),
          );
          expect(value(buildSeries(deps, q))).toBe(allTotal);

          // A chapter, and all goods but one leaf, for the first partner.
          const o = partnerOracles[0]!;
          const chapter = tree[0]!.code;
          expect(value(buildSeries(deps, { ...q, partner: 'DEU', hs: [chapter] }))).toBe(expected(0, o.of(chapter)));
          const leaf = leaves[model.excluded % leaves.length]!.code;
          const excl = o.of(leaf);
          expect(value(buildSeries(deps, { ...q, partner: 'DEU', excludeHs: [leaf] }))).toBe(
            expected(0, excl === null ? null : o.total - excl),
          );

          // The breakdown by chapter: items, the reported total as denominator, the gap as "unallocated", shares of the total.
          const b = buildBreakdown(deps, {
            reporter: 'CHN',
            partner: 'DEU',
            flow: 'import',
            subject: 'reporter',
            from: '2020',
            by: 'code',
            level: 2,
            hs: [],
            excludeHs: [],
            top: 50,
            lang: 'en',
          });
          expect(b.total).toBe(expected(0, o.total));
          expect(Object.fromEntries(b.items.map((i) => [i.key, i.value]))).toEqual(Object.fromEntries(o.chapters));
          const listed = [...o.chapters.values()].reduce((a, v) => a + v, 0);
          expect(b.unallocated?.value ?? 0).toBe(o.total - listed);
          for (const i of b.items) expect(i.share).toBe(b.total === null || b.total === 0 ? null : i.value / b.total);

          // By partner: the leaves, never World, against the all-partner total.
          const byPartner = buildBreakdown(deps, {
            reporter: 'CHN',
            flow: 'import',
            subject: 'reporter',
            from: '2020',
            by: 'partner',
            level: 8,
            hs: [],
            excludeHs: [],
            top: 50,
            lang: 'en',
          });
          expect(byPartner.total).toBe(allTotal);
          expect(byPartner.unallocated?.value ?? 0).toBe(allTotal - leafSum);
          const heldPartners = PARTNERS.slice(0, model.partners).flatMap((p, k) =>
            partnerRows[k]!.size ? [[p, partnerOracles[k]!.total] as const] : [],
          );
          expect(Object.fromEntries(byPartner.items.map((i) => [i.key, i.value]))).toEqual(
            Object.fromEntries(heldPartners),
          );
        } finally {
          db.close();
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  }, 300_000);
});
