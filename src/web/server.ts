import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core';
import { refusalForPage } from '../shared/renderer-policy';
import { BodyTooLarge, readBody, sendJson, sendText } from './http-util';
import { EventStream } from './event-stream';
import { allowedHosts, checkOrigin, checkToken, newToken } from './security';
import { StaticFiles } from './static-files';
import { UploadStore } from './uploads';

export type WebServerOptions = {
  core: Pick<Core, 'dispatch' | 'onEvent'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  maxUploadBytes?: number;
  log?: (message: string, err?: unknown) => void;
};

export type WebServer = { url: string; port: number; token: string; close(): Promise<void> };

const MAX_CALL_BYTES = 1024 * 1024;
const DEFAULT_MAX_UPLOAD = 512 * 1024 * 1024;

/** The browser host: the built renderer plus the core's dispatch over HTTP, on loopback only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { core, log = () => undefined } = options;
  const token = newToken();
  const uploads = await UploadStore.create(options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD);
  const files = new StaticFiles(options.rendererDir, token);
  const stream = new EventStream();
  const unsubscribe = core.onEvent((event) => stream.send(event));
  let hosts = new Set<string>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = checkOrigin(req, hosts);
    if (refused) return sendText(res, refused.status, refused.reason);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
      return files.serve(url.pathname, res);
    }
    const noToken = checkToken(req, token);
    if (noToken) return sendText(res, noToken.status, noToken.reason);

    if (req.method === 'GET' && url.pathname === '/api/events') return stream.attach(res);
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
    if (url.pathname === '/api/upload') {
      const name = url.searchParams.get('name');
      if (!name) return sendText(res, 400, 'Name the file: /api/upload?name=…');
      return sendJson(res, 200, await uploads.save(req, name));
    }
    const call = /^\/api\/call\/([A-Za-z]+)$/.exec(url.pathname);
    if (!call) return sendText(res, 404, 'Not found');
    let input: unknown;
    try {
      const body = await readBody(req, MAX_CALL_BYTES);
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (err) {
      if (err instanceof BodyTooLarge) throw err;
      return sendJson(res, 400, { ok: false, error: { code: 'bad_input', message: 'The request body is not valid JSON.' } });
    }
    const refusal = refusalForPage(call[1]!, input);
    if (refusal) return sendJson(res, 200, { ok: false, error: { code: 'bad_input', message: refusal } });
    // dispatch validates the method name and the input, and never throws.
    return sendJson(res, 200, await core.dispatch(call[1]!, input));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof BodyTooLarge) {
        if (!res.headersSent) sendText(res, 413, err.message);
        req.resume();
        return;
      }
      log('web host: request failed', err);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    async close() {
      unsubscribe();
      stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await uploads.dispose();
    },
  };
}
