import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { openServedCore } from '../core/process/open-served';
import { startWebServer, type WebServer } from './server';

const CSV = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2023-01,CHN,PRK,export,HS,2710,Petroleum oils,1000,USD,5,t',
].join('\n');

function post(
  server: WebServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { 'x-tidemark-token': server.token, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, json: text.startsWith('{') ? JSON.parse(text) : text });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const records = async (server: WebServer) =>
  ((await post(server, '/api/call/listRecords', { limit: 10 })).json as { value: { total: number } }).value.total;

describe('browser host: databases in its folder', () => {
  let dir: string;
  let server: WebServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-dbs-test-'));
    const dbPath = join(dir, 'main.sqlite');
    const core = openCore({ dbPath, log: () => undefined });
    writeFileSync(join(dir, 'one.csv'), CSV);
    await core.dispatch('importFiles', { files: [{ path: join(dir, 'one.csv') }], options: {} });
    writeFileSync(join(dir, 'notes.txt'), 'not a database');
    server = await startWebServer({
      core,
      rendererDir: dir,
      databases: { dbPath, open: (path) => openServedCore({ dbPath: path, log: () => undefined }) },
    });
  });

  afterEach(async () => {
    const core = server.currentCore();
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists only the .sqlite files (and dataset folders) in the folder and names the open one', async () => {
    const list = (await post(server, '/api/databases/list', {})).json as {
      ok: true;
      value: { current: string; databases: { name: string; size: number }[] };
    };
    expect(list.value.current).toBe('main.sqlite');
    expect(list.value.databases.map((d) => d.name)).toEqual(['main.sqlite']);
    expect(list.value.databases[0]!.size).toBeGreaterThan(0);
  });

  it('creates a new, empty database, switches to it, and opens the first one back with its records', async () => {
    expect(await records(server)).toBe(1);
    const created = (await post(server, '/api/databases/new', { name: 'second' })).json as {
      ok: boolean;
      value: { current: string; databases: { name: string }[] };
    };
    expect(created.value.current).toBe('second.sqlite');
    expect(created.value.databases.map((d) => d.name).sort()).toEqual(['main.sqlite', 'second.sqlite']);
    expect(await records(server)).toBe(0);
    const info = (await post(server, '/api/call/appInfo', {})).json as { value: { dbPath: string } };
    expect(info.value.dbPath).toBe(join(dir, 'second.sqlite'));

    expect((await post(server, '/api/databases/new', { name: 'second.sqlite' })).json).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('already exists') },
    });
    expect((await post(server, '/api/databases/open', { name: 'third' })).json).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('no database') },
    });

    expect((await post(server, '/api/databases/open', { name: 'main.sqlite' })).json).toMatchObject({
      ok: true,
      value: { current: 'main.sqlite' },
    });
    expect(await records(server)).toBe(1);
  });

  it('refuses names that reach outside the folder, and callers without the token', async () => {
    for (const name of ['../main', '../../etc/passwd', '/tmp/x', 'a/b', '..', '.hidden', 42]) {
      const res = await post(server, '/api/databases/new', { name });
      expect(res.json, String(name)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
    expect(
      (await post(server, '/api/databases/open', { name: '../tidemark-dbs-test/main.sqlite' })).json,
    ).toMatchObject({ ok: false });
    expect((await post(server, '/api/databases/list', {}, { 'x-tidemark-token': 'guess' })).status).toBe(401);
    expect((await post(server, '/api/databases/list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect(await records(server)).toBe(1);
  });

  it('lists a Parquet dataset folder beside it, and opens only such a folder, by bare name', async () => {
    mkdirSync(join(dir, 'shared-parquet'));
    writeFileSync(join(dir, 'shared-parquet', '_tidemark.json'), '{}');
    mkdirSync(join(dir, 'just-a-folder'));
    const list = (await post(server, '/api/databases/list', {})).json as {
      value: { databases: { name: string; kind: string }[] };
    };
    expect(list.value.databases.map((d) => [d.name, d.kind]).sort()).toEqual([
      ['main.sqlite', 'database'],
      ['shared-parquet', 'dataset'],
    ]);
    for (const name of ['just-a-folder', '../shared-parquet', 'main.sqlite'])
      expect((await post(server, '/api/databases/dataset', { name })).json, name).toMatchObject({
        ok: false,
        error: { code: 'bad_input' },
      });
    // A folder with a manifest is handed to the host's opener (here openCore, which refuses a folder):
    // the refusal comes back, and the database open before goes on serving.
    expect((await post(server, '/api/databases/dataset', { name: 'shared-parquet' })).json).toMatchObject({
      ok: false,
    });
    expect(await records(server)).toBe(1);
  });
});
