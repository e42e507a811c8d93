import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import type { AppEvent } from '../shared/contract';
import { startWebServer, type WebServer } from './server';
import { send } from './test-http';

const CSV = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2023-01,CHN,PRK,export,HS,2710,Petroleum oils,1000,USD,5,t',
  '2023-02,CHN,PRK,export,HS,2710,Petroleum oils,2500,USD,,',
].join('\n');

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
    writeFileSync(
      join(renderer, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body></body></html>',
    );
    core = openCore({ dbPath: join(dir, 'web.sqlite'), log: () => undefined });
    mkdirSync(join(dir, 'data'));
    server = await startWebServer({
      core,
      rendererDir: renderer,
      maxUploadBytes: 64 * 1024,
      dataDirs: [join(dir, 'data')],
    });
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

  it('imports an uploaded file through the real core and pages its records', async () => {
    const events: AppEvent[] = [];
    const stop = core.onEvent((e) => events.push(e));
    const up = await send(server, '/api/upload?name=' + encodeURIComponent('../../nk trade.csv'), {
      method: 'POST',
      headers: { 'x-tidemark-token': server.token },
      body: CSV,
    });
    expect(up.status).toBe(200);
    const ref = JSON.parse(up.body) as { path: string; name: string };
    expect(ref.name).toBe('nk trade.csv');

    const imported = await send(server, '/api/call/importFiles', {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ files: [ref], options: {} }),
    });
    const report = JSON.parse(imported.body) as {
      ok: true;
      value: { files: { file: string; rowsImported: number }[] };
    };
    expect(report.ok).toBe(true);
    expect(report.value.files[0]).toMatchObject({ file: 'nk trade.csv', rowsImported: 2 });
    expect(events.some((e) => e.name === 'importProgress' && e.payload.done)).toBe(true);
    stop();

    const page = await send(server, '/api/call/listRecords', {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ limit: 10 }),
    });
    const records = JSON.parse(page.body) as {
      ok: true;
      value: { rows: { value: number; period: string }[]; total: number };
    };
    expect(records.value.total).toBe(2);
    expect(records.value.rows.map((r) => [r.period, r.value])).toEqual([
      ['2023-01', 1000],
      ['2023-02', 2500],
    ]);
  });

  it("passes the core's own errors back as a Result, and rejects bad JSON", async () => {
    const unknown = await send(server, '/api/call/dropTables', { method: 'POST', headers: auth(), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await send(server, '/api/call/appInfo', { method: 'POST', headers: auth(), body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('puts nosniff, CSP and no-referrer on every answer: pages, API results, API errors and refusals', async () => {
    const replies = {
      page: await send(server, '/'),
      asset404: await send(server, '/missing.js'),
      call: await send(server, '/api/call/appInfo', { method: 'POST', headers: auth(), body: '{}' }),
      badJson: await send(server, '/api/call/appInfo', { method: 'POST', headers: auth(), body: '{nope' }),
      noToken: await send(server, '/api/call/appInfo', { method: 'POST', body: '{}' }),
      badHost: await send(server, '/api/call/appInfo', {
        method: 'POST',
        headers: { ...auth(), host: 'evil.example' },
        body: '{}',
      }),
      notFound: await send(server, '/api/nothing', { method: 'POST', headers: auth(), body: '{}' }),
      tooBig: await send(server, '/api/upload?name=big.csv', {
        method: 'POST',
        headers: { 'x-tidemark-token': server.token },
        body: Buffer.alloc(65 * 1024, 'a'),
      }),
    };
    for (const [name, r] of Object.entries(replies)) {
      expect(r.headers['x-content-type-options'], name).toBe('nosniff');
      expect(r.headers['referrer-policy'], name).toBe('no-referrer');
      expect(r.headers['content-security-policy'], name).toContain("default-src 'self'");
    }
    expect(Object.values(replies).map((r) => r.status)).toEqual([200, 404, 200, 400, 401, 403, 404, 413]);
  });

  it('refuses an upload over the size cap', async () => {
    const big = Buffer.alloc(65 * 1024, 'a');
    const res = await send(server, '/api/upload?name=big.csv', {
      method: 'POST',
      headers: { 'x-tidemark-token': server.token },
      body: big,
    });
    expect(res.status).toBe(413);
  });

  it("streams the core's events to the page as Server-Sent Events", async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { 'x-tidemark-token': server.token } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes('event: importProgress')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (err) =>
        err.message.includes('aborted') || (err as NodeJS.ErrnoException).code === 'ECONNRESET'
          ? undefined
          : reject(err),
      );
      req.end();
    });
    // Give the stream a moment to attach before the import runs.
    await new Promise((r) => setTimeout(r, 100));
    // A folder the host was started with (--data-dir): the page may name files in it.
    const file = join(dir, 'data', 'events.csv');
    writeFileSync(file, CSV);
    await send(server, '/api/call/importFiles', {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ files: [{ path: file }], options: {} }),
    });
    const text = await received;
    const data = /data: (.*)\n/.exec(text.slice(text.indexOf('event: importProgress')))?.[1];
    expect(JSON.parse(data ?? '{}')).toMatchObject({ name: 'importProgress', payload: { file: 'events.csv' } });
  });
});
