import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';
import { migrate } from '../../db/migrate';
import { openDb, type Db } from '../../db/open';
import { createSummaryMaintenance } from '../../db/summary-repo';
import { dropIndexesForBulk, mergeOrder, type IndexMode } from './bulk-indexes';
import { importFile } from './run-import';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORTERS = ['CHN', 'KOR'];
const PARTNERS = ['PRK', 'USA', 'JPN', 'DEU', 'VNM'];
const key = (i: number) => ({
  period: `2020-${String(1 + (i % 12)).padStart(2, '0')}`,
  reporter: REPORTERS[i % 2]!,
  partner: PARTNERS[Math.floor(i / 2) % 5]!,
  flow: Math.floor(i / 10) % 2 ? 'import' : 'export',
  code: String(10_000_000 + ((i * 7919) % 90_000_000)),
});
const line = (i: number, value: number, currency = 'USD') => {
  const k = key(i);
  return `${k.period},${k.reporter},${k.partner},${k.flow},HS,${k.code},"Goods, kind ${i % 7}",${value},${currency},${i % 100}.5,kg`;
};
const csv = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${CANONICAL_HEADER.join(',')}\n${lines.join('\n')}\n`);
  return path;
};

// A first release of 3,000 figures; a second file that revises 500 of them, restates 300 unchanged,
// states 300 again in another currency (which supersedes nothing), adds 1,000 and states 50 of its
// own twice; a third that revises the revisions. Rows are shuffled, as a download's order is its own.
const shuffle = (xs: string[]) =>
  xs
    .map((x, i) => [(i * 2654435761) % 4093, x] as const)
    .sort((a, b) => a[0] - b[0])
    .map((p) => p[1]);
const first = csv(
  'first.csv',
  Array.from({ length: 3000 }, (_, i) => line(i, i * 10)),
);
const second = csv(
  'second.csv',
  shuffle([
    ...Array.from({ length: 500 }, (_, i) => line(i, i * 10 + 7)),
    ...Array.from({ length: 300 }, (_, i) => line(500 + i, (500 + i) * 10)),
    ...Array.from({ length: 300 }, (_, i) => line(800 + i, 1, 'EUR')),
    ...Array.from({ length: 1000 }, (_, i) => line(3000 + i, i)),
    ...Array.from({ length: 50 }, (_, i) => line(3000 + i, 5)),
  ]),
);
const third = csv('third.csv', shuffle(Array.from({ length: 200 }, (_, i) => line(i * 2, 99))));

/** Everything an import leaves that a person could see, without ids (a merge numbers rows in key order). */
function stored(db: Db) {
  const rows = db
    .prepare(
      `SELECT r.batch_id, r.source_row, r.reporter, r.partner, r.flow, r.period, r.freq, r.classification, r.code,
        d.text AS description, r.value, r.value_exp, r.currency, r.quantity, r.unit, r.is_aggregate, r.period_months,
        r.superseded_by, r.deleted_by, r.version
      FROM trade_record r LEFT JOIN description d ON d.id = r.description_id ORDER BY r.batch_id, r.source_row`,
    )
    .raw()
    .all();
  const all = (sql: string) => db.prepare(sql).raw().all();
  return {
    rows,
    batches: all(
      'SELECT id, rows_read, rows_imported, rows_rejected, rows_skipped, currency FROM import_batch ORDER BY id',
    ),
    summary: all(
      'SELECT * FROM summary_total ORDER BY reporter, partner, flow, freq, period, currency, period_months, family',
    ),
    codes: all('SELECT * FROM summary_code ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10'),
    scope: all('SELECT * FROM batch_scope ORDER BY 1, 2, 3, 4, 5, 6, 7'),
    warnings: all('SELECT batch_id, code, message FROM import_warning ORDER BY id'),
  };
}

function importAll(mode: IndexMode): Db {
  const db = openDb(join(dir, `${mode}.sqlite`));
  migrate(db, () => {});
  importFile(db, { path: first }, {}, () => {}, { bulkIndexes: 'never' });
  for (const path of [second, third]) importFile(db, { path }, {}, () => {}, { bulkIndexes: mode });
  return db;
}

describe('how an import into a non-empty table writes its indexes', () => {
  const dbs = Object.fromEntries((['never', 'merge', 'always'] as const).map((m) => [m, importAll(m)]));
  afterAll(() => Object.values(dbs).forEach((db) => db.close()));

  it('stores the same figures, revisions and summaries whether rows are merged, rebuilt or written one by one', () => {
    const expected = stored(dbs.never!);
    // The scenario does what it says: revisions and restatements superseded, the other currency not.
    const superseded = dbs
      .never!.prepare('SELECT superseded_by, count(*) FROM trade_record GROUP BY 1 ORDER BY 1')
      .raw()
      .all();
    expect(superseded).toEqual([
      [null, 3000 - 800 + (2150 - 200) + 200],
      [2, 800],
      [3, 200],
    ]);
    for (const mode of ['merge', 'always']) {
      const db = dbs[mode]!;
      expect(stored(db)).toEqual(expected);
      expect(createSummaryMaintenance(db).differences()).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    }
  });

  it('leaves every index in place and no stage behind', () => {
    const names = (db: Db, sql: string) => db.prepare(sql).pluck().all();
    const indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name";
    for (const mode of ['merge', 'always']) {
      expect(names(dbs[mode]!, indexes)).toEqual(names(dbs.never!, indexes));
      expect(names(dbs[mode]!, 'SELECT name FROM temp.sqlite_master')).toEqual([]);
    }
  });

  it('numbers a merged file in key order; each row keeps its line in the file', () => {
    // The key index's order: of the dimensions' ids (trade_row), not of their texts.
    const merged = dbs
      .merge!.prepare(
        'SELECT reporter_id, partner_id, flow_id, period_id, code_id, classification_id FROM trade_row WHERE batch_id = 2 ORDER BY id',
      )
      .raw()
      .all() as number[][];
    const byKey = (a: number[], b: number[]) => a.map((v, i) => v - b[i]!).find((d) => d !== 0) ?? 0;
    const sorted = [...merged].sort(byKey);
    expect(new Set(merged.map((k) => k.join())).size).toBeGreaterThan(100);
    expect(merged).toEqual(sorted);
    const lines = dbs
      .merge!.prepare('SELECT source_row FROM trade_record WHERE batch_id = 2 ORDER BY source_row')
      .pluck()
      .all();
    expect(lines).toEqual(Array.from({ length: 2150 }, (_, i) => i + 2));
  });
});

describe("the merge's sort key", () => {
  const KEY = ['reporter_id', 'partner_id', 'flow_id', 'period_id', 'code_id', 'classification_id'];
  /** The ORDER BY of the merge's insert, and the new rows' keys in id order. */
  function merged(name: string, prepare?: (db: Db) => void) {
    const db = openDb(join(dir, name));
    migrate(db, () => {});
    importFile(db, { path: first }, {}, () => {}, { bulkIndexes: 'never' });
    prepare?.(db);
    const exec = vi.spyOn(db, 'exec');
    importFile(db, { path: second }, {}, () => {}, { bulkIndexes: 'merge' });
    const insert = exec.mock.calls.map(([sql]) => sql).find((sql) => sql.startsWith('INSERT INTO main.trade_row'))!;
    exec.mockRestore();
    const keys = db
      .prepare(`SELECT ${KEY.join(', ')} FROM trade_row WHERE batch_id = 2 ORDER BY id`)
      .raw()
      .all() as number[][];
    const byKey = (a: number[], b: number[]) => a.map((v, i) => v - b[i]!).find((d) => d !== 0) ?? 0;
    expect(keys).toEqual([...keys].sort(byKey));
    db.close();
    return insert.slice(insert.indexOf(' ORDER BY ') + 10);
  }

  it('sorts by one integer where every id of the key fits in one, in the order of the columns', () => {
    const order = merged('packed.sqlite');
    expect(order).toMatch(/^\("reporter_id" << \d+\) \| .* \| "classification_id"$/);
  });

  it('sorts by the columns where they do not fit in one integer', () => {
    // A dictionary id of 2^50 takes 51 of the 62 bits, and the other five need more than 11.
    const big = (db: Db) => db.prepare('INSERT INTO dim_code (id, text) VALUES (?, ?)').run(2 ** 50, 'ZZZ');
    expect(merged('unpacked.sqlite', big)).toBe(KEY.map((k) => `"${k}"`).join(', '));
  });

  it('sorts by the columns where a column is not a dictionary id or may be NULL', () => {
    const db = openDb(':memory:');
    migrate(db, () => {});
    const notNull = new Set(KEY);
    expect(mergeOrder(db, KEY, notNull)).toContain('<<');
    expect(mergeOrder(db, [...KEY, 'value'], new Set([...KEY, 'value']))).not.toContain('<<');
    expect(mergeOrder(db, KEY, new Set(KEY.slice(1)))).not.toContain('<<');
    db.close();
  });
});

describe('the automatic choice', () => {
  const plan = (db: Db, rows: number) => {
    const chosen = db.transaction(() => {
      const p = dropIndexesForBulk(db, 'auto', rows);
      const kind = p.dropped.length ? 'rebuild' : p.table === 'trade_row' ? 'rows' : 'merge';
      throw Object.assign(new Error('roll back'), { kind });
    });
    try {
      chosen();
    } catch (e) {
      return (e as { kind: string }).kind;
    }
  };

  it('writes small files row by row, rebuilds into an empty table and merges into one that holds rows', () => {
    const db = openDb(':memory:');
    migrate(db, () => {});
    expect(plan(db, 10_000)).toBe('rows');
    expect(plan(db, 50_000)).toBe('rebuild');
    db.prepare(
      `INSERT INTO import_batch (id, file_name, sha256, size, format, encoding, options, started_at, status)
      VALUES (1, 'a.csv', 'x', 0, 'canonical', 'utf8', '{}', '', 'imported')`,
    ).run();
    db.prepare(
      `INSERT INTO trade_record (id, reporter, partner, flow, period, freq, classification, code, value, currency, batch_id, source_row)
      VALUES (200000, 'CHN', 'PRK', 'import', '2020-01', 'month', 'HS', '01', 1, 'USD', 1, 2)`,
    ).run();
    expect(plan(db, 50_000)).toBe('merge');
    // Larger than the table too: a rebuild would sort every older row again.
    expect(plan(db, 300_000)).toBe('merge');
    // Rolled back with the transaction: no stage and no index lost.
    expect(db.prepare('SELECT name FROM temp.sqlite_master').pluck().all()).toEqual([]);
    db.close();
  });
});
