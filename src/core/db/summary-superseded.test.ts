import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrate } from './migrate';
import { openDb, type Db } from './open';
import { createSummaryMaintenance } from './summary-repo';

let dir = '';
let db: Db | null = null;
afterEach(() => {
  db?.close();
  db = null;
  rmSync(dir, { recursive: true, force: true });
});

type Row = [reporter: string, partner: string, period: string, freq: string, code: string, value: number | bigint];

function open(): Db {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-superseded-'));
  const d = (db = openDb(join(dir, 'db.sqlite')));
  migrate(d, () => {});
  return d;
}

/** A batch of rows; those of an earlier batch with the same key are superseded by it. */
function importBatch(d: Db, rows: Row[], extra: { regime?: string; exp?: number } = {}): number {
  const batchId = Number(
    d
      .prepare(
        `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status)
    VALUES ('f.csv', ?, 1, 'tidemark', 'utf-8', '2020-01-01', 'imported')`,
      )
      .run(`sha-${Math.random()}`).lastInsertRowid,
  );
  const insert = d.prepare(`INSERT INTO trade_record
    (reporter, partner, flow, period, freq, classification, code, value, value_exp, currency, regime, batch_id, source_row, period_months)
    VALUES (?, ?, 'import', ?, ?, 'HS', ?, ?, ?, 'USD', ?, ?, ?, ?)`);
  const supersede = d.prepare(`UPDATE trade_record SET superseded_by = ? WHERE batch_id < ? AND superseded_by IS NULL
    AND reporter = ? AND partner = ? AND period = ? AND code = ?`);
  rows.forEach(([reporter, partner, period, freq, code, value], i) => {
    supersede.run(batchId, batchId, reporter, partner, period, code);
    insert.run(
      reporter,
      partner,
      period,
      freq,
      code,
      value,
      extra.exp ?? 0,
      extra.regime ?? null,
      batchId,
      i + 2,
      freq === 'year' ? 12 : 1,
    );
  });
  return batchId;
}

/** Runs addBatch, returning the SQL of every statement it prepared. */
function addBatch(d: Db, batchId: number): string[] {
  const summary = createSummaryMaintenance(d);
  const prepare = vi.spyOn(d, 'prepare');
  try {
    d.transaction(() => summary.addBatch(batchId))();
    return prepare.mock.calls.map(([sql]) => sql);
  } finally {
    prepare.mockRestore();
  }
}

const groupsSuperseded = (sql: string[]) =>
  sql.filter((s) => /superseded_by = \? AND deleted_by IS NULL/.test(s) && /GROUP BY/.test(s)).length;

const base: Row[] = [];
for (const reporter of ['CHN', 'KOR', 'USA'])
  for (const partner of ['PRK', 'JPN'])
    for (const period of ['2020-01', '2020-02'])
      for (const code of ['TOTAL', '01', '0101', '02'])
        base.push([reporter, partner, period, 'month', code, reporter.length * 1000 + code.length]);
base.push(['CHN', 'PRK', '2020', 'year', '01', 7]);

describe('summaries after an import that supersedes rows', () => {
  it('sums the rows a batch superseded as it reads them, without grouping them in SQL', () => {
    const d = open();
    const summary = createSummaryMaintenance(d);
    d.transaction(() => summary.addBatch(importBatch(d, base)))();
    // A second file restates some cells (plain and mixed ones), one with a split and another level.
    const again: Row[] = base
      .filter(([reporter, , , , code]) => reporter !== 'USA' && code !== '02')
      .map(([r, p, t, f, c, v]) => [r, p, t, f, c, Number(v) + 5]);
    const second = importBatch(d, again);
    expect(d.prepare('SELECT COUNT(*) FROM trade_row WHERE superseded_by = ?').pluck().get(second)).toBe(again.length);
    // SQLite's GROUP BY over every superseded row held a sorter of up to cache_size, and its result a
    // row of BigInts per group: 25M rows into 25M, +107 MB of peak RSS.
    expect(groupsSuperseded(addBatch(d, second))).toBe(0);
    expect(summary.differences()).toEqual([]);

    const third = importBatch(
      d,
      base.filter(([, partner, , , code]) => partner === 'JPN' && code === '0101'),
      { regime: 'ordinary' },
    );
    expect(groupsSuperseded(addBatch(d, third))).toBe(0);
    expect(summary.differences()).toEqual([]);
    // Every row of a cell superseded: the cell goes.
    const last = importBatch(d, [['KOR', 'JPN', '2020-02', 'month', 'TOTAL', 1]]);
    addBatch(d, last);
    expect(summary.differences()).toEqual([]);
  });

  it('groups them in SQL where a value does not fit a double exactly, with the same figures', () => {
    const d = open();
    const summary = createSummaryMaintenance(d);
    const big = 2n ** 60n + 3n;
    d.transaction(() =>
      summary.addBatch(
        importBatch(
          d,
          [
            ['CHN', 'PRK', '2020-01', 'month', '01', big],
            ['CHN', 'PRK', '2020-01', 'month', '02', 4],
          ],
          { exp: 3 },
        ),
      ),
    )();
    const second = importBatch(d, [['CHN', 'PRK', '2020-01', 'month', '01', 6]], { exp: 3 });
    expect(groupsSuperseded(addBatch(d, second))).toBe(1);
    expect(summary.differences()).toEqual([]);
    expect(d.prepare('SELECT total_milli FROM summary_total').pluck().get()).toBe(10);
  });
});
