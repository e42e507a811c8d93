import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import type { AppEvent } from '../shared/contract';
import { startWebServer, type WebServer } from './server';

const CSV = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2023-01,CHN,PRK,export,HS,2710,Petroleum oils,1000,USD,5,t',
  '2023-02,CHN,PRK,export,HS,2710,Petroleum oils,2500,USD,,',
].join('\n');

type Reply = { status: number; body: string };

/** node:http rather than fetch: fetch will not send a forged Host header, and these tests need to. */
function send(server: WebServer, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser host', () => {
  let dir: string;
  let core: Core;
  let server: WebServer;
  const auth = () => ({ 'x-tidemark-token': server.token, 'content-type': 'application/json' });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-web-test-'));
    const renderer = join(dir, 'renderer');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    core = openCore({ dbPath: join(dir, 'web.sqlite'), log: () => undefined });
    server = await startWebServer({ core, rendererDir: renderer, maxUploadBytes: 64 * 1024 });
  });

  afterEach(async () => {
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and hands its token to its own page', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await send(server, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="tidemark-token" content="${server.token}" />`);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const page = await send(server, '/', { headers: { host: `evil.example:${server.port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(server.token);
    const call = await send(server, '/api/call/appInfo', { method: 'POST', headers: { ...auth(), host: `evil.example:${server.port}` }, body: '{}' });
    expect(call.status).toBe(403);
  });

  it('refuses calls from another origin, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const call = await send(server, '/api/call/appInfo', { method: 'POST', headers: { ...auth(), origin }, body: '{}' });
      expect(call.status, origin).toBe(403);
    }
    const own = await send(server, '/api/call/appInfo', { method: 'POST', headers: { ...auth(), origin: `http://127.0.0.1:${server.port}` }, body: '{}' });
    expect(own.status).toBe(200);
  });

  it('refuses API requests without the right token', async () => {
    expect((await send(server, '/api/call/appInfo', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await send(server, '/api/call/appInfo', { method: 'POST', headers: { 'x-tidemark-token': 'guess' }, body: '{}' })).status).toBe(401);
    expect((await send(server, '/api/events')).status).toBe(401);
    expect((await send(server, '/api/upload?name=a.csv', { method: 'POST', body: CSV })).status).toBe(401);
  });

  it('does not serve files outside the renderer', async () => {
    const res = await send(server, '/..%2fsecret.txt');
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the renderer');
  });

  it('imports an uploaded file through the real core and pages its records', async () => {
    const events: AppEvent[] = [];
    const stop = core.onEvent((e) => events.push(e));
    const up = await send(server, '/api/upload?name=' + encodeURIComponent('../../nk trade.csv'), { method: 'POST', headers: { 'x-tidemark-token': server.token }, body: CSV });
    expect(up.status).toBe(200);
    const ref = JSON.parse(up.body) as { path: string; name: string };
    expect(ref.name).toBe('nk trade.csv');

    const imported = await send(server, '/api/call/importFiles', { method: 'POST', headers: auth(), body: JSON.stringify({ files: [ref], options: {} }) });
    const report = JSON.parse(imported.body) as { ok: true; value: { files: { file: string; rowsImported: number }[] } };
    expect(report.ok).toBe(true);
    expect(report.value.files[0]).toMatchObject({ file: 'nk trade.csv', rowsImported: 2 });
    expect(events.some((e) => e.name === 'importProgress' && e.payload.done)).toBe(true);
    stop();

    const page = await send(server, '/api/call/listRecords', { method: 'POST', headers: auth(), body: JSON.stringify({ limit: 10 }) });
    const records = JSON.parse(page.body) as { ok: true; value: { rows: { value: number; period: string }[]; total: number } };
    expect(records.value.total).toBe(2);
    expect(records.value.rows.map((r) => [r.period, r.value])).toEqual([
      ['2023-01', 1000],
      ['2023-02', 2500],
    ]);
  });

  it('passes the core\'s own errors back as a Result, and rejects bad JSON', async () => {
    const unknown = await send(server, '/api/call/dropTables', { method: 'POST', headers: auth(), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await send(server, '/api/call/appInfo', { method: 'POST', headers: auth(), body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('never lets the page name a file path to write to', async () => {
    const target = join(tmpdir(), `tidemark-should-not-exist-${process.pid}.csv`);
    for (const [method, input] of [['exportCsv', { path: target }], ['exportRecords', { format: 'csv', query: {}, path: target }]] as const) {
      const res = await send(server, `/api/call/${method}`, { method: 'POST', headers: auth(), body: JSON.stringify(input) });
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('downloaded') } });
    }
    expect(existsSync(target)).toBe(false);
  });

  it('refuses an upload over the size cap', async () => {
    const big = Buffer.alloc(65 * 1024, 'a');
    const res = await send(server, '/api/upload?name=big.csv', { method: 'POST', headers: { 'x-tidemark-token': server.token }, body: big });
    expect(res.status).toBe(413);
  });

  it('streams the core\'s events to the page as Server-Sent Events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { 'x-tidemark-token': server.token } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          if (text.includes('event: importProgress')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', (err) => (err.message.includes('aborted') || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err)));
      req.end();
    });
    // Give the stream a moment to attach before the import runs.
    await new Promise((r) => setTimeout(r, 100));
    const file = join(dir, 'events.csv');
    writeFileSync(file, CSV);
    await send(server, '/api/call/importFiles', { method: 'POST', headers: auth(), body: JSON.stringify({ files: [{ path: file }], options: {} }) });
    const text = await received;
    const data = /data: (.*)\n/.exec(text.slice(text.indexOf('event: importProgress')))?.[1];
    expect(JSON.parse(data ?? '{}')).toMatchObject({ name: 'importProgress', payload: { file: 'events.csv' } });
  });
});
