import type { Db } from '../open';

/**
 * What the command line's batches and rejects need:
 * - a rejected row keeps the period, reporter, partner and flow its cells name, where they can be
 *   read, so a series can mark the months that rows were lost from as incomplete (NULL: not known);
 * - the same file may be held twice, once reverted: `import --replace` reverts the batch that holds
 *   a file with other options and imports it again in the same transaction, so the file's hash
 *   can no longer be unique. The duplicate check reads the hash of imported batches only.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE rejected_row ADD COLUMN period TEXT;
    ALTER TABLE rejected_row ADD COLUMN reporter TEXT;
    ALTER TABLE rejected_row ADD COLUMN partner TEXT;
    ALTER TABLE rejected_row ADD COLUMN flow TEXT;
    CREATE INDEX rejected_row_period ON rejected_row(period, batch_id) WHERE period IS NOT NULL;

    DROP INDEX import_batch_sha256;
    CREATE INDEX import_batch_sha256 ON import_batch(sha256, status);
  `);
}
