import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { openCore, type Core } from '../core';
import type { CoreReply, CoreRequest } from './protocol';
import { serveCore } from './serve-core';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** serveCore on an in-memory port: what it posted, how to send it a request, and whether it exited. */
function served(open: () => Promise<Core>) {
  const posted: CoreReply[] = [];
  let listener: (request: CoreRequest) => void = () => {};
  let exited = 0;
  serveCore(open, { post: (reply) => posted.push(reply), onMessage: (l) => void (listener = l) }, () => void exited++);
  return { posted, send: (r: CoreRequest) => listener(r), exited: () => exited };
}

/** An open that finishes only when told to, as a Parquet dataset's copy does after a while. */
function slowOpen() {
  let finish!: (result: () => Core) => void;
  const opened = new Promise<Core>((resolve, reject) => {
    finish = (result) => {
      try {
        resolve(result());
      } catch (err) {
        reject(err);
      }
    };
  });
  return { open: () => opened, finish };
}

/** Sends `open`, then `close` (id 1) before the open ends, then ends it with `result`; waits for `closed`. */
async function closeWhileOpening(result: (dbPath: string) => Core) {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-serve-'));
  const dbPath = join(dir, 'a.sqlite');
  const slow = slowOpen();
  const port = served(slow.open);
  port.send({ open: { dbPath } });
  port.send({ id: 1, close: true });
  slow.finish(() => result(dbPath));
  await expect.poll(() => port.posted.some((r) => 'closed' in r)).toBe(true);
  expect(port.posted).toContainEqual({ id: 1, closed: true });
  expect(port.exited()).toBe(1);
  return { port, dbPath };
}

it('a close that arrives while the database is still opening closes it once open, and is answered', async () => {
  let closes = 0;
  const { dbPath } = await closeWhileOpening((path) => {
    const core = openCore({ dbPath: path });
    return { ...core, close: () => (closes++, core.close()) };
  });
  expect(closes).toBe(1);
  // Closed cleanly: the next open of the same file works as on any closed database.
  const again = openCore({ dbPath });
  expect((await again.dispatch('appInfo', {})).ok).toBe(true);
  again.close();
});

it('a close during an open that fails is still answered, after the failure is reported', async () => {
  const { port } = await closeWhileOpening(() => {
    throw new AppError('db_foreign', 'This file is not a Tidemark database.');
  });
  const failed = port.posted.findIndex((r) => 'failed' in r);
  expect(port.posted[failed]).toEqual({
    failed: { code: 'db_foreign', message: 'This file is not a Tidemark database.' },
  });
  expect(port.posted.findIndex((r) => 'closed' in r)).toBeGreaterThan(failed);
});

it('a close with no open before it is answered too', async () => {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-serve-'));
  const port = served(() => Promise.reject(new Error('never asked')));
  port.send({ id: 1, close: true });
  await expect.poll(() => port.posted).toContainEqual({ id: 1, closed: true });
});
