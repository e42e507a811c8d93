import type { Db } from '../open';

/**
 * Each imported nomenclature keeps its own names: a code's name is the one of the latest import still
 * held (commodity-ref-repo.ts). Before this, a later file's name replaced the earlier one in place, and
 * a revert took neither away: the reverted file's names kept naming codes. Names an earlier file held
 * and a later one replaced are gone from those databases; those still held keep their batch.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE commodity_ref_by_batch (
      classification TEXT NOT NULL,
      code           TEXT NOT NULL,
      lang           TEXT NOT NULL,
      description    TEXT NOT NULL,
      parent         TEXT,
      batch_id       INTEGER NOT NULL REFERENCES import_batch(id),
      PRIMARY KEY (classification, code, lang, batch_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO commodity_ref_by_batch (classification, code, lang, description, parent, batch_id)
      SELECT classification, code, lang, description, parent, batch_id FROM commodity_ref;
    DROP TABLE commodity_ref;
    ALTER TABLE commodity_ref_by_batch RENAME TO commodity_ref;
  `);
}
