import type { Statement } from 'better-sqlite3';
import { EditableField, type TradeRecord } from '../../shared/domain';
import type { Db } from './open';
import { fieldText, type StoredRow } from './record-edits';
import { currentRow } from './current-row';

const FIELDS = new Set<string>(EditableField.options);
const CELL_KINDS = "('edit', 'undo', 'redo')";

/** The records behind a series: its reporter, partner, stored flows, code filters and span. */
export type SeriesFilter = {
  reporter?: string;
  partner?: string;
  flows: string[];
  hs: string[];
  excludeHs: string[];
  from?: string;
  to?: string;
  freq: 'month' | 'year';
};

/**
 * Which shown values were changed by hand after import. A field counts as edited while its value
 * differs from the value the import stored (the first old value in its edit log); an edit taken
 * back by undo is not one. Read on demand from the edit log, which holds only what people typed.
 */
export function createEditedRows(db: Db) {
  const stored = new Map<number, Statement<unknown[]>>();
  const logs = new Map<number, Statement<unknown[]>>();
  const byIds = (cache: Map<number, Statement<unknown[]>>, n: number, sql: (marks: string) => string) => {
    let s = cache.get(n);
    if (!s) cache.set(n, (s = db.prepare(sql(Array.from({ length: n }, () => '?').join(',')))));
    return s;
  };
  const rowsOf = (ids: number[]) =>
    byIds(
      stored,
      ids.length,
      (m) =>
        `SELECT r.*, d.text AS description FROM trade_record r LEFT JOIN description d ON d.id = r.description_id WHERE r.id IN (${m})`,
    ).all(...ids) as StoredRow[];
  const linesOf = (ids: number[]) =>
    byIds(
      logs,
      ids.length,
      (m) =>
        `SELECT record_id, field, old_value FROM edit_log WHERE record_id IN (${m}) AND kind IN ${CELL_KINDS} ORDER BY id`,
    ).all(...ids) as { record_id: number; field: string; old_value: string | null }[];
  const seriesCache = new Map<string, Statement<unknown[]>>();

  /** Record id → the fields whose value now differs from the import's; records with none are left out. */
  function fieldsOf(ids: number[]): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const lines = linesOf(chunk);
      if (lines.length === 0) continue;
      const imported = new Map<number, Map<string, string>>();
      for (const l of lines) {
        if (!FIELDS.has(l.field)) continue;
        const fields = imported.get(l.record_id) ?? new Map<string, string>();
        if (!fields.has(l.field)) fields.set(l.field, l.old_value ?? '');
        imported.set(l.record_id, fields);
      }
      for (const row of rowsOf([...imported.keys()])) {
        const changed = [...imported.get(row.id)!]
          .filter(([f, was]) => fieldText(f as EditableField, row) !== was)
          .map(([f]) => f);
        if (changed.length) out[String(row.id)] = changed;
      }
    }
    return out;
  }

  /**
   * How many shown records inside a series' scope (its reporter, partner, flows, periods and codes)
   * hold a value edited by hand: a figure built from them says so in a footnote.
   */
  function inSeries(f: SeriesFilter): number {
    const parts = [currentRow('r'), 'r.freq = ?'];
    const params: unknown[] = [f.freq];
    const add = (sql: string, ...values: unknown[]) => (parts.push(sql), params.push(...values));
    if (f.reporter) add('r.reporter = ?', f.reporter);
    if (f.partner) add('r.partner = ?', f.partner);
    add(`r.flow IN (${f.flows.map(() => '?').join(',')})`, ...f.flows);
    if (f.from) add('r.period >= ?', f.from);
    if (f.to) add('r.period <= ?', f.to);
    if (f.hs.length || f.excludeHs.length) parts.push('r.is_aggregate = 0');
    if (f.hs.length) add(`(${f.hs.map(() => 'r.code LIKE ?').join(' OR ')})`, ...f.hs.map((c) => `${c}%`));
    if (f.excludeHs.length)
      add(`NOT (${f.excludeHs.map(() => 'r.code LIKE ?').join(' OR ')})`, ...f.excludeHs.map((c) => `${c}%`));
    const sql = `SELECT DISTINCT r.id FROM edit_log l JOIN trade_record r ON r.id = l.record_id WHERE l.kind IN ${CELL_KINDS} AND ${parts.join(' AND ')}`;
    let s = seriesCache.get(sql);
    if (!s) seriesCache.set(sql, (s = db.prepare(sql).pluck()));
    const candidates = s.all(...params) as number[];
    return candidates.length === 0 ? 0 : Object.keys(fieldsOf(candidates)).length;
  }

  return { fieldsOf, inSeries, onPage: (rows: TradeRecord[]) => (rows.length ? fieldsOf(rows.map((r) => r.id)) : {}) };
}

export type EditedRows = ReturnType<typeof createEditedRows>;
