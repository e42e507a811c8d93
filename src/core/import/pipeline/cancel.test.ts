import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain';
import { migrate } from '../../db/migrate';
import { openDb, type Db } from '../../db/open';
import { TaskRegistry } from '../../task-registry';
import { importInWorker, sourceWorker } from './import-service';
import { writeSyntheticCsv } from '../../test-support/synthetic-csv';

// Drives the real worker path (what the importFiles and cancelImport handlers call) on a temp file.
const ROWS = 200_000;
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function setup(): { db: Db; dbPath: string; csv: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-cancel-'));
  const dbPath = join(dir, 'db.sqlite');
  const db = openDb(dbPath);
  migrate(db, () => {});
  cleanup.push(() => (db.close(), rmSync(dir, { recursive: true, force: true })));
  return { db, dbPath, csv: writeSyntheticCsv(join(dir, 'big.csv'), ROWS) };
}

const stored = (db: Db) => ({
  records: db.prepare('SELECT count(*) FROM trade_record').pluck().get(),
  batches: db.prepare('SELECT count(*) FROM import_batch').pluck().get(),
});

describe('cancelling an import', () => {
  // 3 parser threads: the file is parsed in byte ranges (parse-ranges.ts), each worker a range ahead.
  it.each([
    ['one parser thread', undefined],
    ['three parser threads', 3],
  ])(
    'rolls back the file in flight (%s), reports it cancelled, and lets the same file be imported again',
    async (_, parseThreads) => {
      const { db, dbPath, csv } = setup();
      const registry = new TaskRegistry();
      const seen: ImportProgress[] = [];
      let cancelled = -1;
      const report = await importInWorker(
        sourceWorker,
        { dbPath, files: [{ path: csv }], options: {}, parseThreads },
        (p) => {
          seen.push(p);
          if (seen.length === 2) cancelled = registry.cancelAll();
        },
        { registry },
      );
      expect(report.files[0]).toMatchObject({ status: 'failed', error: { code: 'cancelled' } });
      expect(cancelled).toBe(1);
      expect(seen[1]!.bytesRead).toBeGreaterThan(0);
      expect(seen[1]!.etaSeconds).toBeGreaterThan(0);
      expect(stored(db)).toEqual({ records: 0, batches: 0 });
      expect(registry.cancelAll()).toBe(0);

      // Not reported as a duplicate: nothing of the cancelled attempt was kept.
      const again = await importInWorker(
        sourceWorker,
        { dbPath, files: [{ path: csv }], options: {}, parseThreads },
        () => {},
      );
      expect(again.files[0]).toMatchObject({ status: 'imported', rowsImported: ROWS });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    },
    60_000,
  );
});

describe('the import time limit', () => {
  it('stops a run that takes too long with a timeout error and stores nothing', async () => {
    const { db, dbPath, csv } = setup();
    const run = importInWorker(sourceWorker, { dbPath, files: [{ path: csv }], options: {} }, () => {}, {
      timeLimitMs: 300,
    });
    await expect(run).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining(
        'Split the file, or start Tidemark again with a longer limit: set TIDEMARK_IMPORT_MINUTES',
      ),
    });
    expect(stored(db)).toEqual({ records: 0, batches: 0 });
  }, 60_000);

  it('takes its limit from TIDEMARK_IMPORT_MINUTES, and says which limit ran out', async () => {
    const { db, dbPath, csv } = setup();
    process.env.TIDEMARK_IMPORT_MINUTES = '0.005';
    try {
      const run = importInWorker(sourceWorker, { dbPath, files: [{ path: csv }], options: {} }, () => {});
      await expect(run).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('its 0.3 s limit') });
    } finally {
      delete process.env.TIDEMARK_IMPORT_MINUTES;
    }
    expect(stored(db)).toEqual({ records: 0, batches: 0 });
  }, 60_000);
});
