import type { z } from 'zod';
import { SplitColumn, type RecordColumn, type RecordsQuery } from '../../shared/domain';
import { currentRow } from './current-row';
import { idOfParam, idsWhere, textOf, type Dimension } from './record-dims';
import { NO_QUANTITY, SORT_INDEX_KEYS } from './runtime-schema';

type Filtered = Pick<z.output<typeof RecordsQuery>, 'filters' | 'deleted' | 'excludeCodes' | 'batchId'>;
type ColumnFilter = NonNullable<Filtered['filters'][RecordColumn]>;
export type FilterSql = { sql: string; params: unknown[] };

/**
 * Each column's SQL (as the grid shows it: text) on a trade_row alias; a description's text is on
 * alias d (the joined description table). A dimension's text is read from its dictionary (record-dims.ts).
 */
function columnsOn(a: string): Record<RecordColumn, string> {
  return {
    id: `${a}.id`,
    period: textOf(a, 'period'),
    reporter: textOf(a, 'reporter'),
    partner: textOf(a, 'partner'),
    flow: textOf(a, 'flow'),
    classification: textOf(a, 'classification'),
    code: textOf(a, 'code'),
    description: "COALESCE(d.text, '')",
    value: `${a}.value_milli`,
    currency: textOf(a, 'currency'),
    quantity: `COALESCE(${a}.quantity, ${NO_QUANTITY})`,
    unit: `COALESCE(${textOf(a, 'unit')}, '')`,
    // What a split row is split by (customs regime or trade mode, province, transport, second partner):
    // a regime's or a province's figure lists exactly its rows, and the grid shows them as stored.
    regime: `COALESCE(${textOf(a, 'regime')}, '')`,
    province: `COALESCE(${textOf(a, 'province')}, '')`,
    mot: `COALESCE(${textOf(a, 'mot')}, '')`,
    partner2: `COALESCE(${textOf(a, 'partner2')}, '')`,
  };
}

/**
 * Dimensions every row has (NOT NULL): a filter on one is a test of the row's id against the ids of
 * the matching texts, found once in the dictionary, rather than a lookup of each row's text.
 */
export const REQUIRED: Partial<Record<RecordColumn, Dimension>> = {
  period: 'period',
  reporter: 'reporter',
  partner: 'partner',
  flow: 'flow',
  classification: 'classification',
  code: 'code',
  currency: 'currency',
};

/**
 * Split columns (a row that is no part of a split has none, shown as ''): a filter whose texts are none
 * of them empty tests the row's id against the ids of the matching texts too, rather than looking up
 * each row's text, and is sought through the column's sort index (seekOf). At 1M rows, two thirds of
 * them split, the first page in id order of province = 31 (its bounded count) took 250-300 ms reading
 * each row's text, 87 ms by id and 18 ms through the index. One that may match '' reads the text, as a
 * row with none matches it.
 */
const SPLITS: Partial<Record<RecordColumn, Dimension>> = Object.fromEntries(SplitColumn.options.map((c) => [c, c]));

/** The dimension whose ids a filter on the column is tested by: a required one's, or a split's when no text tested is ''. */
const byId = (column: RecordColumn, texts: string[]): Dimension | undefined =>
  REQUIRED[column] ?? (texts.every((t) => t !== '') ? SPLITS[column] : undefined);

/** A filter (equals, or LIKE a pattern) on a column, on alias a: by id for a dimension where it can (byId). */
function columnFilterSql(a: string, column: RecordColumn, op: 'equals' | 'like', value: string): string {
  const dim = byId(column, [value]);
  if (dim)
    return op === 'equals'
      ? `${a}.${dim}_id = ${idOfParam(dim)}`
      : `${a}.${dim}_id IN ${idsWhere(dim, "text LIKE ? ESCAPE '\\'")}`;
  const sql = columnsOn(a)[column];
  return op === 'equals' ? `${sql} = ?` : `${sql} LIKE ? ESCAPE '\\'`;
}

/** A row whose column equals any of `values` (none: no row), on alias a: by id for a dimension where it can (byId). */
function oneOfSql(a: string, column: RecordColumn, values: string[]): string {
  if (!values.length) return '0';
  const list = `(${values.map(() => '?').join(', ')})`;
  const dim = byId(column, values);
  return dim ? `${a}.${dim}_id IN ${idsWhere(dim, `text IN ${list}`)}` : `${columnsOn(a)[column]} IN ${list}`;
}

/** Sort and filter columns come from this fixed map, never from the caller's text. */
export const COLUMN_SQL: Record<RecordColumn, string> = columnsOn('r');

/** Shown rows with no filter: what summary_total counts and the grid's sort indexes hold. */
export function isPlain(q: Filtered): boolean {
  return (
    !q.deleted && q.batchId === undefined && Object.values(q.filters).every((f) => !f) && !(q.excludeCodes ?? []).length
  );
}

/**
 * Current rows only (not superseded), visible or deleted as asked, with the grid's filters, on alias r.
 * Shown rows are asked for with current-row.ts's predicate as written, so the grid's sort indexes
 * (partial on it) are usable; records-plan.ts names the index, or NOT INDEXED, for every statement.
 */
export function filterFor(q: Filtered): FilterSql {
  const shown = currentRow('r');
  const where: string[] = [q.deleted ? 'r.superseded_by IS NULL AND r.deleted_by IS NOT NULL' : shown];
  const params: unknown[] = [];
  for (const [name, f] of Object.entries(q.filters) as [RecordColumn, ColumnFilter | undefined][]) {
    if (!f) continue;
    if (f.op === 'oneOf') {
      where.push(oneOfSql('r', name, f.values ?? []));
      params.push(...(f.values ?? []).map((v) => equalsValue(name, v)));
      continue;
    }
    const w = name === 'description' ? descriptionIds('r', f) : null;
    if (w) {
      where.push(w.sql);
      params.push(...w.params);
      continue;
    }
    where.push(columnFilterSql('r', name, f.op === 'equals' ? 'equals' : 'like', f.value));
    params.push(f.op === 'equals' ? equalsValue(name, f.value) : likePattern(f.op, f.value));
  }
  for (const prefix of q.excludeCodes ?? []) {
    where.push(`r.code_id NOT IN ${idsWhere('code', "text LIKE ? ESCAPE '\\'")}`);
    params.push(`${escapeLike(prefix)}%`);
  }
  // A batch's rows are found through trade_record_batch.
  if (q.batchId !== undefined) {
    where.push('r.batch_id = ?');
    params.push(q.batchId);
  }
  return { sql: where.join(' AND '), params };
}

/** Whether the filter reads the description's text row by row (only a filter for the empty text does). */
export function joinsDescription(q: Filtered): boolean {
  const f = q.filters.description;
  return f !== undefined && descriptionIds('r', f) === null;
}

/**
 * One filter in a form a grid sort index answers by seeking (runtime-schema.ts: `(key, id)` over the
 * shown rows): an equality is a key, a prefix without letters a range of keys, a description filter
 * the ids of the matching descriptions.
 */
export type Seek = {
  /** The filtered column, whose sort index answers the seek. */
  column: RecordColumn;
  /** The seek on a table alias (statements put it in a subquery on another alias). */
  sql: (alias: string) => string;
  params: unknown[];
  /** One key of the index: its rows come in id order. */
  oneKey: boolean;
  /** For a dimension or a description: the same test on its dictionary's text (SQL on `t`), with the same parameters. */
  text?: (t: string) => string;
};

/** Which filter to seek when there are several: the ones that usually match fewest rows first. */
const SEEK_ORDER: RecordColumn[] = [
  'value',
  'quantity',
  'code',
  'description',
  'period',
  'partner',
  'reporter',
  'unit',
  'province',
  'partner2',
  'regime',
  'mot',
  'classification',
  'currency',
  'flow',
];

/**
 * The filter of shown rows that a sort index can seek, with the other filters (`rest`, on alias r,
 * current rows included); null when none can (deleted rows are in no sort index).
 */
export function seekFor(q: Filtered): { seek: Seek; rest: FilterSql } | null {
  if (q.deleted) return null;
  for (const column of SEEK_ORDER) {
    const f = q.filters[column];
    const seek = f ? seekOf(column, f) : null;
    if (seek) return { seek, rest: filterFor({ ...q, filters: { ...q.filters, [column]: undefined } }) };
  }
  return null;
}

function seekOf(column: RecordColumn, f: ColumnFilter): Seek | null {
  // A few named texts are few keys, not one: filterFor tests them on the rows another seek finds.
  if (!SORT_INDEX_KEYS[column] || f.op === 'oneOf') return null;
  if (column === 'description') {
    const ids = descriptionIds('x', f);
    if (!ids) return null;
    const text = (t: string) => `${t} ${descriptionTest(f)}`;
    return { column, sql: (a) => descriptionIds(a, f)!.sql, params: ids.params, oneKey: false, text };
  }
  const on = (a: string) => columnsOn(a)[column];
  // The index holds the dimension's id: a seek names the ids of the texts that match.
  const dim = column === 'unit' ? 'unit' : (REQUIRED[column] ?? SPLITS[column]);
  if (f.op === 'equals') {
    // An empty unit (or split) is a missing one too (the grid shows both as ''): no one key to seek.
    if ((column === 'unit' || SPLITS[column]) && f.value === '') return null;
    return {
      column,
      sql: (a) => (dim ? `${a}.${dim}_id = ${idOfParam(dim)}` : `${on(a)} = ?`),
      params: [equalsValue(column, f.value)],
      oneKey: true,
      ...(dim ? { text: (t: string) => `${t} = ?` } : {}),
    };
  }
  const range = f.op === 'startsWith' && column !== 'value' && column !== 'quantity' ? prefixRange(f.value) : null;
  if (!range) return null;
  const inRange = (t: string) => `${t} >= ? AND ${t} < ? AND ${t} LIKE ? ESCAPE '\\'`;
  return {
    column,
    sql: (a) => (dim ? `${a}.${dim}_id IN ${idsWhere(dim, inRange('text'))}` : inRange(on(a))),
    params: [range.from, range.to, likePattern('startsWith', range.from)],
    oneKey: false,
    ...(dim ? { text: inRange } : {}),
  };
}

/**
 * A description filter as the ids of the matching descriptions, so it is tested on the row's id
 * rather than its joined text, and answered by the description index. A non-empty value never
 * matches a missing description, which the grid shows as ''; for the empty value, null.
 */
function descriptionIds(alias: string, f: ColumnFilter): FilterSql | null {
  if (f.value === '' || f.op === 'oneOf') return null;
  return {
    sql: `${alias}.description_id IN (SELECT id FROM description WHERE text ${descriptionTest(f)})`,
    params: [f.op === 'equals' ? f.value : likePattern(f.op, f.value)],
  };
}

/** A description filter's test of a text, bound to its value or pattern. */
const descriptionTest = (f: ColumnFilter) => (f.op === 'equals' ? '= ?' : "LIKE ? ESCAPE '\\'");

/**
 * The value an equality compares with. Numbers are stored as numbers: the typed text is read as one
 * (grouping commas allowed, as the grid shows them), a value in milli-units; text that is no number
 * matches nothing (NULL), where comparing text with a number would silently match nothing too.
 */
function equalsValue(column: RecordColumn, text: string): unknown {
  if (column !== 'value' && column !== 'quantity') return text;
  const t = text.replace(/[,\s]/g, '');
  const n = t === '' ? NaN : Number(t);
  if (!Number.isFinite(n)) return null;
  return column === 'value' ? Math.round(n * 1000) : n;
}

/**
 * The texts that start with a prefix, as [from, to): those at or after it and before the prefix with
 * its last character raised by one (SQLite compares text as UTF-8 bytes, which is code point order).
 * Not for prefixes with letters: LIKE matches them in either case, which a range cannot.
 */
function prefixRange(prefix: string): { from: string; to: string } | null {
  if (prefix === '' || prefix.toLowerCase() !== prefix.toUpperCase()) return null;
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  const next = last === 0xd7ff ? 0xe000 : last + 1;
  return next > 0x10ffff ? null : { from: prefix, to: chars.join('') + String.fromCodePoint(next) };
}

/** Columns summary_total groups by, under the same names. */
const SUMMARY_DIMENSIONS = new Set<RecordColumn>(['reporter', 'partner', 'flow', 'period', 'currency']);

/**
 * The grid's filter on summary_total, when every filter is an equality on one of its dimensions and
 * only shown rows are asked for: then the matching groups' row counts add up to the grid's total.
 */
export function summaryFilter(q: Filtered): FilterSql | null {
  if (q.deleted || q.batchId !== undefined || (q.excludeCodes ?? []).length > 0) return null;
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [name, f] of Object.entries(q.filters)) {
    if (!f) continue;
    if (f.op !== 'equals' || !SUMMARY_DIMENSIONS.has(name as RecordColumn)) return null;
    where.push(`${name} = ?`);
    params.push(f.value);
  }
  return where.length ? { sql: where.join(' AND '), params } : null;
}

function likePattern(op: string, value: string): string {
  return op === 'startsWith' ? `${escapeLike(value)}%` : `%${escapeLike(value)}%`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
