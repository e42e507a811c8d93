import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../migrate';
import { openDb, type Db } from '../open';

/** The columns every schema since the first has had, as a reader asks for them. */
const V1_COLUMNS =
  'id, version, reporter, partner, flow, period, freq, classification, code, description_id, value, value_exp, currency, quantity, unit, quantity2, unit2, regime, province, batch_id, source_sheet, source_row, source_url, value_milli';

/**
 * A database as schema `v` left it: two batches, rows whose codes keep leading zeros and letters,
 * empty and missing units, a long source URL, a description, and an edit of one row.
 */
function fixture(v: number): Db {
  const db = openDb(':memory:');
  db.transaction(() => {
    for (const m of MIGRATIONS.slice(0, v)) m(db);
    db.pragma(`user_version = ${v}`);
  })();
  const batch = db.prepare(
    `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status) VALUES (?, ?, 10, 'tidemark-csv', 'utf-8', '2026-01-01', 'imported')`,
  );
  batch.run('a.csv', 'aaa');
  batch.run('b.csv', 'bbb');
  db.prepare(`INSERT INTO description (text) VALUES ('Live horses, pure-bred breeding animals')`).run();
  const insert = db.prepare(
    `INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, description_id, value, value_exp, currency,
       quantity, unit, quantity2, unit2, regime, province, batch_id, source_sheet, source_row, source_url)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const url = 'http://www.customs.gov.cn/customs/302249/zfxxgk/2799825/302274/302277/4185050/index.html';
  insert.run(
    'CHN',
    'PRK',
    'import',
    '2020-11',
    'month',
    'HS',
    '0101',
    1,
    1854,
    0,
    'USD',
    12.5,
    'kg',
    null,
    null,
    null,
    null,
    1,
    '',
    2,
    url,
  );
  insert.run(
    'CHN',
    'PRK',
    'export',
    '2020-11',
    'month',
    'HS',
    '27160000',
    null,
    112281,
    2,
    'USD',
    null,
    null,
    3,
    'u',
    '10',
    'Liaoning',
    1,
    'Sheet1',
    3,
    url,
  );
  insert.run(
    'KOR',
    'CHN',
    'import',
    '2019',
    'year',
    'S3',
    '0A1',
    null,
    7,
    3,
    'KRW',
    0,
    '',
    null,
    null,
    null,
    null,
    2,
    '',
    2,
    null,
  );
  insert.run(
    'CHN',
    'WLD',
    'import',
    '2020-11',
    'month',
    'HS',
    'TOTAL',
    null,
    9_007_199_254_740,
    0,
    'USD',
    null,
    null,
    null,
    null,
    null,
    null,
    2,
    '',
    3,
    null,
  );
  db.prepare(
    `INSERT INTO edit_log (record_id, field, old_value, new_value, at) VALUES (2, 'code', '2716', '27160000', '2026-01-02')`,
  ).run();
  return db;
}

const rows = (db: Db, columns: string) => db.prepare(`SELECT ${columns} FROM trade_record ORDER BY id`).raw().all();

describe('0011-lean-records from every earlier schema', () => {
  for (let v = 1; v < SCHEMA_VERSION; v++)
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
