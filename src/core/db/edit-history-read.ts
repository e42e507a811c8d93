import type { HistoryEntry } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from './open';

/** A record's edit log, with the batch reverts that touched it, oldest first. */
export function createEditHistoryReader(db: Db) {
  const history = db.prepare(`
    SELECT at, field, old_value AS oldValue, new_value AS newValue, kind, action_id AS actionId, id AS seq FROM edit_log WHERE record_id = :id
    UNION ALL
    SELECT a.at, '', NULL, NULL, CASE a.state WHEN 0 THEN 'revert_batch' ELSE 'revert_batch (undone)' END, a.id, 0
      FROM edit_action a JOIN trade_record r ON r.batch_id = a.batch_id WHERE r.id = :id AND a.kind = 'revert_batch'
    ORDER BY at, seq`);
  const stored = db.prepare('SELECT 1 FROM trade_record WHERE id = ?');

  function recordHistory(id: number): HistoryEntry[] {
    if (!stored.get(id)) throw new AppError('not_found', `Record ${id} does not exist.`);
    return (history.all({ id }) as (HistoryEntry & { seq: number })[]).map(({ seq: _seq, ...e }) => e);
  }

  return { recordHistory };
}
