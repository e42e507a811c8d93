import { SplitColumn, type Dimensions } from '../../../shared/domain';

type Splits = Dimensions['splits'];

/**
 * The split columns the database holds, with their values and the names the core gave them (the
 * `dimensions` method: src/core/db/record-splits.ts). Kept here for the grid's cells and for its
 * filters, which read a name typed as the cells show it (grid-query.ts).
 */
let held: Splits = {};

export function rememberSplits(next: Splits): void {
  held = next;
}

/** The split columns to show, in the grid's order: none for a database of plain files. */
export const SPLIT_ORDER: readonly SplitColumn[] = SplitColumn.options;

/**
 * The split columns a grid's saved view names (in its column order, sort or filters), for the grid to
 * have from its first page, before the core says what the database holds: else a sort or a filter on
 * one was dropped by a grid that did not have the column yet (after a restart, or a switch of language).
 * Their names are those already known.
 */
export function splitsOfView(ids: Iterable<string>): Splits {
  const named = new Set(ids);
  return Object.fromEntries(SPLIT_ORDER.filter((c) => named.has(c)).map((c) => [c, held[c] ?? {}]));
}

export function heldSplits(splits: Splits = held): SplitColumn[] {
  return SPLIT_ORDER.filter((c) => splits[c] !== undefined);
}

const nameOf = (column: SplitColumn, value: string, lang: string, splits: Splits): string | null => {
  const names = splits[column]?.[value];
  return names ? (lang.slice(0, 2) === 'ko' ? names.ko : names.en) : null;
};

/**
 * A split cell as stored, then its name where the core has one: "21 · Liaoning", "10 · 일반무역". The code
 * comes first, so a narrow column that cuts the text still shows the value a copy and an export hold.
 */
export function splitLabel(column: SplitColumn, value: string, lang: string, splits: Splits = held): string {
  const name = value ? nameOf(column, value, lang, splits) : null;
  return name ? `${value} · ${name}` : value;
}

/**
 * The held values a filter typed as the cells read stands for: "Liaoning", 랴오닝 or "21" each ask for 21,
 * and a part of a name for every value whose code or name holds it. Null where none does: the core then
 * matches the text as typed against the stored values.
 */
export function splitsLabelled(
  column: SplitColumn,
  op: 'equals' | 'contains' | 'startsWith',
  typed: string,
  splits: Splits = held,
): string[] | null {
  const text = typed.trim().toLowerCase();
  const values = splits[column];
  if (!text || !values) return null;
  const fits = (shown: string) => {
    const s = shown.toLowerCase();
    return op === 'equals' ? s === text : op === 'contains' ? s.includes(text) : s.startsWith(text);
  };
  const hits = Object.entries(values).flatMap(([value, names]) => {
    const shown = [value, ...(names ? [names.en, names.ko, `${value} · ${names.en}`, `${value} · ${names.ko}`] : [])];
    return shown.some(fits) ? [value] : [];
  });
  return hits.length ? hits.sort() : null;
}
