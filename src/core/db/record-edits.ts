import type { Statement } from 'better-sqlite3';
import type { EditableField, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { milliToDecimal, parseDecimal } from '../../shared/money';
import { frequencyOf, isPeriod } from '../../shared/period';
import type { Db } from './open';
import type { RecordsRepo } from './records-repo';

const ISO3 = /^[A-Z]{3}$/;

/** What an edit writes: the columns it sets and their bound values. */
type Change = { sql: string; params: unknown[]; old: string; now: string };

/**
 * Cell edits: validated like an import would validate them, checked against the version the editor
 * saw, applied in one transaction with their audit line.
 */
export function createRecordEdits(db: Db, records: RecordsRepo) {
  const raw = db.prepare('SELECT r.*, d.text AS description FROM trade_record r LEFT JOIN description d ON d.id = r.description_id WHERE r.id = ?');
  const findDescription = db.prepare('SELECT id FROM description WHERE text = ?').pluck();
  const insertDescription = db.prepare('INSERT INTO description (text) VALUES (?)');
  const log = db.prepare('INSERT INTO edit_log (record_id, field, old_value, new_value, at) VALUES (?, ?, ?, ?, ?)');
  const updates = new Map<string, Statement<unknown[]>>();

  function change(field: EditableField, value: string, before: Record<string, unknown>): Change {
    const v = value.trim();
    const bad = (why: string): never => {
      throw new AppError('bad_input', why);
    };
    switch (field) {
      case 'period':
        if (!isPeriod(v)) bad(`"${v}" is not a period: use YYYY-MM or YYYY.`);
        return { sql: 'period = ?, freq = ?', params: [v, frequencyOf(v)], old: String(before.period), now: v };
      case 'reporter':
      case 'partner':
        if (!ISO3.test(v)) bad(`"${v}" is not an ISO 3166 alpha-3 code such as PRK.`);
        return { sql: `${field} = ?`, params: [v], old: String(before[field]), now: v };
      case 'flow':
        if (v !== 'import' && v !== 'export') bad('flow is import or export.');
        return { sql: 'flow = ?', params: [v], old: String(before.flow), now: v };
      case 'code':
        // Codes are text: "0101" keeps its zero.
        if (!/^[0-9A-Za-z.]{1,16}$/.test(v)) bad(`"${v}" is not a commodity code.`);
        return { sql: 'code = ?', params: [v], old: String(before.code), now: v };
      case 'description': {
        const id = v ? ((findDescription.get(v) as number | undefined) ?? Number(insertDescription.run(v).lastInsertRowid)) : null;
        return { sql: 'description_id = ?', params: [id], old: String(before.description ?? ''), now: v };
      }
      case 'value': {
        const m = parseDecimal(v.replace(/,/g, ''));
        if (!m) bad(`"${v}" is not a number with at most 3 decimals.`);
        return { sql: 'value = ?, value_exp = ?', params: [m!.units, m!.exp], old: milliToDecimal(before.value_milli as number), now: v };
      }
      case 'quantity': {
        if (v && !/^-?\d+(\.\d+)?$/.test(v)) bad(`"${v}" is not a quantity.`);
        return { sql: 'quantity = ?', params: [v ? Number(v) : null], old: String(before.quantity ?? ''), now: v };
      }
      case 'unit':
        return { sql: 'unit = ?', params: [v || null], old: String(before.unit ?? ''), now: v };
    }
  }

  function update(id: number, field: EditableField, value: string, version: number): TradeRecord {
    db.transaction(() => {
      const before = raw.get(id) as Record<string, unknown> | undefined;
      if (!before) throw new AppError('not_found', `Record ${id} no longer exists.`);
      if (before.version !== version) {
        throw new AppError('conflict', `Record ${id} was changed elsewhere since you opened it (now version ${String(before.version)}). Reload to see the current value.`);
      }
      const c = change(field, value, before);
      const sql = `UPDATE trade_record SET ${c.sql}, version = version + 1 WHERE id = ? AND version = ?`;
      let stmt = updates.get(sql);
      if (!stmt) updates.set(sql, (stmt = db.prepare(sql)));
      stmt.run(...c.params, id, version);
      log.run(id, field, c.old, c.now, new Date().toISOString());
    })();
    return records.get(id);
  }

  return { update };
}
