import { createEditHistory } from '../../db/edit-history-actions';
import type { Db } from '../../db/open';
import { createRecordEdits } from '../../db/record-edits';
import { createRecordsRepo } from '../../db/records-repo';
import { createSummaryMaintenance } from '../../db/summary-repo';

/**
 * Reverts the batch a replacing import (`replace`) supersedes, as the undo stack's revert does, so
 * undo brings it back. Called inside the import's transaction. Given to importFile by the import
 * worker (ImportTuning.revertBatch), so the pipeline itself does not load the edit history.
 */
export function revertForReplace(db: Db, batchId: number): void {
  const records = createRecordsRepo(db);
  createEditHistory(db, createRecordEdits(db, records), records, createSummaryMaintenance(db)).revertBatch(batchId);
}
