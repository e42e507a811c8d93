import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { openDb, type Db } from './open';
import { SummaryDelta } from './summary-delta';
import { createSummaryMaintenance, REBUILD_MIN_GROUPS } from './summary-repo';

let dir = '';
let db: Db | null = null;
afterEach(() => {
  db?.close();
  db = null;
  rmSync(dir, { recursive: true, force: true });
});

/** A batch of `groups` records, one per summary group, and its sums as the import's writer collects them. */
function writeBatch(d: Db, groups: number, value: number): { batchId: number; rows: ReturnType<SummaryDelta['rows']> } {
  const batchId = Number(
    d
      .prepare(
        `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status)
    VALUES ('f.csv', ?, 1, 'tidemark', 'utf-8', '2020-01-01', 'imported')`,
      )
      .run(`sha-${value}`).lastInsertRowid,
  );
  const insert =
    d.prepare(`INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, value, currency, batch_id, source_row)
    VALUES (?, ?, 'import', ?, 'month', 'HS', '01', ?, 'USD', ?, ?)`);
  const delta = new SummaryDelta();
  for (let i = 0; i < groups; i++) {
    const [reporter, partner, period] = [
      `R${i % 7}`,
      `P${Math.floor(i / 7) % 300}`,
      `${2000 + Math.floor(i / 2100)}-${String((i % 12) + 1).padStart(2, '0')}`,
    ];
    insert.run(reporter, partner, period, value, batchId, i + 2);
    delta.add(reporter, partner, 'import', 'month', period, 'USD', 1, 'HS', 2, 0, value, 0);
  }
  return { batchId, rows: delta.rows() };
}

const periodIndex = (d: Db) =>
  d.prepare("SELECT sql FROM sqlite_master WHERE name = 'summary_total_period'").pluck().get();

describe('summary upkeep of a large batch', () => {
  it('rebuilds the covering index around a batch larger than the table, and a failed import leaves both as they were', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-summary-'));
    const d = (db = openDb(join(dir, 'db.sqlite')));
    migrate(d, () => {});
    const indexSql = periodIndex(d);
    const summary = createSummaryMaintenance(d);

    d.transaction(() => {
      const { batchId, rows } = writeBatch(d, REBUILD_MIN_GROUPS + 500, 3);
      summary.addBatch(batchId, rows);
    })();
    expect(periodIndex(d)).toBe(indexSql);
    expect(summary.differences()).toEqual([]);
    // The index serves the dashboard's coverage reads: the same rows through it as through the table.
    const viaIndex = d
      .prepare(
        "SELECT COUNT(*), SUM(total_milli) FROM summary_total INDEXED BY summary_total_period WHERE freq = 'month'",
      )
      .raw()
      .get();
    expect(viaIndex).toEqual([REBUILD_MIN_GROUPS + 500, (REBUILD_MIN_GROUPS + 500) * 3000]);

    const before = d.prepare('SELECT * FROM summary_total ORDER BY reporter, partner, period').raw().all();
    expect(() =>
      d.transaction(() => {
        // Twice the groups again, so the index is dropped; then the import fails.
        const { batchId, rows } = writeBatch(d, 2 * (REBUILD_MIN_GROUPS + 500) + 1, 5);
        summary.addBatch(batchId, rows);
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(periodIndex(d)).toBe(indexSql);
    expect(d.prepare('SELECT * FROM summary_total ORDER BY reporter, partner, period').raw().all()).toEqual(before);
    expect(summary.differences()).toEqual([]);
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('sends a batch its sums in primary-key order', () => {
    const delta = new SummaryDelta();
    for (const [r, p, period] of [
      ['KOR', 'PRK', '2020-02'],
      ['CHN', 'USA', '2020-01'],
      ['CHN', 'PRK', '2020-03'],
      ['CHN', 'PRK', '2020-01'],
    ] as const)
      delta.add(r, p, 'import', 'month', period, 'USD', 1, 'HS', 8, 0, 1, 0);
    delta.add('CHN', 'PRK', 'import', 'year', '2019', 'USD', 12, 'HS', 8, 0, 1, 0);
    // Another shape of the same cell comes right after it: the cell's upserts stay together.
    delta.add('CHN', 'PRK', 'import', 'month', '2020-01', 'USD', 1, 'HS', 0, 0, 1, 0);
    expect(delta.rows().map((row) => [...row.slice(0, 5), row[9]].join(' '))).toEqual([
      'CHN PRK import month 2020-01 0',
      'CHN PRK import month 2020-01 8',
      'CHN PRK import month 2020-03 8',
      'CHN PRK import year 2019 8',
      'CHN USA import month 2020-01 8',
      'KOR PRK import month 2020-02 8',
    ]);
  });
});
