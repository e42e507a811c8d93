import type { Statement } from 'better-sqlite3';
import { familySql } from '../../shared/classification';
import type { Db } from './open';

/**
 * The lean record table (migration 0011): trade_row holds each dimension of a record as an id
 * (`<column>_id`) into a dictionary table of (id, text), each text once; the view trade_record shows
 * them as text again. Columns that share a dictionary compare by id (reporter, partner and partner2
 * are areas; unit and unit2 units).
 */
export const DIMENSIONS = {
  reporter: 'dim_area',
  partner: 'dim_area',
  flow: 'dim_flow',
  period: 'dim_period',
  freq: 'dim_freq',
  classification: 'dim_classification',
  code: 'dim_code',
  currency: 'dim_currency',
  unit: 'dim_unit',
  unit2: 'dim_unit',
  regime: 'dim_regime',
  province: 'dim_province',
  source_sheet: 'dim_sheet',
  source_url: 'dim_url',
  partner_raw: 'dim_raw',
  mot: 'dim_mot',
  partner2: 'dim_area',
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** A dimension's text on a trade_row alias, looked up only where a statement names it. */
export const textOf = (alias: string, column: Dimension) =>
  `(SELECT text FROM ${DIMENSIONS[column]} WHERE id = ${alias}.${column}_id)`;

/** The id of a bound text (`?`) in the column's dictionary: NULL, which matches no row, where the text is not there. */
export const idOfParam = (column: Dimension) => `(SELECT id FROM ${DIMENSIONS[column]} WHERE text = ?)`;

/** The id of a fixed text (SQL-quoted here: only for constants in code, never for input). */
export const idOfLiteral = (column: Dimension, text: string) =>
  `(SELECT id FROM ${DIMENSIONS[column]} WHERE text = '${text.replace(/'/g, "''")}')`;

/** The ids of the column's dictionary whose text satisfies `where` (SQL on `text`, with its own parameters). */
export const idsWhere = (column: Dimension, where: string) => `(SELECT id FROM ${DIMENSIONS[column]} WHERE ${where})`;

/**
 * Every column of a record as the view trade_record names it, from a trade_row alias: for reading one
 * row by id (its ids come too, as `<column>_id`).
 */
export const recordColumns = (alias: string) =>
  [`${alias}.*`, ...(Object.keys(DIMENSIONS) as Dimension[]).map((c) => `${textOf(alias, c)} AS ${c}`)].join(', ');

/** The classification ids of a bound family (`?`: HS, SITC, …), as FAMILY_SQL names families. */
export const FAMILY_IDS = idsWhere('classification', `${familySql('text')} = ?`);

/** A trade_row alias's classification family (FAMILY_SQL on its text), one dictionary lookup per row. */
export const familyOf = (alias: string) =>
  `(SELECT ${familySql('text')} FROM dim_classification WHERE id = ${alias}.classification_id)`;

/** The code ids from `from` (in) to `to` (out), bound in that order: a code prefix is [prefix, prefix + '~'). */
export const CODE_IDS_BETWEEN = idsWhere('code', 'text >= ? AND text < ?');

/** Rows of one frequency and some flows, with optional reporter, partner and periods (from..to, both ends in). */
export type RowRange = {
  freq: string;
  reporter?: string;
  partner?: string;
  flows: string[];
  from?: string;
  to?: string;
};

/**
 * The range on a trade_row alias by the ids of its texts, each text looked up once in its dictionary,
 * so the record indexes seek it (a text no dictionary holds matches no row). One period is an
 * equality, so the breakdown index seeks on reporter and flow after it too.
 */
export function rangeOnIds(alias: string, r: RowRange): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  add(`${alias}.freq_id = ${idOfParam('freq')}`, r.freq);
  if (r.from && r.from === r.to) add(`${alias}.period_id = ${idOfParam('period')}`, r.from);
  else if (r.from && r.to) add(`${alias}.period_id IN ${idsWhere('period', 'text >= ? AND text <= ?')}`, r.from, r.to);
  else if (r.from) add(`${alias}.period_id IN ${idsWhere('period', 'text >= ?')}`, r.from);
  else if (r.to) add(`${alias}.period_id IN ${idsWhere('period', 'text <= ?')}`, r.to);
  if (r.reporter) add(`${alias}.reporter_id = ${idOfParam('reporter')}`, r.reporter);
  if (r.partner) add(`${alias}.partner_id = ${idOfParam('partner')}`, r.partner);
  add(`${alias}.flow_id IN ${idsWhere('flow', `text IN (${r.flows.map(() => '?').join(', ')})`)}`, ...r.flows);
  return { sql: parts.join(' AND '), params };
}

/** The largest dictionary a writer keeps in memory whole; beyond it, the map starts again (it is only a cache). */
const MAX_CACHED = 200_000;

/**
 * Text -> id for every dictionary, kept in memory for one connection's writer, so an import resolves
 * each row's ids from maps, reading or inserting a dictionary row only for a text it has not met.
 * Ids are only ever added, never changed or reused, so a cached id stays right after a rollback
 * only if its row was committed: make one per transaction (an import, an edit).
 */
export class Dictionaries {
  private readonly maps = new Map<string, Map<string, number>>();
  private readonly find = new Map<string, Statement<unknown[]>>();
  private readonly insert = new Map<string, Statement<unknown[]>>();

  constructor(private readonly db: Db) {}

  /** The id of `text` in the column's dictionary, added if new; null for null. */
  id(column: Dimension, text: string | null): number | null {
    if (text === null) return null;
    const table = DIMENSIONS[column];
    let map = this.maps.get(table);
    if (!map) this.maps.set(table, (map = new Map()));
    let id = map.get(text);
    if (id !== undefined) return id;
    id =
      (this.statement(this.find, table, `SELECT id FROM ${table} WHERE text = ?`).get(text) as number | undefined) ??
      (this.statement(this.insert, table, `INSERT INTO ${table} (text) VALUES (?) RETURNING id`).get(text) as number);
    if (map.size >= MAX_CACHED) map.clear();
    map.set(text, id);
    return id;
  }

  /** The id of `text` where this writer has met it already, without asking the database; else undefined. */
  cached(column: Dimension, text: string): number | undefined {
    return this.maps.get(DIMENSIONS[column])?.get(text);
  }

  private statement(cache: Map<string, Statement<unknown[]>>, table: string, sql: string): Statement<unknown[]> {
    let s = cache.get(table);
    if (!s) cache.set(table, (s = this.db.prepare(sql).pluck()));
    return s;
  }
}
