import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../migrate';
import { fixture } from '../../test-support/schema-fixture';

describe('0013-batch-currencies from every earlier schema', () => {
  for (let v = 1; v < 13; v++)
    it(`records the currencies each batch of a schema ${v} database holds, read from its rows`, () => {
      const db = fixture(v);
      try {
        expect(migrate(db, () => {})).toEqual({ from: v, to: SCHEMA_VERSION });
        const held = db.prepare('SELECT batch_id, currency FROM batch_currency ORDER BY 1, 2').raw().all();
        const rows = db
          .prepare(
            `SELECT DISTINCT r.batch_id, c.text FROM trade_row r JOIN dim_currency c ON c.id = r.currency_id ORDER BY 1, 2`,
          )
          .raw()
          .all();
        expect(rows.length).toBeGreaterThan(0);
        expect(held).toEqual(rows);
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    });
});
