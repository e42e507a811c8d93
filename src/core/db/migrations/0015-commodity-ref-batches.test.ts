import { describe, expect, it } from 'vitest';
import { createCommodityRefRepo } from '../commodity-ref-repo';
import { migrate, SCHEMA_VERSION } from '../migrate';
import { fixture } from '../../test-support/schema-fixture';

describe('0015-commodity-ref-batches from every schema that held names', () => {
  // Schema 2 made commodity_ref; the fixture's batches are 1 (a.csv) and 2 (b.csv).
  for (let v = 2; v < 15; v++)
    it(`keeps a schema ${v} database's names with their file; a revert takes them away, another file restates them`, () => {
      const db = fixture(v);
      try {
        db.prepare(
          `INSERT INTO commodity_ref (classification, code, lang, description, parent, batch_id)
            VALUES ('HS', '0101', 'en', 'Horses (a.csv)', '01', 1), ('HS', '0101', 'ko', '말', '01', 1)`,
        ).run();
        expect(migrate(db, () => {})).toEqual({ from: v, to: SCHEMA_VERSION });
        const names = createCommodityRefRepo(db);
        expect(names.description('HS', '0101')).toEqual([
          { lang: 'en', description: 'Horses (a.csv)' },
          { lang: 'ko', description: '말' },
        ]);
        db.prepare(
          `INSERT INTO commodity_ref (classification, code, lang, description, parent, batch_id)
            VALUES ('HS', '0101', 'en', 'Horses (b.csv)', '01', 2)`,
        ).run();
        expect(names.description('HS', '0101')).toEqual([
          { lang: 'en', description: 'Horses (b.csv)' },
          { lang: 'ko', description: '말' },
        ]);
        db.prepare("UPDATE import_batch SET status = 'reverted' WHERE id = 2").run();
        expect(names.description('HS', '0101')).toContainEqual({ lang: 'en', description: 'Horses (a.csv)' });
        db.prepare("UPDATE import_batch SET status = 'reverted' WHERE id = 1").run();
        expect(names.description('HS', '0101')).toEqual([]);
      } finally {
        db.close();
      }
    });
});
