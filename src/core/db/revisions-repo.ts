import type { Revision } from '../../shared/domain';
import type { Db } from './open';
import { SAME_FIGURE_SQL } from './figure-key';
import { textOf } from './record-dims';

/**
 * Figures a later import restated with a different value: what each release said, side by side.
 * Restatements of the same value are not differences and are left out.
 */
export function createRevisionsRepo(db: Db) {
  const list = db.prepare(`
    SELECT ${textOf('o', 'reporter')} AS reporter, ${textOf('o', 'partner')} AS partner, ${textOf('o', 'flow')} AS flow,
           ${textOf('o', 'period')} AS period, ${textOf('o', 'code')} AS code, ${textOf('o', 'currency')} AS currency,
           o.value_milli AS oldMilli, n.value_milli AS newMilli,
           o.batch_id AS oldBatchId, ob.file_name AS oldFile, n.batch_id AS newBatchId, nb.file_name AS newFile
      FROM trade_row o
      JOIN trade_row n ON n.batch_id = o.superseded_by AND ${SAME_FIGURE_SQL}
      JOIN import_batch ob ON ob.id = o.batch_id
      JOIN import_batch nb ON nb.id = n.batch_id
     WHERE o.superseded_by IS NOT NULL AND o.value_milli <> n.value_milli
       AND (:batchId IS NULL OR n.batch_id = :batchId)
     ORDER BY period, reporter, partner, flow, code
     LIMIT :limit`);

  type Row = Omit<Revision, 'oldValue' | 'newValue'> & { oldMilli: number; newMilli: number };
  return {
    list: (batchId: number | null, limit: number): Revision[] =>
      (list.all({ batchId, limit }) as Row[]).map(({ oldMilli, newMilli, ...r }) => ({
        ...r,
        oldValue: oldMilli / 1000,
        newValue: newMilli / 1000,
      })),
  };
}
