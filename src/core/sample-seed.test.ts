import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME } from '../shared/sample';
import { openCore } from './core';
import { startCoreThread } from './process/core-thread';
import { bundledSample } from './sample-seed';

const RESOURCES = join(import.meta.dirname, '../../resources');

describe('the bundled sample, seeded by the core for every host', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tidemark-seed-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is found under the resources folder, and nowhere else', () => {
    expect(bundledSample(RESOURCES)).toEqual({
      path: join(RESOURCES, 'sample', SAMPLE_FILE_NAME),
      name: SAMPLE_FILE_NAME,
    });
    expect(bundledSample(dir)).toBeUndefined();
  });

  it(
    'goes into a new database once, with every good of its months, and never into one that exists',
    { timeout: 60_000 },
    async () => {
      const dbPath = join(dir, 'new.sqlite');
      const seed = bundledSample(RESOURCES)!;
      const first = openCore({ dbPath, seed, log: () => undefined });
      await first.seeded;
      const batches = await first.dispatch('listBatches', {});
      expect(batches).toMatchObject({
        ok: true,
        value: [{ fileName: SAMPLE_FILE_NAME, status: 'imported', scope: { goods: 'all' } }],
      });
      first.close();
      const again = openCore({ dbPath, seed, log: () => undefined });
      expect(again.seeded).toBeUndefined();
      expect(await again.dispatch('listBatches', {})).toMatchObject({
        ok: true,
        value: [{ fileName: SAMPLE_FILE_NAME }],
      });
      again.close();
    },
  );

  it(
    'is in before a core in its own thread says it is ready, so the first call already sees it',
    { timeout: 120_000 },
    async () => {
      const core = await startCoreThread({ dbPath: join(dir, 'thread.sqlite'), seed: bundledSample(RESOURCES) });
      try {
        const info = await core.dispatch('appInfo', {});
        expect(info).toMatchObject({ ok: true, value: { batches: 1 } });
        expect((info as { value: { records: number } }).value.records).toBeGreaterThan(20);
      } finally {
        await core.close();
      }
    },
  );
});
