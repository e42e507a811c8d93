import type { Statement } from 'better-sqlite3';
import type { EditableField, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { ErrorKey } from '../../shared/error-text';
import { milliToDecimal, parseDecimal } from '../../shared/money';
import { frequencyOf, isPeriod } from '../../shared/period';
import { areaFromText } from '../reference/areas';
import type { Db } from './open';
import { Dictionaries } from './record-dims';
import type { RecordsRepo } from './records-repo';

/** A record row as stored, with its description text; what edits read and compare against. */
export type StoredRow = Record<string, unknown> & { id: number; version: number };

/** What an edit writes: the columns of trade_row it sets and their bound values (dimensions as ids), and the field as text before and after. */
type Change = { sql: string; params: unknown[]; old: string; now: string };

/** A field as the audit and the grid's text show it: the same text an edit would type. */
export function fieldText(field: EditableField, row: Record<string, unknown>): string {
  switch (field) {
    case 'value':
      return milliToDecimal(row.value_milli as number);
    case 'description':
    case 'quantity':
    case 'unit':
      return String(row[field] ?? '');
    default:
      return String(row[field]);
  }
}

/**
 * Cell edits: validated like an import would validate them, checked against the version the editor
 * saw, applied in one transaction with their audit line. `apply` is also what undo and redo use, so
 * an undone value passes the same checks as a typed one.
 */
export function createRecordEdits(db: Db, records: RecordsRepo) {
  const raw = db.prepare(
    'SELECT r.*, d.text AS description FROM trade_record r LEFT JOIN description d ON d.id = r.description_id WHERE r.id = ?',
  );
  const findDescription = db.prepare('SELECT id FROM description WHERE text = ?').pluck();
  const insertDescription = db.prepare('INSERT INTO description (text) VALUES (?)');
  const log = db.prepare(
    'INSERT INTO edit_log (record_id, field, old_value, new_value, at, action_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const updates = new Map<string, Statement<unknown[]>>();

  // A dimension's text becomes its id in the edit's own transaction (a new text is added to its
  // dictionary there, and rolled back with it); the audit keeps the text.
  function change(field: EditableField, value: string, before: Record<string, unknown>): Change {
    const dims = new Dictionaries(db);
    const v = value.trim();
    const old = fieldText(field, before);
    const bad = (key: ErrorKey): never => {
      throw new AppError('bad_input', { key, params: { value: v } });
    };
    switch (field) {
      case 'period':
        if (!isPeriod(v)) bad('edit.notPeriod');
        return {
          sql: 'period_id = ?, freq_id = ?',
          params: [dims.id('period', v), dims.id('freq', frequencyOf(v))],
          old,
          now: v,
        };
      case 'reporter':
      case 'partner': {
        // A name or code as a person types it ("Germany", "deu", "C490"); an area of one's own only as "?text".
        const m = areaFromText(v);
        if (!m || (!m.known && !v.startsWith('?') && !/^[CG]\d{1,4}$/i.test(v))) {
          bad('edit.notArea');
        }
        return { sql: `${field}_id = ?`, params: [dims.id(field, m!.code)], old, now: m!.code };
      }
      case 'flow':
        if (v !== 'import' && v !== 'export') bad('edit.notFlow');
        return { sql: 'flow_id = ?', params: [dims.id('flow', v)], old, now: v };
      case 'code':
        // Codes are text: "0101" keeps its zero.
        if (!/^[0-9A-Za-z.]{1,16}$/.test(v)) bad('edit.notCode');
        return { sql: 'code_id = ?', params: [dims.id('code', v)], old, now: v };
      case 'description': {
        const id = v
          ? ((findDescription.get(v) as number | undefined) ?? Number(insertDescription.run(v).lastInsertRowid))
          : null;
        return { sql: 'description_id = ?', params: [id], old, now: v };
      }
      case 'value': {
        const m = parseDecimal(ungrouped(v).replace(/,/g, ''));
        if (!m) bad('edit.notValue');
        return {
          sql: 'value = ?, value_exp = ?',
          params: [m!.units, m!.exp],
          old,
          now: milliToDecimal(m!.units * 10 ** (3 - m!.exp)),
        };
      }
      case 'quantity': {
        const q = ungrouped(v);
        if (q && !/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(q)) bad('edit.notQuantity');
        return { sql: 'quantity = ?', params: [q ? Number(q) : null], old, now: q };
      }
      case 'unit':
        return { sql: 'unit_id = ?', params: [dims.id('unit', v || null)], old, now: v };
    }
  }

  function read(id: number): StoredRow {
    const row = raw.get(id) as StoredRow | undefined;
    if (!row) throw new AppError('not_found', { key: 'edit.recordGone', params: { id } });
    return row;
  }

  /**
   * Sets one field inside the caller's transaction and writes its audit line. `expect` is the text the
   * caller believes the field holds (undo/redo); a typed edit checks the version instead.
   */
  function apply(
    id: number,
    field: EditableField,
    value: string,
    check: { version: number } | { expect: string },
    actionId: number,
    kind: 'edit' | 'undo' | 'redo',
  ): void {
    const before = read(id);
    if ('version' in check && before.version !== check.version) {
      const current = fieldText(field, before);
      throw new AppError('conflict', {
        key: 'edit.changedElsewhere',
        params: { id, field, current, version: before.version, value },
      });
    }
    if ('expect' in check && fieldText(field, before) !== check.expect) {
      throw new AppError('conflict', {
        key: 'edit.stepStale',
        params: { id, field, current: fieldText(field, before), expected: check.expect },
      });
    }
    const c = change(field, value, before);
    const sql = `UPDATE trade_row SET ${c.sql}, version = version + 1 WHERE id = ? AND version = ?`;
    let stmt = updates.get(sql);
    if (!stmt) updates.set(sql, (stmt = db.prepare(sql)));
    stmt.run(...c.params, id, before.version);
    log.run(id, field, c.old, c.now, new Date().toISOString(), actionId, kind);
  }

  return { apply, read, get: (id: number): TradeRecord => records.get(id) };
}

export type RecordEdits = ReturnType<typeof createRecordEdits>;

/**
 * A figure as many locales and spreadsheets write it, its thousands grouped by a space (plain,
 * no-break, narrow no-break or thin): "5 678" is 5678. Only a space between a digit and a group of
 * exactly three digits goes, so "5 67" still is not a number.
 */
function ungrouped(v: string): string {
  return v.replace(/(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))/g, '');
}
