import type { Db } from '../open';

/**
 * Keeps each imported file's bytes, compressed, beside its batch, so the provenance panel can show a
 * record's source row cell for cell as the reader produced it. One row per batch; files over the
 * size limit (see batch-source.ts) have none.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE batch_source (
      batch_id   INTEGER PRIMARY KEY REFERENCES import_batch(id),
      compressed BLOB NOT NULL,
      method     TEXT NOT NULL
    ) STRICT;
  `);
}
