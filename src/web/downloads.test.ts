import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { startWebServer, type WebServer } from './server';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function send(
  server: WebServer,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser host downloads of exports', () => {
  let dir: string;
  let core: Core;
  let server: WebServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-dl-test-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
    const csv = join(dir, 'in.csv');
    const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
    for (let i = 0; i < 2000; i++)
      lines.push(`2023-01,CHN,PRK,export,HS,${String(i).padStart(6, '0')},朝鲜 item ${i},${i},USD,,`);
    writeFileSync(csv, lines.join('\n'));
    core = openCore({ dbPath: join(dir, 'web.sqlite'), log: () => undefined });
    await core.dispatch('importFiles', { files: [{ path: csv }], options: {} });
    server = await startWebServer({ core, rendererDir: join(dir, 'renderer') });
  });

  afterEach(async () => {
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exportId = async () => {
    const r = await send(server, '/api/call/exportRecords', {
      method: 'POST',
      headers: { 'x-tidemark-token': server.token, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'csv', query: {}, deliver: 'download' }),
    });
    const answer = JSON.parse(r.body.toString('utf8')) as {
      ok: boolean;
      value: { downloadId: string; bytes: number; base64: null };
    };
    expect(answer).toMatchObject({ ok: true, value: { base64: null } });
    return answer.value;
  };

  it(
    'streams the file once, with its length and name, to the page holding the token',
    { timeout: 60_000 },
    async () => {
      const { downloadId, bytes } = await exportId();
      const got = await send(server, `/api/download/${downloadId}`, { headers: { 'x-tidemark-token': server.token } });
      expect(got.status).toBe(200);
      expect(got.headers['content-length']).toBe(String(bytes));
      expect(got.headers['content-disposition']).toContain("filename*=UTF-8''tidemark-records.csv");
      expect(got.body.length).toBe(bytes);
      expect(got.body.toString('utf8')).toMatch(/^\uFEFFperiod,reporter/);
      expect(got.body.toString('utf8').trim().split('\n')).toHaveLength(2001);
      expect(
        (await send(server, `/api/download/${downloadId}`, { headers: { 'x-tidemark-token': server.token } })).status,
      ).toBe(404);
    },
  );

  it(
    'is refused without the token, from another origin, or under another host name, and stays for its page',
    { timeout: 60_000 },
    async () => {
      const { downloadId } = await exportId();
      expect((await send(server, `/api/download/${downloadId}`)).status).toBe(401);
      expect(
        (
          await send(server, `/api/download/${downloadId}`, {
            headers: { 'x-tidemark-token': server.token, origin: 'http://evil.example' },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await send(server, `/api/download/${downloadId}`, {
            headers: { 'x-tidemark-token': server.token, host: `evil.example:${server.port}` },
          })
        ).status,
      ).toBe(403);
      expect(
        (await send(server, '/api/download/..%2F..%2Fetc%2Fpasswd', { headers: { 'x-tidemark-token': server.token } }))
          .status,
      ).toBeGreaterThanOrEqual(400);
      expect(
        (await send(server, `/api/download/${downloadId}`, { headers: { 'x-tidemark-token': server.token } })).status,
      ).toBe(200);
    },
  );
});
