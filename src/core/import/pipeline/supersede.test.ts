import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';
import { migrate } from '../../db/migrate';
import { openDb, type Db } from '../../db/open';
import { SummaryDelta, type SummaryRow } from '../../db/summary-delta';
import { importFile } from './run-import';
import { sourceParseWorker } from './parse-channel';
import { sharedCells, supersedeOlder } from './supersede';
import { writeSyntheticCsv } from '../../test-support/synthetic-csv';
import { createSummaryMaintenance } from '../../db/summary-repo';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-supersede-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (period: string, code: string, value: number) =>
  `${period},CHN,PRK,export,HS,${code},Goods,${value},USD,1,kg`;
const csv = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${CANONICAL_HEADER.join(',')}\n${lines.join('\n')}\n`);
  return path;
};

// January to March, then a file that revises one March figure, adds a March code and adds April.
const first = csv('first.csv', [
  ...['2020-01', '2020-02', '2020-03'].flatMap((p) => [line(p, '3304', 100), line(p, '3401', 10)]),
]);
const second = csv('second.csv', [
  line('2020-03', '3304', 120),
  line('2020-03', '8517', 5),
  line('2020-04', '3304', 90),
]);

function load(name: string): Db {
  const db = openDb(join(dir, name));
  migrate(db, () => {});
  importFile(db, { path: first }, {}, () => {}, { bulkIndexes: 'never' });
  return db;
}

const superseded = (db: Db) =>
  db.prepare('SELECT period, code, value FROM trade_record WHERE superseded_by = 2 ORDER BY 1, 2').raw().all();
/** Batch 2's cells as the import's summary rows give them: reporter, partner, flow, freq, period. */
const cellsOf = (db: Db): SummaryRow[] =>
  db
    .prepare(
      'SELECT DISTINCT reporter, partner, flow, freq, period FROM trade_record WHERE batch_id = 2 ORDER BY period',
    )
    .raw()
    .all() as SummaryRow[];
const firstId = (db: Db) => db.prepare('SELECT MIN(id) FROM trade_row WHERE batch_id = 2').pluck().get() as number;

describe('a later file supersedes the figures it states again', () => {
  it('compares rows only in the cells that already hold older rows', () => {
    const db = load('cells.sqlite');
    importFile(db, { path: second }, {}, () => {}, {});
    expect(superseded(db)).toEqual([['2020-03', '3304', 100]]);
    // March is shared (its 3401 row is older and current); April is new to the table.
    const { cells, shared } = sharedCells(db, cellsOf(db), firstId(db))!;
    expect(cells).toBe(2);
    // Four ids per cell: reporter, partner, flow, period.
    const periods = [...shared.filter((_, i) => i % 4 === 3)].map(
      (t) => db.prepare('SELECT text FROM dim_period WHERE id = ?').pluck().get(t) as string,
    );
    expect(periods).toEqual(['2020-03']);
    db.close();
  });

  it('gives the same answer comparing every row (no summary) as comparing shared cells', () => {
    const db = load('paths.sqlite');
    importFile(db, { path: second }, {}, () => {}, {});
    const expected = superseded(db);
    const reset = () => db.prepare('UPDATE trade_row SET superseded_by = NULL WHERE superseded_by = 2').run();
    reset();
    supersedeOlder(db, 2, null);
    expect(superseded(db)).toEqual(expected);
    reset();
    supersedeOlder(db, 2, cellsOf(db));
    expect(superseded(db)).toEqual(expected);
    db.close();
  });

  it("reads the batch's sums one row at a time at its end, never as an array of every row", () => {
    // As an array the rows were about 20 MB of the writer's heap at 117k groups, held through
    // supersede, summaries and scope. On the writer's thread and from a parser worker's batches alike.
    const rows = vi.spyOn(SummaryDelta.prototype, 'rows');
    try {
      const inThread = load('stream.sqlite');
      importFile(inThread, { path: second }, {}, () => {}, {});
      const parsed = load('stream-parsed.sqlite');
      importFile(parsed, { path: second }, {}, () => {}, {
        parseWorker: sourceParseWorker,
        parseWorkerMinRows: 0,
        parseThreads: 1,
      });
      expect(rows).not.toHaveBeenCalled();
      for (const db of [inThread, parsed]) {
        expect(superseded(db)).toEqual([['2020-03', '3304', 100]]);
        expect(createSummaryMaintenance(db).differences()).toEqual([]);
        db.close();
      }
    } finally {
      rows.mockRestore();
    }
  });

  it('compares nothing where every code of the file is new to the table, whatever cells it shares', () => {
    // March is shared, as in the file above, but 8517 and 9018 are codes the table has never held.
    const db = load('new-codes.sqlite');
    const prepare = vi.spyOn(db, 'prepare');
    importFile(
      db,
      { path: csv('new-codes.csv', [line('2020-03', '8517', 5), line('2020-03', '9018', 7)]) },
      {},
      () => {},
      {},
    );
    const compared = prepare.mock.calls.filter(([sql]) => sql.includes('JOIN trade_row o ON'));
    prepare.mockRestore();
    expect(compared).toEqual([]);
    expect(superseded(db)).toEqual([]);
    expect(createSummaryMaintenance(db).differences()).toEqual([]);
    db.close();
  });

  it('compares only the rows whose code the table held before, with the same answer as every row', () => {
    const db = load('old-codes.sqlite');
    importFile(db, { path: second }, {}, () => {}, {});
    const expected = superseded(db);
    const newFrom = db.prepare("SELECT id FROM dim_code WHERE text = '8517'").pluck().get() as number;
    const reset = () => db.prepare('UPDATE trade_row SET superseded_by = NULL WHERE superseded_by = 2').run();
    for (const cells of [null, cellsOf(db)]) {
      reset();
      // 3304 in March and April is held from before; 8517 is new.
      expect(supersedeOlder(db, 2, cells, { newFrom, oldRows: 2 })).not.toBe('none');
      expect(superseded(db)).toEqual(expected);
    }
    reset();
    expect(supersedeOlder(db, 2, cellsOf(db), { newFrom, oldRows: 0 })).toBe('none');
    expect(superseded(db)).toEqual([]);
    db.close();
  });

  it('says "unknown" for a cell whose text has no id, so every row is compared', () => {
    const db = load('unknown.sqlite');
    importFile(db, { path: second }, {}, () => {}, {});
    expect(sharedCells(db, [['XXX', 'PRK', 'export', 'month', '2020-03']], firstId(db))).toBeNull();
    db.close();
  });

  it('supersedes an older row deleted by an edit, so undoing the delete cannot count the figure twice', () => {
    const db = load('deleted.sqlite');
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "UPDATE trade_row SET deleted_by = 1 WHERE id = (SELECT id FROM trade_record WHERE period = '2020-03' AND code = '3304')",
    ).run();
    db.pragma('foreign_keys = ON');
    importFile(db, { path: second }, {}, () => {}, {});
    expect(superseded(db)).toEqual([['2020-03', '3304', 100]]);
    db.close();
  });

  it('marks a release downloaded again with its current-row indexes built after, as marking them in place does', () => {
    // 60,000 rows, then the same file again: every row restates one, far past a tenth of the table.
    const db = openDb(join(dir, 'again.sqlite'));
    migrate(db, () => {});
    const file = writeSyntheticCsv(join(dir, 'again.csv'), 60_000);
    importFile(db, { path: file }, {}, () => {}, {});
    const indexSql = () =>
      db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row' ORDER BY name")
        .raw()
        .all();
    const before = indexSql();
    // The same rows in other bytes (a download saved again), so it is not refused as already held.
    const again = join(dir, 'again-2.csv');
    writeFileSync(again, `${readFileSync(file, 'utf8')}\n`);
    importFile(db, { path: again }, {}, () => {}, {});
    const state = () => ({
      superseded: db.prepare('SELECT COUNT(*) FROM trade_row WHERE superseded_by = 2').pluck().get(),
      current: db
        .prepare('SELECT COUNT(*) FROM trade_record WHERE superseded_by IS NULL AND batch_id = 2')
        .pluck()
        .get(),
      keyed: db
        .prepare(
          'SELECT COUNT(*) FROM trade_row INDEXED BY trade_record_key WHERE reporter_id > 0 AND superseded_by IS NULL',
        )
        .pluck()
        .get(),
      indexes: db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row' ORDER BY name")
        .raw()
        .all(),
    });
    const imported = state();
    // Every older row superseded; the key index holds exactly the new ones; the indexes are as they were.
    expect(imported.superseded).toBe(60_000);
    expect(imported.keyed).toBe(60_000);
    expect(imported.indexes).toEqual(before);
    expect(createSummaryMaintenance(db).differences()).toEqual([]);
    // The same step again, alone, from before it ran: the plan that builds the indexes again, the same rows.
    db.transaction(() => {
      db.prepare('UPDATE trade_row SET superseded_by = NULL WHERE superseded_by = 2').run();
      expect(supersedeOlder(db, 2, null)).toBe('rebuilt');
    })();
    expect(state()).toEqual(imported);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
