import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../shared/domain';
import { TaskRegistry } from '../task-registry';
import { HEADER, tempCore } from '../test-support/temp-core';
import { createRecordsRepo } from '../db/records-repo';
import { wholeCheckMarker } from '../db/damaged-page';
import { openDb } from '../db/open';
import { damageDatabase } from '../test-support/damage-db';
import { writeSyntheticCsv } from '../test-support/synthetic-csv';
import { writeRecordsFile } from './records-export';
import { Outbox } from './outbox';
import { exportRecords, sourceExportWorker, writeInWorker } from './export-service';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const LINES = [
  '2020-01,CHN,PRK,import,HS,0101,horses,10,USD,,',
  '2020-02,CHN,PRK,import,HS,2701,coal,20,USD,,',
  '2020-03,CHN,PRK,import,HS,0102,cattle,30,USD,,',
];
const QUERY = {
  sort: { column: 'value' as const, dir: 'desc' as const },
  filters: { code: { op: 'startsWith' as const, value: '01' } },
  deleted: false,
};

describe('export in a worker', () => {
  it(
    'writes the same filtered rows as the grid shows, off the host thread, and says how far it is',
    { timeout: 60_000 },
    async () => {
      t = tempCore();
      await t.call('importFiles', { files: [{ path: t.file('w.csv', [HEADER, ...LINES].join('\n')) }], options: {} });
      const path = join(t.dir, 'w-out.csv');
      const seen: [number, number][] = [];
      const rows = await writeInWorker(
        sourceExportWorker,
        { dbPath: t.core.dbPath, format: 'csv', query: QUERY, path },
        (done, total) => seen.push([done, total]),
      );
      expect(rows).toBe(2);
      expect(
        readFileSync(path, 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',')[5]),
      ).toEqual(['0102', '0101']);
      expect(seen.at(0)).toEqual([0, 2]);
      expect(seen.at(-1)).toEqual([2, 2]);
    },
  );

  it(
    'says a damaged page it meets as db_corrupt, and marks the file for a whole check',
    { timeout: 60_000 },
    async () => {
      t = tempCore();
      await t.call('importFiles', { files: [{ path: writeSyntheticCsv(join(t.dir, 'w.csv'), 3000) }], options: {} });
      damageDatabase(t.core.dbPath, 'trade_row', 'middle');
      const running = writeInWorker(
        sourceExportWorker,
        { dbPath: t.core.dbPath, format: 'csv', query: { ...QUERY, filters: {} }, path: join(t.dir, 'd.csv') },
        () => {},
      );
      await expect(running).rejects.toMatchObject({
        code: 'db_corrupt',
        message: expect.stringMatching(/^Part of the database at /),
      });
      expect(existsSync(wholeCheckMarker(t.core.dbPath))).toBe(true);
    },
  );

  it('stops when cancelled and says so', { timeout: 60_000 }, async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('w.csv', [HEADER, ...LINES].join('\n')) }], options: {} });
    const registry = new TaskRegistry();
    const running = writeInWorker(
      sourceExportWorker,
      { dbPath: t.core.dbPath, format: 'xlsx', query: QUERY, path: join(t.dir, 'c.xlsx') },
      () => {},
      registry,
    );
    expect(registry.cancelAll()).toBe(1);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('how an export comes back', () => {
  it('as a download id the host can take once, with progress events, any size', { timeout: 60_000 }, async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('w.csv', [HEADER, ...LINES].join('\n')) }], options: {} });
    const events: TaskProgress[] = [];
    t.core.onEvent((e) => e.name === 'taskProgress' && events.push(e.payload));
    const out = await t.call('exportRecords', { format: 'xlsx', query: {}, deliver: 'download' });
    expect(out).toMatchObject({ rows: 3, base64: null, path: null, fileName: 'tidemark-records.xlsx' });
    expect(out.bytes).toBeGreaterThan(1000);
    expect(events.at(-1)).toMatchObject({
      task: 'export',
      label: 'tidemark-records.xlsx',
      done: 3,
      total: 3,
      percent: 100,
      finished: true,
    });
    const held = t.core.takeDownload(out.downloadId!);
    expect(held).toMatchObject({ fileName: 'tidemark-records.xlsx', bytes: out.bytes });
    expect(readFileSync(held!.path).subarray(0, 2).toString('latin1')).toBe('PK');
    held!.done();
    expect(existsSync(held!.path)).toBe(false);
    expect(t.core.takeDownload(out.downloadId!)).toBeNull();
  });

  it(
    'has no size limit as a download, where an inline answer refuses past its limit',
    { timeout: 60_000 },
    async () => {
      t = tempCore();
      await t.call('importFiles', { files: [{ path: t.file('w.csv', [HEADER, ...LINES].join('\n')) }], options: {} });
      const db = openDb(t.core.dbPath);
      const outbox = new Outbox();
      try {
        const records = createRecordsRepo(db);
        // A limit of 100 bytes stands in for 64 MB: the same rule, without writing 64 MB in a unit test.
        const deps = {
          write: (f: 'csv' | 'xlsx', q: Parameters<typeof writeRecordsFile>[2], p: string) =>
            writeRecordsFile(records, f, q, p),
          outbox,
          emit: () => {},
          inlineLimit: 100,
        };
        await expect(
          exportRecords(
            {
              format: 'csv',
              query: { sort: { column: 'id', dir: 'asc' }, filters: {}, deleted: false },
              deliver: 'inline',
            },
            deps,
          ),
        ).rejects.toMatchObject({ code: 'file_too_large' });
        const out = await exportRecords(
          {
            format: 'csv',
            query: { sort: { column: 'id', dir: 'asc' }, filters: {}, deleted: false },
            deliver: 'download',
          },
          deps,
        );
        expect(out.bytes).toBeGreaterThan(100);
        expect(outbox.take(out.downloadId!)?.bytes).toBe(out.bytes);
      } finally {
        outbox.dispose();
        db.close();
      }
    },
  );

  it('passes a refusal back as the same AppError a person can act on', { timeout: 60_000 }, async () => {
    t = tempCore();
    await expect(
      t.call('exportRecords', { format: 'xlsx', query: {}, path: join(t.dir, 'wrong.csv') }),
    ).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/ending in \.xlsx/) });
  });
});
