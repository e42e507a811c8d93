import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { HOST_ROUTES, matchHostRoute, type HostRoute } from '../shared/host-routes';
import { startWebServer, type WebServer } from './server';
import { send } from './test-http';

describe('the browser host routes exactly the routes listed beside the contract', () => {
  let dir: string;
  let server: WebServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-routes-'));
    const dbPath = join(dir, 'main.sqlite');
    const databases = { dbPath, open: (path: string) => openCore({ dbPath: path, log: () => undefined }) };
    server = await startWebServer({ core: openCore({ dbPath, log: () => undefined }), databases, rendererDir: dir });
  });
  afterAll(async () => {
    const core = server.currentCore();
    await server.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names no /api/ path in server.ts other than through src/shared/host-routes.ts', () => {
    const source = readFileSync(join(import.meta.dirname, 'server.ts'), 'utf8').replace(
      /^\s*(\/\/|\*|\/\*\*).*$/gm,
      '',
    );
    // The one prefix check that sends everything else to the static files is the only literal allowed.
    expect(source.match(/\\?\/api\\?\/[A-Za-z(]/g) ?? []).toEqual([]);
  });

  const answer = (route: HostRoute) => {
    const { method, example } = HOST_ROUTES[route];
    if (route === 'events') {
      // A stream: the headers say it is one, then the test lets go.
      return new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: example, headers: { 'x-tidemark-token': server.token } },
          (res) => {
            resolve({ status: res.statusCode ?? 0, body: String(res.headers['content-type']) });
            req.destroy();
          },
        );
        req.on('error', reject);
        req.end();
      });
    }
    return send(server, example, {
      method,
      headers: { 'x-tidemark-token': server.token, 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    });
  };

  it.each(Object.keys(HOST_ROUTES) as HostRoute[])(
    'answers %s at its listed method, and refuses the other method',
    async (route) => {
      const reply = await answer(route);
      expect(reply.body).not.toBe('Not found');
      expect(reply.status).not.toBe(405);
      const other = HOST_ROUTES[route].method === 'GET' ? 'POST' : 'GET';
      expect(
        (
          await send(server, HOST_ROUTES[route].example, {
            method: other,
            headers: { 'x-tidemark-token': server.token },
          })
        ).status,
      ).toBe(405);
    },
  );

  it('gives a path no route lists Not found, and each route only its own paths', async () => {
    expect(
      (
        await send(server, '/api/tables/drop', {
          method: 'POST',
          headers: { 'x-tidemark-token': server.token },
          body: '{}',
        })
      ).body,
    ).toBe('Not found');
    expect(matchHostRoute('POST', '/api/call/listBatches')).toEqual({ route: 'call', arg: 'listBatches' });
    expect(matchHostRoute('POST', '/api/databases/delete')).toBeNull();
    expect(matchHostRoute('GET', '/api/download/../../etc')).toBeNull();
    expect(matchHostRoute('POST', '/api/upload')).toEqual({ route: 'upload', arg: undefined });
  });
});
