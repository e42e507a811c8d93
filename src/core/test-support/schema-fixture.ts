// Databases as each earlier schema left them, for the tests of migrations and of what follows one (compact.test.ts).
import { MIGRATIONS } from '../db/migrate';
import { openDb, type Db } from '../db/open';

/** A row of the wide trade_record table every schema before 0011 had. */
const INSERT_OLD = `INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, description_id, value, value_exp, currency,
       quantity, unit, quantity2, unit2, regime, province, batch_id, source_sheet, source_row, source_url)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The columns every schema since the first has had, as a reader asks for them. */
export const V1_COLUMNS =
  'id, version, reporter, partner, flow, period, freq, classification, code, description_id, value, value_exp, currency, quantity, unit, quantity2, unit2, regime, province, batch_id, source_sheet, source_row, source_url, value_milli';

/**
 * A database as schema `v` left it: two batches, rows whose codes keep leading zeros and letters,
 * empty and missing units, a long source URL, a description, and an edit of one row.
 */
export function fixture(v: number, path = ':memory:'): Db {
  const db = openDb(path);
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
  const insert = db.prepare(INSERT_OLD);
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

/**
 * `count` more rows of batch 1 in a fixture of schema 10 or earlier, varied as a customs table is
 * (codes, partners, months), so that the migration to the lean table leaves a file's worth of free pages.
 */
export function addOldRecords(db: Db, count: number): void {
  const insert = db.prepare(INSERT_OLD);
  const url = 'http://www.customs.gov.cn/customs/302249/zfxxgk/2799825/302274/302277/4185050/index.html';
  const partners = ['PRK', 'KOR', 'JPN', 'USA', 'RUS', 'VNM', 'DEU'];
  db.transaction(() => {
    for (let i = 0; i < count; i++)
      insert.run(
        'CHN',
        partners[i % partners.length],
        i % 2 ? 'import' : 'export',
        `20${10 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}`,
        'month',
        'HS',
        String(1_000_000 + ((i * 7919) % 90_000)).padStart(8, '0'),
        null,
        i * 37,
        0,
        'USD',
        i % 5 ? i / 4 : null,
        i % 5 ? 'kg' : null,
        null,
        null,
        null,
        'Liaoning',
        1,
        'Sheet1',
        i + 10,
        url,
      );
  })();
}
