import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { recordFigures } from '../core/test-support/reliability';
import { startWebServer, type WebServer } from './server';
import { send, type Reply } from './test-http';

/**
 * Everything a local process or another web page might try against the browser host, each with what
 * counts as refused. `npm run reliability` prints how many of each kind were tried and refused.
 */
type Probe = {
  kind: 'token' | 'Host' | 'Origin' | 'path traversal' | 'page-named path' | 'path to write';
  name: string;
  run: () => Promise<Reply>;
  refused: (r: Reply) => boolean;
};

const SECRET = 'top-secret-file-content';
const CSV =
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n2023-01,CHN,PRK,export,HS,2710,Oil,1000,USD,5,t\n';

let dir: string;
let core: Core;
let server: WebServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-probes-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.csv'), `${SECRET}\n${SECRET}\n`);
  mkdirSync(join(dir, 'data'));
  // A link inside the data folder must not lead out of it.
  symlinkSync(join(dir, 'secret.csv'), join(dir, 'data', 'link.csv'));
  symlinkSync('/etc/passwd', join(dir, 'data', 'passwd.csv'));
  const dbPath = join(dir, 'probes.sqlite');
  core = openCore({ dbPath, log: () => undefined });
  const databases = { dbPath, open: (path: string) => openCore({ dbPath: path, log: () => undefined }) };
  server = await startWebServer({
    core,
    databases,
    rendererDir: join(dir, 'renderer'),
    maxUploadBytes: 64 * 1024,
    dataDirs: [join(dir, 'data')],
  });
});
afterAll(async () => {
  await server.close();
  server.currentCore().close();
  rmSync(dir, { recursive: true, force: true });
});

const auth = (extra: Record<string, string> = {}) => ({
  'x-tidemark-token': server.token,
  'content-type': 'application/json',
  ...extra,
});
const call = (method: string, input: unknown, headers = auth()) =>
  send(server, `/api/call/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
const status =
  (...codes: number[]) =>
  (r: Reply) =>
    codes.includes(r.status);
const errorCode = (code: string) => (r: Reply) =>
  r.status === 200 && (JSON.parse(r.body) as { ok: boolean; error?: { code: string } }).error?.code === code;
/** Refused, and the answer quotes nothing of the file it named. */
const pathRefused = (r: Reply) => errorCode('path_not_allowed')(r) && !/root:|top-secret|PATH=|HOME=/.test(r.body);

function probes(uploadDir: string): Probe[] {
  const port = server.port;
  const token = (
    name: string,
    headers: Record<string, string>,
    path = '/api/call/appInfo',
    method = 'POST',
  ): Probe => ({
    kind: 'token',
    name,
    run: () => send(server, path, { method, headers, body: method === 'POST' ? '{}' : undefined }),
    refused: status(401),
  });
  const host = (name: string, value: string | null, path = '/api/call/appInfo'): Probe => ({
    kind: 'Host',
    name,
    run: () =>
      send(server, path, {
        method: 'POST',
        headers: value === null ? auth() : auth({ host: value }),
        body: '{}',
        setHost: value !== null,
      }),
    // Node's own parser answers 400 to a request with no Host at all.
    refused: (r) => status(403, 400)(r) && !r.body.includes(server.token),
  });
  const origin = (name: string, headers: Record<string, string>): Probe => ({
    kind: 'Origin',
    name,
    run: () => call('appInfo', {}, auth(headers)),
    refused: status(403),
  });
  const traversal = (name: string, path: string): Probe => ({
    kind: 'path traversal',
    name,
    run: () => send(server, path),
    refused: (r) => status(400, 403, 404)(r) && !r.body.includes(SECRET),
  });
  const dbName = (name: string, value: unknown): Probe => ({
    kind: 'path traversal',
    name,
    run: () =>
      send(server, '/api/databases/new', { method: 'POST', headers: auth(), body: JSON.stringify({ name: value }) }),
    refused: errorCode('bad_input'),
  });
  const named = (path: string, via: 'importFiles' | 'previewImport' = 'importFiles'): Probe => ({
    kind: 'page-named path',
    name: `${via} ${path}`,
    run: () =>
      via === 'importFiles'
        ? call('importFiles', { files: [{ path }], options: {} })
        : call('previewImport', { file: { path }, options: {} }),
    refused: pathRefused,
  });
  const write = (name: string, method: string, input: unknown): Probe => ({
    kind: 'path to write',
    name,
    run: () => call(method, input),
    refused: errorCode('bad_input'),
  });
  const target = join(dir, 'written-by-the-page.csv');
  return [
    token('no token', { 'content-type': 'application/json' }),
    token('a wrong token', auth({ 'x-tidemark-token': 'guess' })),
    token('a token of the right length', auth({ 'x-tidemark-token': 'x'.repeat(server.token.length) })),
    token(
      'the token in the query string',
      { 'content-type': 'application/json' },
      `/api/call/appInfo?token=${server.token}`,
    ),
    token('events without a token', {}, '/api/events', 'GET'),
    token('an upload without a token', {}, '/api/upload?name=a.csv'),
    token('the database list without a token', {}, '/api/databases/list'),
    host('another host name (DNS rebinding)', `evil.example:${port}`),
    host('the page itself under another host name', `evil.example:${port}`, '/'),
    host('the right address, another port', `127.0.0.1:${port + 1}`),
    host('a look-alike name', `localhost.evil.example:${port}`),
    host('no Host header', null),
    origin('another site', { origin: 'http://evil.example' }),
    origin('another local port', { origin: `http://127.0.0.1:${port + 1}` }),
    origin('an opaque origin', { origin: 'null' }),
    origin('https on the same address', { origin: `https://127.0.0.1:${port}` }),
    origin('a cross-site fetch', { 'sec-fetch-site': 'cross-site' }),
    traversal('an encoded slash', '/..%2fsecret.txt'),
    traversal('encoded dots', '/%2e%2e/secret.txt'),
    traversal('an encoded backslash', '/..%5csecret.txt'),
    traversal('a broken escape', '/%E0%A4%A'),
    dbName('a database name with ../', '../main'),
    dbName('an absolute database path', '/tmp/x'),
    dbName('a database name in a folder', 'a/b'),
    named('/etc/passwd'),
    named('/etc/passwd', 'previewImport'),
    named('/proc/self/environ'),
    named('/proc/self/environ', 'previewImport'),
    named(join(dir, 'secret.csv')),
    named(join(dir, 'secret.csv'), 'previewImport'),
    named(join(uploadDir, '..', dirname(uploadDir).split('/').pop()!, '..', 'secret.csv')),
    named(`${uploadDir}/../../etc/passwd`, 'previewImport'),
    named(join(dir, 'data', 'link.csv'), 'previewImport'),
    named(join(dir, 'data', 'passwd.csv')),
    named('secret.csv', 'previewImport'),
    named(join(dir, 'data', 'missing.csv'), 'previewImport'),
    write('exportCsv to a path', 'exportCsv', { path: target }),
    write('exportRecords to a path', 'exportRecords', { format: 'csv', query: {}, path: target }),
  ];
}

describe('the browser host against every probe', () => {
  it('refuses them all, quotes no file, and changes nothing', async () => {
    const up = await send(server, '/api/upload?name=ok.csv', {
      method: 'POST',
      headers: { 'x-tidemark-token': server.token },
      body: CSV,
    });
    const uploaded = JSON.parse(up.body) as { path: string };
    const list = probes(dirname(uploaded.path));
    const byKind: Record<string, { tried: number; refused: number }> = {};
    const letThrough: string[] = [];
    for (const p of list) {
      const r = await p.run();
      const k = (byKind[p.kind] ??= { tried: 0, refused: 0 });
      k.tried++;
      if (p.refused(r)) k.refused++;
      else letThrough.push(`${p.kind}: ${p.name} -> ${r.status} ${r.body.slice(0, 200)}`);
    }
    const refused = Object.values(byKind).reduce((n, k) => n + k.refused, 0);
    recordFigures('host-probes', {
      probes: list.length,
      refused,
      ...Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, `${v.refused}/${v.tried}`])),
    });
    expect(letThrough).toEqual([]);
    expect(existsSync(join(dir, 'written-by-the-page.csv'))).toBe(false);
    expect(JSON.parse((await call('appInfo', {})).body)).toMatchObject({ ok: true, value: { records: 0, batches: 0 } });
  });

  it('still reads what the page may name: an upload and a file in a --data-dir folder', async () => {
    const up = await send(server, '/api/upload?name=ok.csv', {
      method: 'POST',
      headers: { 'x-tidemark-token': server.token },
      body: CSV,
    });
    const preview = JSON.parse(
      (await call('previewImport', { file: JSON.parse(up.body) as unknown, options: {} })).body,
    ) as { ok: boolean };
    expect(preview.ok).toBe(true);
    writeFileSync(join(dir, 'data', 'mine.csv'), CSV);
    const imported = JSON.parse(
      (await call('importFiles', { files: [{ path: join(dir, 'data', 'mine.csv') }], options: {} })).body,
    ) as unknown;
    expect(imported).toMatchObject({ ok: true, value: { files: [{ status: 'imported', rowsImported: 1 }] } });
  });
});
