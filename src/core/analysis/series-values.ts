import { TOTAL_CODE } from '../../shared/classification';
import { milliToNumber } from '../../shared/money';
import type { ScopeRepo } from '../db/scope-repo';
import type { Cell, SeriesRepo, SelectionRow, WorldAndLeaves } from '../db/series-repo';
import { groupBy } from './group-by';
import { CodeTree, selectionValue, wholeIn, type CodeValue, type Selection } from './code-tree';
import { listSome, say, type Lang } from '../messages';
import { createCoverage } from './coverage';
import { readFrom } from './figure-source';
import { chosenCurrency, inOneCurrency } from './currency-choice';
import { partnerName } from './naming';
import { periodIn } from './records';
import { areaCodesOfKind, partnerKind } from '../reference/areas';

export type FigureQuery = {
  reporter?: string;
  partner?: string;
  /** Stored flows (the reporter's side). */
  flows: string[];
  freq: 'month' | 'year';
  from?: string;
  to?: string;
  /** The classification family asked for; unasked, HS where a period holds it, else the family it holds. */
  family?: string;
  selection: Selection;
  /** The language of the reasons a period is not covered. */
  lang?: Lang;
  /** The currency to read a reporter's figures in where its files hold more than one (currency-choice.ts). */
  currency?: string;
  /** Whether a rate converts `currency` in `period`: such a figure held only in another currency is kept. */
  convertible?: (currency: string, period: string) => boolean;
};

/** A covered figure of one flow in one period: milli-units in one currency. */
export type FlowValue = {
  period: string;
  flow: string;
  currency: string;
  months: number;
  milli: number;
  classification: string;
  editions: number;
  /**
   * One cell's figure (the partner's, or the World's): where such a figure is held in two currencies, it
   * is the same trade told twice. A sum of leaf partners is not: its currencies may be different partners'.
   */
  oneCell: boolean;
};
export type Uncovered = { period: string; flow: string; reason: string };

/**
 * Every covered figure of a series, per flow and period, by the rules of the figure model: a period
 * counts only where a batch's scope covers it; a partner's figure is its cell (a reported total
 * winning over its parts); all partners is the World cell, else the sum of the leaf partners (groups
 * never added); a commodity selection is resolved in each cell's code tree, a code not listed
 * separately under a reported total with a gap being unknown, never zero.
 */
export function figureValues(
  repo: SeriesRepo,
  scopes: ScopeRepo,
  q: FigureQuery,
): {
  values: FlowValue[];
  uncovered: Uncovered[];
  periods: string[];
  chosen: string | null;
  alsoHeld: string[];
  /** The batches covering the figures given: what the series names as its source. */
  read: number[];
} {
  const scopeRows = scopes.rows({ reporter: q.reporter, flows: q.flows, freq: q.freq, from: q.from, to: q.to });
  const coverage = createCoverage(scopes, scopeRows);
  const periods = [...new Set(scopeRows.map((s) => s.period))].sort();
  const familyOf = (period: string): string => {
    if (q.family) return q.family;
    const held = new Set(
      q.flows
        .flatMap((f) => coverage.at(f, period))
        .filter((s) => !q.reporter || s.reporter === q.reporter)
        .map((s) => s.family),
    );
    return held.has('HS') || held.size === 0 ? 'HS' : [...held].sort()[0]!;
  };
  const range = { reporter: q.reporter, flows: q.flows, freq: q.freq, from: q.from, to: q.to };
  const cellsOf = groupBy(q.partner ? repo.cells({ ...range, partner: q.partner }) : [], (c) =>
    key(c.flow, c.period, c.family),
  );
  let wl: Map<string, WorldAndLeaves[]> | null = null;
  const worldAndLeaves = () =>
    (wl ??= groupBy(repo.worldAndLeaves(range, WORLD_CODES(), GROUP_CODES()), (w) => key(w.flow, w.period, w.family)));
  const selecting = q.selection.include.length > 0 || q.selection.exclude.length > 0 || q.selection.nothing;
  const trees = selecting ? treesOf(repo, q, q.partner ? [...cellsOf.values()].flat() : null) : null;

  // A leaf partner's cells, read where a sum of leaves is resolved in their code trees: its total and parts.
  const leafCells = new Map<string, Map<string, Cell>>();
  const leafCell = (partner: string, k: string): Cell | undefined => {
    let m = leafCells.get(partner);
    if (!m)
      leafCells.set(
        partner,
        (m = new Map(
          repo
            .cells({ ...range, partner })
            .filter((c) => c.family === (q.family ?? 'HS'))
            .map((c) => [treeKey(c.partner, c.flow, c.period, c.currency, c.months), c]),
        )),
      );
    return m.get(k);
  };

  const values: FlowValue[] = [];
  const uncovered: Uncovered[] = [];
  const read = new Set<number>();
  // Why a flow and period held in a currency is not covered in it (key: flow, period, currency).
  const notIn = new Map<string, string>();
  for (const period of periods) {
    const family = familyOf(period);
    for (const flow of q.flows) {
      const need = { reporter: q.reporter, partner: q.partner, family, selection: q.selection };
      const c = coverage.covers(need, flow, period, q.lang);
      if (!c.ok) {
        // Asked in a currency: why, of the files holding that currency, not of a file in another one (a dollar
        // download named as lacking partners where the figure asked for is in yuan, which no file holds).
        const inIt = q.currency ? coverage.covers({ ...need, currency: q.currency }, flow, period, q.lang) : c;
        uncovered.push({ period, flow, reason: inIt.ok ? c.reason : inIt.reason });
        continue;
      }
      const k = key(flow, period, family);
      const got = q.partner
        ? partnerValues(
            cellsOf.get(k) ?? [],
            trees,
            () => worldAndLeaves().get(k) ?? [],
            q,
            c.listed,
            () => listedElsewhere(coverage, need, flow, period, q.lang),
          )
        : allPartnerValues(worldAndLeaves().get(k) ?? [], trees, q, leafCell);
      if ('reason' in got) {
        uncovered.push({ period, flow, reason: got.reason });
        continue;
      }
      // Covered in a currency only by files holding it in that currency: a dollar download of two codes
      // beside a yuan download of all goods is not all goods in dollars.
      const held = got.filter((v) => {
        if (!v.currency) return true;
        const inIt = coverage.covers({ ...need, currency: v.currency }, flow, period, q.lang);
        if (!inIt.ok) notIn.set(key(flow, period, v.currency), inIt.reason);
        return inIt.ok;
      });
      if (got.length && !held.length) {
        uncovered.push({ period, flow, reason: notIn.get(key(flow, period, got[0]!.currency))! });
        continue;
      }
      readFrom(scopes, c.batches, need, flow, period).forEach((b) => read.add(b));
      // Covered and nothing held: a true zero, in no currency of its own ('').
      if (held.length === 0)
        values.push({
          period,
          flow,
          currency: '',
          months: c.months,
          milli: 0,
          classification: family,
          editions: 0,
          oneCell: true,
        });
      values.push(...held.map((v) => ({ ...v, period, flow })));
    }
  }
  const currency = chosenCurrency(values, q.reporter, q.currency);
  if (!currency) return { values, uncovered, periods, chosen: null, alsoHeld: [], read: [...read] };
  const one = inOneCurrency(values, currency, q.convertible ?? (() => false), q.lang ?? 'en');
  // Held in the chosen currency, but not covered in it: the files' own reason, then where it is held.
  const all = [
    ...uncovered,
    ...one.uncovered.map(({ period, flow, reason, held }) => {
      const why = notIn.get(key(flow, period, currency));
      const coveredIn = why && say(q.lang ?? 'en', 'currency.coveredIn', { held: held.join(', ') });
      return { period, flow, reason: why ? `${why} ${coveredIn}` : reason };
    }),
  ];
  return { values: one.values, uncovered: all, periods, chosen: currency, alsoHeld: one.alsoHeld, read: [...read] };
}

type Got = Omit<FlowValue, 'period' | 'flow'>[] | { reason: string };
type Trees = Map<string, CodeTree>;

/** One partner: its cells (one per currency and months), else zero where it is listed or the World leaves no gap. */
function partnerValues(
  cells: Cell[],
  trees: Trees | null,
  world: () => WorldAndLeaves[],
  q: FigureQuery,
  listed: boolean,
  elsewhere: () => string | null,
): Got {
  // Not listed by the files that cover it, only held as one of "all partners" (a national total's World row):
  // where that World holds more than the partners listed, neither nothing (zero) nor the rows some other file
  // lists for it (Brazil's soybeans beside China's total imports) is its figure.
  if (cells.length === 0 || !listed) {
    if (listed) return [];
    const gap = world().find((w) => w.world !== null && w.world !== w.leaves);
    if (!gap) return cells.length === 0 ? [] : valuesOf(cells, trees, q);
    // Listed by a file of other goods (Brazil's soybeans): it is not "not listed separately", and its figure is
    // not within the World's unallocated rest, which that file's rows were taken from.
    const other = cells.length > 0 ? elsewhere() : null;
    if (other) return { reason: other };
    const lang = q.lang ?? 'en';
    return {
      reason: say(lang, 'series.partnerUnlisted', {
        partner: partnerName(q.partner, lang),
        when: periodIn(gap.period, lang),
        gap: fmt(gap.world! - gap.leaves, gap.currency),
      }),
    };
  }
  return valuesOf(cells, trees, q);
}

/**
 * Why the files listing a partner do not cover what is asked of it ("2024in.csv lists only … HS 12019019"),
 * leaving out those that cover all partners by a World row without listing it; null where none lists it.
 */
function listedElsewhere(
  coverage: ReturnType<typeof createCoverage>,
  need: Parameters<ReturnType<typeof createCoverage>['covers']>[0],
  flow: string,
  period: string,
  lang: Lang = 'en',
): string | null {
  const here = coverage.at(flow, period).filter((s) => !need.reporter || s.reporter === need.reporter);
  const listing = here.filter((s) => s.family === need.family && s.partnersAll !== 1);
  return listing.length ? coverage.why(need, flow, period, here, listing, lang) : null;
}

/** A partner's cells as values, each read in the selection's code tree. */
function valuesOf(cells: Cell[], trees: Trees | null, q: FigureQuery): Got {
  const out: Exclude<Got, { reason: string }> = [];
  for (const c of cells) {
    let milli = c.total;
    if (trees) {
      const v = valueIn(trees.get(treeKey(c.partner, c.flow, c.period, c.currency, c.months)), c, q.selection);
      if (v.milli === null) return { reason: unlisted(v, c, q) };
      milli = Number(v.milli);
    }
    out.push({
      currency: c.currency,
      months: c.months,
      milli,
      classification: c.classification,
      editions: c.editions,
      oneCell: true,
    });
  }
  return out;
}

/** All partners: the World cell where held, else the leaf partners' sum; groups never. */
function allPartnerValues(
  rows: WorldAndLeaves[],
  trees: Trees | null,
  q: FigureQuery,
  leafCell: (partner: string, key: string) => Cell | undefined,
): Got {
  const out: Exclude<Got, { reason: string }> = [];
  for (const w of rows) {
    const useWorld = w.world !== null;
    let milli = useWorld ? w.world! : w.leaves;
    if (trees) {
      milli = 0;
      const partners = useWorld
        ? WORLD_CODES()
        : [...new Set([...trees.keys()].map((k) => k.split('\u0000')[0]!))].filter((p) => partnerKind(p) === 'leaf');
      for (const p of partners) {
        const k = treeKey(p, w.flow, w.period, w.currency, w.months);
        const tree = trees.get(k);
        if (!useWorld && !tree) continue;
        // A leaf's own cell: its tree holds only the rows under the selection, not all the parts of its total.
        const own = useWorld ? undefined : leafCell(p, k);
        const cell = {
          partner: p,
          total: useWorld ? w.world! : (own?.total ?? 0),
          parts: useWorld ? w.worldParts : (own?.parts ?? null),
          family: w.family,
          period: w.period,
          flow: w.flow,
          currency: w.currency,
        } as Cell;
        const v = valueIn(tree, cell, q.selection, !useWorld && !own);
        if (v.milli === null) return { reason: unlisted(v, cell, q) };
        milli += Number(v.milli);
      }
    }
    const [first] = w.classifications.split(',');
    out.push({
      currency: w.currency,
      months: w.months,
      milli,
      classification: useWorld ? w.worldClassification! : first!,
      editions: w.editions,
      oneCell: useWorld,
    });
  }
  return out;
}

/**
 * The selection's value in a cell's tree. The tree holds only the rows under the selection's prefixes,
 * so the cell's own total and parts (from the summary) stand for all goods; a leaf partner read for a
 * sum has no summary cell at hand, and its tree's own total is used.
 */
function valueIn(
  tree: CodeTree | undefined,
  cell: Pick<Cell, 'total' | 'parts'>,
  sel: Selection,
  ownTotal = false,
): ReturnType<typeof selectionValue> {
  const t = tree ?? new CodeTree([]);
  if (ownTotal) return selectionValue(t, sel);
  return selectionValue(t.withTotal(BigInt(cell.total), cell.parts === null ? null : BigInt(cell.parts)), sel);
}

function unlisted(
  v: { code: string; value: CodeValue },
  c: Pick<Cell, 'partner' | 'family' | 'period' | 'currency'>,
  q: FigureQuery,
): string {
  const lang = q.lang ?? 'en';
  // In a sum of leaf partners, the partner whose cell does not state the code.
  const whose = q.partner ?? (partnerKind(c.partner) === 'leaf' ? c.partner : undefined);
  const said = { who: whose ? `${partnerName(whose, lang)}: ` : '', family: c.family, code: v.code };
  const when = periodIn(c.period, lang);
  if (v.value.milli === null && v.value.why === 'unlisted') {
    const under = v.value.within === TOTAL_CODE ? say(lang, 'series.allGoods') : `${c.family} ${v.value.within}`;
    const gap = fmt(Number(v.value.gap), c.currency);
    return say(lang, 'series.codeUnlisted', { ...said, when, under, gap });
  }
  if (v.value.milli === null && v.value.why === 'partial') {
    const under = v.value.within === TOTAL_CODE ? say(lang, 'series.allGoods') : `${c.family} ${v.value.within}`;
    const some = listSome(lang, v.value.codes, 5);
    return say(lang, 'series.codePartial', {
      ...said,
      when,
      codes: some,
      listed: fmt(Number(v.value.listed), c.currency),
      under,
      gap: fmt(Number(v.value.gap), c.currency),
    });
  }
  return say(lang, 'series.codeNotHeld', { ...said, when });
}

/** Trees of every cell the selection touches, from the rows under its top-level prefixes. */
function treesOf(repo: SeriesRepo, q: FigureQuery, cells: Cell[] | null): Trees {
  const prefixes = [...q.selection.include, ...q.selection.exclude];
  const top = (p: string) => p.slice(0, q.family === 'SITC' ? 1 : 2);
  const tops = [...new Set(prefixes.map(top))];
  const shorter = [
    ...new Set(prefixes.flatMap((p) => Array.from({ length: p.length - 1 }, (_, i) => p.slice(0, i + 1)))),
  ].filter((s) => !tops.includes(s));
  const rows = repo.selectionRows(
    { reporter: q.reporter, partner: q.partner, flows: q.flows, freq: q.freq, from: q.from, to: q.to },
    tops,
    shorter,
  );
  const family = q.family ?? 'HS';
  // One edition per cell: the summary's for a partner's cells, else the one ranked first. Only this family's
  // cells: a partner's SITC cell of the same period and currency names no edition of its HS rows.
  const edition = new Map(
    cells
      ?.filter((c) => c.family === family)
      .map((c) => [treeKey(c.partner, c.flow, c.period, c.currency, c.months), c.classification]) ?? [],
  );
  const grouped = groupBy(rows, (r: SelectionRow) => treeKey(r.partner, r.flow, r.period, r.currency, r.months));
  const out: Trees = new Map();
  for (const [k, rs] of grouped) {
    const mine = rs.filter((r) => r.family === family);
    const chosen = edition.get(k) ?? [...new Set(mine.map((r) => r.classification))].sort()[0];
    const rows = mine.filter((r) => r.classification === chosen);
    // China's 8-digit lines are China's only: a tree of several reporters' rows is told none of them.
    const reporters = new Set(rows.map((r) => r.reporter));
    const reporter = q.reporter ?? (reporters.size === 1 ? rows[0]!.reporter : undefined);
    out.set(k, new CodeTree(rows, chosen === undefined ? null : wholeIn(chosen, reporter)));
  }
  return out;
}

// The world's and the groups' codes, from the reference data (a group restates its members' trade: never added).
let worlds: string[] | null = null;
let groups: string[] | null = null;
const WORLD_CODES = () => (worlds ??= areaCodesOfKind('world'));
const GROUP_CODES = () => (groups ??= areaCodesOfKind('group'));
const key = (flow: string, period: string, family: string) => `${flow}\u0000${period}\u0000${family}`;
const treeKey = (partner: string, flow: string, period: string, currency: string, months: number) =>
  `${partner}\u0000${flow}\u0000${period}\u0000${currency}\u0000${months}`;
const fmt = (milli: number, currency: string) =>
  `${currency} ${milliToNumber(milli).toLocaleString('en-US', { maximumFractionDigits: 3 })}`;
