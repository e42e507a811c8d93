import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract';
import { HEADER } from '../test-support/temp-core';
import { startCoreThread } from './core-thread';
import type { RemoteCore } from './remote-core';

let dir: string;
let core: RemoteCore | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const LINES = ['2020-01,CHN,PRK,import,HS,0101,horses,10,USD,,', '2020-02,CHN,PRK,import,HS,2701,coal,20,USD,,'];

it(
  'runs the core in a thread: calls, events and a held export cross the boundary, and the file goes once streamed',
  { timeout: 120_000 },
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-thread-'));
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, [HEADER, ...LINES].join('\n'));
    core = await startCoreThread({ dbPath: join(dir, 'a.sqlite') });
    const events: AppEvent[] = [];
    core.onEvent((e) => events.push(e));

    // The import runs in the core thread's own import worker (nested), its progress forwarded here.
    const imported = await core.dispatch('importFiles', { files: [{ path: csv }], options: {} });
    expect(imported).toMatchObject({ ok: true });
    expect(await core.dispatch('appInfo', {})).toMatchObject({ ok: true, value: { records: 2 } });
    expect(events.some((e) => e.name === 'importProgress')).toBe(true);
    // Validation and typed errors come back as they do in-process.
    expect(await core.dispatch('getRecord', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });

    const out = await core.dispatch('exportRecords', { format: 'csv', query: {}, deliver: 'download' });
    if (!out.ok) throw new Error(out.error.message);
    const { downloadId, bytes } = out.value as { downloadId: string; bytes: number };
    const held = await core.takeDownload(downloadId);
    expect(held).toMatchObject({ fileName: 'tidemark-records.csv', bytes });
    expect(readFileSync(held!.path, 'utf8')).toContain('coal');
    expect(events.some((e) => e.name === 'taskProgress' && e.payload.task === 'export')).toBe(true);
    held!.done();
    // The core deletes the file when told; a second take finds nothing.
    await expect.poll(() => existsSync(held!.path)).toBe(false);
    expect(await core.takeDownload(downloadId)).toBeNull();
  },
);

it('refuses a file that is not a Tidemark database with the core’s own typed error', { timeout: 60_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-thread-'));
  const path = join(dir, 'notes.sqlite');
  writeFileSync(path, 'these are notes, not a database\n'.repeat(200));
  await expect(startCoreThread({ dbPath: path })).rejects.toMatchObject({
    name: 'AppError',
    code: expect.stringMatching(/^db_/),
  });
});
