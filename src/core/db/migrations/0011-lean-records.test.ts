import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../migrate';
import type { Db } from '../open';
import { fixture, V1_COLUMNS } from '../../test-support/schema-fixture';

const rows = (db: Db, columns: string) => db.prepare(`SELECT ${columns} FROM trade_record ORDER BY id`).raw().all();

describe('0011-lean-records from every earlier schema', () => {
  for (let v = 1; v < 11; v++)
    it(`carries a schema ${v} database's records into the lean table, every value as it was`, () => {
      const db = fixture(v);
      try {
        const before = rows(db, V1_COLUMNS);
        const edits = db.prepare('SELECT id, record_id, field, old_value, new_value FROM edit_log').raw().all();
        expect(migrate(db, () => {})).toEqual({ from: v, to: SCHEMA_VERSION });

        // Read through the view as before, byte for byte: codes with their zeros and letters, exact values.
        expect(rows(db, V1_COLUMNS)).toEqual(before);
        expect(rows(db, 'is_aggregate, period_months, partner_raw, superseded_by, deleted_by, mot, partner2')).toEqual(
          before.map(() => [0, 1, null, null, null, null, null]),
        );
        expect(db.prepare('SELECT id, record_id, field, old_value, new_value FROM edit_log').raw().all()).toEqual(
          edits,
        );
        expect(db.pragma('foreign_key_check')).toEqual([]);

        // The rows hold ids; each text is stored once, in its dictionary.
        expect(db.prepare("SELECT type FROM sqlite_master WHERE name = 'trade_record'").pluck().get()).toBe('view');
        expect(db.prepare('SELECT text FROM dim_code ORDER BY id').pluck().all()).toEqual([
          '0101',
          '0A1',
          '27160000',
          'TOTAL',
        ]);
        expect(db.prepare('SELECT text FROM dim_area ORDER BY id').pluck().all()).toEqual(['CHN', 'KOR', 'PRK', 'WLD']);
        expect(db.prepare('SELECT COUNT(*) FROM dim_url').pluck().get()).toBe(1);
        const typeofs = db
          .prepare(
            'SELECT DISTINCT typeof(reporter_id), typeof(code_id), typeof(period_id), typeof(source_sheet_id) FROM trade_row',
          )
          .raw()
          .all();
        expect(typeofs).toEqual([['integer', 'integer', 'integer', 'integer']]);

        // Writers of the old table still work through the view, and a new text gets the next id.
        db.prepare(
          `INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, value, currency, batch_id, source_row)
           VALUES ('CHN', 'RUS', 'import', '2020-12', 'month', 'HS', '00123', 5, 'USD', 2, 9)`,
        ).run();
        db.prepare(`UPDATE trade_record SET code = '0101', superseded_by = 2 WHERE code = '00123'`).run();
        expect(
          db
            .prepare(
              `SELECT partner, code, period, source_sheet, value_milli, superseded_by FROM trade_record WHERE id = 5`,
            )
            .raw()
            .get(),
        ).toEqual(['RUS', '0101', '2020-12', '', 5000, 2]);
        expect(db.prepare(`SELECT id FROM dim_code WHERE text = '00123'`).pluck().get()).toBe(5);
      } finally {
        db.close();
      }
    });
});
