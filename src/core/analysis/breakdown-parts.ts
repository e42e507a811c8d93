import { compareEditions, TOTAL_CODE } from '../../shared/classification';
import type { BreakdownRange, BreakdownRepo, BreakdownRow, ShapedCell } from '../db/breakdown-repo';
import { groupBy } from './group-by';
import { CodeTree, selectionValue, wholeIn, type Selection } from './code-tree';
import { isWholeOf } from '../reference/commodity-names';
import { partnerKind } from '../reference/areas';
import { listSome, say, type Lang } from '../messages';
import { periodIn } from './records';

/**
 * An item: its key, value and, by code, the edition its figures are read from (the latest where
 * cells differ) and the latest row of the code where it is one code read from rows (to name it).
 */
export type Part = { key: string; milli: number; classification?: string; latest?: number };
type By = 'code' | 'partner' | 'regime' | 'province';

/**
 * The items of a breakdown, summed over the range's periods and flows, by the same rules as every
 * figure: each cell counts once (the World cell for all partners where one is held, else the leaf
 * partners; groups never), each code at its top-most held level (a reported chapter, not its
 * headings as well), a code excluded taken out of the part that holds it. A part keyed at a coarser
 * level than the files cover (HS 1201 from a file listing only 12019019) keeps its own code.
 * By code for all goods, the cells' top-most codes come summed from the summary (codeSums); with a
 * selection, or `via: 'rows'`, each cell's code tree is built from its rows.
 */
export function breakdownParts(
  repo: BreakdownRepo,
  o: {
    range: BreakdownRange;
    family: string;
    selection: Selection;
    by: By;
    level: number;
    covered: (code: string) => boolean;
    via?: 'summary' | 'rows';
    /** The language of the notes. */
    lang?: Lang;
    /** Only the cells in this currency: the reporter's files hold the figure in others too (currency-choice.ts). */
    currency?: string;
  },
): { items: Part[]; currencies: string[]; notes: string[] } {
  const cells = repo
    .cells(o.range)
    .filter((c) => c.family === o.family && (o.currency === undefined || c.currency === o.currency));
  const items = new Map<string, number>();
  const add = (k: string, v: bigint | number) => items.set(k, (items.get(k) ?? 0) + Number(v));
  const notes = new Set<string>();
  const lang = o.lang ?? 'en';
  const currencies = [...new Set(cells.map((c) => c.currency))];

  if (o.by === 'partner') {
    const leaves = cells.filter((c) => partnerKind(c.partner) === 'leaf');
    const selecting = o.selection.include.length > 0 || o.selection.exclude.length > 0;
    const trees = selecting ? treesFor(repo, o.range, leaves) : null;
    for (const c of leaves) {
      if (!trees) {
        add(c.partner, c.total);
        continue;
      }
      const v = selectionValue(
        (trees.get(cellKey(c)) ?? new CodeTree([])).withTotal(
          BigInt(c.total),
          c.parts === null ? null : BigInt(c.parts),
        ),
        o.selection,
      );
      if (v.milli === null)
        notes.add(say(lang, 'breakdown.leftOut', { partner: c.partner, family: o.family, code: v.code }));
      else add(c.partner, v.milli);
    }
    return { items: toParts(items), currencies, notes: [...notes] };
  }

  const participating = participatingCells(cells, o.range.partner !== undefined);
  if (o.by === 'regime' || o.by === 'province') {
    const bit = o.by === 'regime' ? 1 : 2;
    const rows = groupBy(repo.splitRows(o.range), rowKey);
    for (const c of participating) {
      const mine = (rows.get(cellKey(c)) ?? []).filter(
        (r) => r.family === o.family && r.classification === c.classification && (r.slice & bit) !== 0,
      );
      if (mine.length === 0) continue;
      // One split of the cell: the least crossed one holding this dimension (by regime, not regime x province as well).
      const mask = Math.min(...mine.map((r) => r.slice));
      const bySplit = groupBy(
        mine.filter((r) => r.slice === mask),
        (r) => (o.by === 'regime' ? r.regime : r.province) ?? '',
      );
      for (const [split, rs] of bySplit) {
        const v = selectionValue(new CodeTree(rs, wholeIn(c.classification, c.reporter)), o.selection);
        if (v.milli !== null) add(split, v.milli);
      }
    }
    return { items: toParts(items), currencies, notes: [...notes] };
  }

  const rekeyed = new Set<string>();
  const coveredMemo = new Map<string, boolean>();
  const covered = (k: string) => coveredMemo.get(k) ?? (coveredMemo.set(k, o.covered(k)), coveredMemo.get(k)!);
  // Groups some cell lists only in part: the codes it lists under them, beside a reported total they fall
  // short of. Such a group's sum is not its figure (HS 27 as only the 2701 and 2716 a file lists), so its
  // codes keep their own keys, in every cell alike.
  const partial = new Set<string>();
  const editions = new Map<string, string>();
  const latest = new Map<string, number>();
  const codes: [code: string, classification: string, v: bigint | number, keyLength: number, id: number | null][] = [];
  const keyOf = (code: string, keyLength: number) => (code.length > keyLength ? code.slice(0, keyLength) : code);
  const addCode = (code: string, classification: string, v: bigint | number, keyLength: number, id: number | null) => {
    let key = keyOf(code, keyLength);
    if (key !== code && (!covered(key) || partial.has(key))) {
      rekeyed.add(key);
      key = code;
    }
    add(key, v);
    if (id !== null && key === code) latest.set(key, Math.max(id, latest.get(key) ?? id));
    const held = editions.get(key);
    if (held !== classification && (held === undefined || compareEditions(classification, held) < 0))
      editions.set(key, classification);
  };
  const selecting = o.selection.include.length > 0 || o.selection.exclude.length > 0;
  if (!selecting && o.via !== 'rows') {
    for (const [code, classification, milli, id] of repo.codeSums(o.range, o.family, participating))
      codes.push([code, classification, milli, o.level, id]);
    // A cell whose reported total exceeds its top-most codes lists only some of every group above them.
    // Not a group the nomenclature divides into that one code alone (HS 2716 is 27160000).
    for (const c of participating.filter(hasGap))
      for (const [code, classification] of repo.codeSums(o.range, o.family, [c]))
        if (code.length > o.level && !isWholeOf(classification, code.slice(0, o.level), code, { reporter: c.reporter }))
          partial.add(code.slice(0, o.level));
  } else {
    const trees = treesFor(repo, o.range, participating);
    const bases = o.selection.include.length ? o.selection.include : [TOTAL_CODE];
    for (const c of participating) {
      const tree = (trees.get(cellKey(c)) ?? new CodeTree([])).withTotal(
        BigInt(c.total),
        c.parts === null ? null : BigInt(c.parts),
      );
      for (const b of bases) {
        const { parts, gap, unknown } = tree.partsOf(b, o.selection.exclude);
        if (unknown) notes.add(say(lang, 'breakdown.notListed', { family: o.family, code: unknown }));
        const keyLength = b === TOTAL_CODE ? o.level : Math.max(o.level, b.length);
        // A code asked for that the cell lists with nothing under it (Comtrade's 2716) is its own one item:
        // its figure is not "in no code listed".
        const own = parts.length === 0 && b !== TOTAL_CODE && tree.holds(b) && !unknown;
        for (const [code, v] of own ? ([[b, gap]] as [string, bigint][]) : parts) {
          codes.push([code, c.classification, v, keyLength, null]);
          const key = keyOf(code, keyLength);
          if (key !== code && !partial.has(key) && tree.value(key).milli === null) partial.add(key);
        }
      }
    }
  }
  for (const [code, classification, v, keyLength, id] of codes) addCode(code, classification, v, keyLength, id);
  hideUnlisted(repo, o, participating, items, notes);
  const some = [...rekeyed].sort();
  if (some.length)
    notes.add(
      say(lang, 'breakdown.ownLevel', {
        family: o.family,
        codes: listSome(lang, some, 5),
      }),
    );
  return {
    items: toParts(items).map((p) => ({ ...p, classification: editions.get(p.key), latest: latest.get(p.key) })),
    currencies,
    notes: [...notes],
  };
}

/**
 * An item some other cell of the range does not list, beside a reported total its codes fall short of (a
 * month held only as a total, or another flow's or partner's TOTAL with a few codes), is within that total
 * there: over the cells together its figure is not known. "HS 2716: 1,122,812" for August to November 2020
 * was November's alone, August's and October's electricity being inside their totals. Such an item is
 * left to "unallocated", and a note says where it is not listed.
 */
function hideUnlisted(
  repo: BreakdownRepo,
  o: { range: BreakdownRange; family: string; lang?: Lang },
  participating: ShapedCell[],
  items: Map<string, number>,
  notes: Set<string>,
) {
  const gapCells = participating.filter(hasGap);
  if (participating.length < 2 || gapCells.length === 0 || items.size === 0) return;
  const hidden = new Map<string, string>();
  for (const c of [...gapCells].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))) {
    const held = c.level === 0 ? [] : repo.codeSums(o.range, o.family, [c]).map(([code]) => code);
    for (const key of items.keys())
      if (!hidden.has(key) && !held.some((code) => code.startsWith(key) || key.startsWith(code)))
        hidden.set(key, c.period);
  }
  if (hidden.size === 0) return;
  for (const key of hidden.keys()) items.delete(key);
  const keys = [...hidden.keys()].sort();
  const first = [...hidden.values()].sort()[0]!;
  notes.add(
    say(o.lang ?? 'en', 'breakdown.hiddenInTotal', {
      family: o.family,
      codes: listSome(o.lang ?? 'en', keys, 5),
      count: keys.length,
      when: periodIn(first, o.lang ?? 'en'),
    }),
  );
}

/** Whether a cell's reported total exceeds the sum of its top-most codes (the breakdown's "unallocated"). */
const hasGap = (c: ShapedCell) => c.parts !== null && c.total > c.parts;

/** The cells a figure is made of in each flow and period: one partner's, or the World's where held, else the leaves'. */
function participatingCells(cells: ShapedCell[], onePartner: boolean): ShapedCell[] {
  if (onePartner) return cells;
  const out: ShapedCell[] = [];
  for (const group of groupBy(cells, (c) => `${c.reporter}\u0000${c.flow}\u0000${c.period}`).values()) {
    const worlds = group.filter((c) => partnerKind(c.partner) === 'world');
    out.push(...(worlds.length ? worlds : group.filter((c) => partnerKind(c.partner) === 'leaf')));
  }
  return out;
}

/** A code tree per cell, from the covering index where every row of the cell shares one split, else from the table. */
function treesFor(repo: BreakdownRepo, range: BreakdownRange, cells: ShapedCell[]): Map<string, CodeTree> {
  const wanted = new Map(cells.map((c) => [cellKey(c), c]));
  const out = new Map<string, CodeTree>();
  const plainRows = groupBy(repo.rows(range), rowKey);
  const mixed = cells.some((c) => c.level === null);
  const splitRows = mixed ? groupBy(repo.splitRows(range), rowKey) : null;
  for (const [k, c] of wanted) {
    const rows =
      c.level === null ? (splitRows!.get(k) ?? []) : (plainRows.get(k) ?? []).map((r) => ({ ...r, slice: 0 }));
    out.set(
      k,
      new CodeTree(
        rows.filter((r) => r.family === c.family && r.classification === c.classification),
        wholeIn(c.classification, c.reporter),
      ),
    );
  }
  return out;
}

const cellKey = (c: ShapedCell) =>
  `${c.reporter}\u0000${c.partner}\u0000${c.flow}\u0000${c.period}\u0000${c.currency}\u0000${c.months}`;
const rowKey = (r: BreakdownRow) =>
  `${r.reporter}\u0000${r.partner}\u0000${r.flow}\u0000${r.period}\u0000${r.currency}\u0000${r.months}`;
const toParts = (m: Map<string, number>): Part[] => [...m].map(([key, milli]) => ({ key, milli }));
