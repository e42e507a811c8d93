import { EditableField, type RecordSource } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { recordColumns } from '../db/record-dims';
import { fieldText, type StoredRow } from '../db/record-edits';
import type * as BatchSource from './batch-source';

const FIELDS = EditableField.options;

/**
 * The file's bytes are kept compressed with its batch (batch_source, 0006) up to MAX_KEPT_BYTES, and
 * the row is re-read on demand by the import's own reader. Batches imported before 0006, and larger
 * files, have only the file's identity (name, sha256) and the row's place in it; the values as
 * imported are then rebuilt by rolling the edit log back.
 */
const NO_COPY =
  'Tidemark keeps the file name, its SHA-256 and the row number, not a copy of the file. The values below are the row as imported, before any edit; open the file (same SHA-256) at this row to see its cells.';
const tooLarge = (maxBytes: number) =>
  `The raw row is not kept for files over ${maxBytes / 1024 ** 2} MB. The values below are the row as imported, before any edit; open the file (same SHA-256) at this row to see its cells.`;
const KEPT =
  'The raw cells are this row re-read from the copy of the file kept with its import, exactly as the importer read them, before any edit.';

/** Where a record came from: its file, its row, and the row's cells as the importer read them. */
export function createRecordSource(db: Db) {
  const stored = db.prepare(
    `SELECT ${recordColumns('t')}, d.text AS description FROM trade_row t LEFT JOIN description d ON d.id = t.description_id WHERE t.id = ?`,
  );
  const batch = db.prepare(
    'SELECT file_name, sha256, size, format, encoding, started_at, status FROM import_batch WHERE id = ?',
  );
  const cellLog = db.prepare(
    "SELECT field, old_value FROM edit_log WHERE record_id = ? AND kind IN ('edit', 'undo', 'redo') ORDER BY id DESC",
  );

  // Loaded when first used: re-reading a row brings the file readers (and the spreadsheet libraries),
  // which a host that never shows provenance (the CLI) should not load at start.
  let batchSource: typeof BatchSource | undefined;

  async function recordSource(id: number): Promise<RecordSource> {
    const { MAX_KEPT_BYTES, readBatchSourceRow } = (batchSource ??= await import('./batch-source'));
    const row = stored.get(id) as StoredRow | undefined;
    if (!row) throw new AppError('not_found', `Record ${id} does not exist.`);
    const b = batch.get(row.batch_id) as {
      file_name: string;
      sha256: string;
      size: number;
      format: string;
      encoding: string;
      started_at: string;
      status: string;
    };
    const asImported: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, fieldText(f, row)]));
    const lines = cellLog.all(id) as { field: string; old_value: string | null }[];
    for (const l of lines) asImported[l.field] = l.old_value ?? '';
    const raw = readBatchSourceRow(
      db,
      row.batch_id as number,
      b.file_name,
      b.encoding,
      row.source_sheet as string,
      row.source_row as number,
    );
    const found = raw.kind === 'found' ? raw : null;
    const copy = found ? 'kept' : b.size > MAX_KEPT_BYTES ? 'too_large' : 'not_kept';
    return {
      recordId: id,
      batchId: row.batch_id as number,
      fileName: b.file_name,
      sha256: b.sha256,
      format: b.format,
      encoding: b.encoding,
      importedAt: b.started_at,
      batchStatus: b.status,
      sheet: row.source_sheet as string,
      row: row.source_row as number,
      sourceUrl: (row.source_url as string | null) ?? null,
      // An edit taken back by undo leaves log lines but the values as imported: not "edited" any more.
      edited: FIELDS.some((f) => fieldText(f, row) !== asImported[f]),
      asImported,
      rawCells: found?.cells ?? null,
      rawHeader: found?.header ?? null,
      copy,
      keptLimitMb: MAX_KEPT_BYTES / 1024 ** 2,
      note: copy === 'kept' ? KEPT : copy === 'too_large' ? tooLarge(MAX_KEPT_BYTES) : NO_COPY,
    };
  }

  return { recordSource };
}
