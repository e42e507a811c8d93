import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract';
import type { TaskProgress } from '../../shared/domain';
import { openCore, type Core } from '../core';
import { HEADER } from '../test-support/temp-core';
import { databaseSwitch, type DatabaseSwitch } from './database-switch';
import { openServedCore } from './open-served';

const open = (dbPath: string) => openCore({ dbPath, log: () => undefined });
const records = async (cores: DatabaseSwitch<Core>) =>
  ((await cores.dispatch('appInfo', {})) as { value: { records: number; dbPath: string } }).value;

describe('switching the database a host serves (both hosts: File menu, /api/databases)', () => {
  let dir: string;
  let cores: DatabaseSwitch<Core>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-switch-'));
    const csv = join(dir, 'one.csv');
    writeFileSync(csv, `${HEADER}\n2023-01,CHN,PRK,export,HS,2710,Petroleum oils,1000,USD,5,t\n`);
    const first = open(join(dir, 'main.sqlite'));
    await first.dispatch('importFiles', { files: [{ path: csv }], options: {} });
    cores = databaseSwitch(first, join(dir, 'main.sqlite'), open);
  });
  afterEach(async () => {
    await cores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a new database, serves it, closes the old one, and opens the first again with its records', async () => {
    const first = cores.current();
    expect(await records(cores)).toMatchObject({ records: 1 });
    await cores.switchTo(join(dir, 'second.sqlite'), 'new');
    expect(await records(cores)).toMatchObject({ records: 0, dbPath: join(dir, 'second.sqlite') });
    expect(cores.dbPath()).toBe(join(dir, 'second.sqlite'));
    // The old core's database is closed: nothing can still write to it.
    expect(await first.dispatch('appInfo', {})).toMatchObject({ ok: false });
    await cores.switchTo(join(dir, 'main.sqlite'), 'open');
    expect(await records(cores)).toMatchObject({ records: 1, dbPath: join(dir, 'main.sqlite') });
  });

  it('refuses to create over a file or to open one that is not there, and keeps serving the open one', async () => {
    await expect(cores.switchTo(join(dir, 'one.csv'), 'new')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('one.csv already exists'),
    });
    await expect(cores.switchTo(join(dir, 'gone.sqlite'), 'open', '/data/gone.sqlite')).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('/data/gone.sqlite'),
    });
    // A file that is no database: the core's own error, and still the first database.
    await expect(cores.switchTo(join(dir, 'one.csv'), 'open')).rejects.toMatchObject({
      name: 'AppError',
      code: expect.stringMatching(/^db_/),
    });
    expect(await records(cores)).toMatchObject({ records: 1, dbPath: join(dir, 'main.sqlite') });
  });

  it('sends the events of whichever core is open to the listeners the host wired once', async () => {
    const events: AppEvent[] = [];
    cores.onEvent((e) => events.push(e));
    await cores.switchTo(join(dir, 'second.sqlite'), 'new');
    const csv = join(dir, 'two.csv');
    writeFileSync(csv, `${HEADER}\n2023-02,CHN,PRK,export,HS,2710,Petroleum oils,500,USD,,\n`);
    expect(await cores.dispatch('importFiles', { files: [{ path: csv }], options: {} })).toMatchObject({ ok: true });
    expect(events.some((e) => e.name === 'importProgress')).toBe(true);
  });

  it('runs switches one at a time, the last one winning', async () => {
    await Promise.all([cores.switchTo(join(dir, 'a.sqlite'), 'new'), cores.switchTo(join(dir, 'b.sqlite'), 'new')]);
    expect(cores.dbPath()).toBe(join(dir, 'b.sqlite'));
    expect(await records(cores)).toMatchObject({ dbPath: join(dir, 'b.sqlite') });
  });
});

describe('opening a Parquet dataset the first time, through the switch a host wired once', () => {
  it('tells the page each step after the rows (sums, indexes, summaries, statistics), in order, to 100%', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-switch-dataset-'));
    const csv = join(dir, 'one.csv');
    writeFileSync(csv, `${HEADER}\n2023-01,CHN,PRK,export,HS,2710,Petroleum oils,1000,USD,5,t\n`);
    const first = open(join(dir, 'main.sqlite'));
    await first.dispatch('importFiles', { files: [{ path: csv }], options: {} });
    expect(await first.dispatch('exportParquet', { dir: join(dir, 'shared') })).toMatchObject({ ok: true });
    const cores = databaseSwitch(first, join(dir, 'main.sqlite'), (dbPath, emit) =>
      openServedCore({ dbPath, log: () => undefined, emit, datasetCacheDir: join(dir, 'cache') }),
    );
    try {
      const seen: TaskProgress[] = [];
      cores.onEvent((e) => e.name === 'taskProgress' && seen.push(e.payload));
      await cores.switchTo(join(dir, 'shared'), 'open');
      expect(seen.every((p) => p.task === 'dataset' && p.label === 'shared')).toBe(true);
      expect([...new Set(seen.map((p) => p.step))]).toEqual(['rows', 'sums', 'indexes', 'summaries', 'statistics']);
      const percents = seen.map((p) => p.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect(seen.at(-1)).toMatchObject({ percent: 100, finished: true, done: 1, total: 1 });
    } finally {
      await cores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
