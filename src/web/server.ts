import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databaseSwitch } from '../core/process/database-switch';
import type { AppEvent } from '../shared/contract';
import { AppError } from '../shared/errors';
import { HOST_ROUTES, matchHostRoute } from '../shared/host-routes';
import { refusalForPage } from '../shared/renderer-policy';
import { BodyTooLarge, readBody, sendJson, sendText } from './http-util';
import { databaseInFolder, datasetInFolder, listDatabases, newDatasetInFolder } from './databases';
import { serveDownload } from './downloads';
import { EventStream } from './event-stream';
import type { HostedCore } from './hosted-core';
import { PagePaths } from './page-paths';
import { allowedHosts, checkOrigin, checkToken, newToken } from './security';
import { StaticFiles } from './static-files';
import { UploadStore } from './uploads';

export type WebServerOptions = {
  core: HostedCore;
  /**
   * Lets the page list, open and create databases in the folder of `dbPath`. On a switch the server closes
   * the old core and serves the one `open` returns; `currentCore()` is then the one to close on exit.
   */
  databases?: {
    dbPath: string;
    /** `emit`: the events the core sends while it opens, streamed to the page (a dataset's first open). */
    open(dbPath: string, emit: (event: AppEvent) => void): HostedCore | Promise<HostedCore>;
  };
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  maxUploadBytes?: number;
  /** Folders the page may name files in besides the upload folder (`--data-dir`). */
  dataDirs?: string[];
  log?: (message: string, err?: unknown) => void;
};

export type WebServer = { url: string; port: number; token: string; currentCore(): HostedCore; close(): Promise<void> };

const MAX_CALL_BYTES = 1024 * 1024;
const DEFAULT_MAX_UPLOAD = 512 * 1024 * 1024;

/** The browser host: the built renderer plus the core's dispatch over HTTP, on loopback only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { log = () => undefined } = options;
  // One database at a time; with `databases`, the page may have the host serve another one beside it.
  const cores = databaseSwitch(options.core, options.databases?.dbPath ?? '', (path, emit) =>
    options.databases!.open(path, emit),
  );
  const token = newToken();
  const uploads = await UploadStore.create(options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD);
  const files = new StaticFiles(options.rendererDir, token);
  const pagePaths = new PagePaths([uploads.dir, ...(options.dataDirs ?? [])]);
  const stream = new EventStream();
  const unsubscribe = cores.onEvent((event) => stream.send(event));
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

    const hit = matchHostRoute(req.method, url.pathname);
    if (!hit) return req.method === 'POST' ? sendText(res, 404, 'Not found') : sendText(res, 405, 'Method not allowed');
    if ('wrongMethod' in hit) return sendText(res, 405, 'Method not allowed');
    switch (hit.route) {
      case 'events':
        return stream.attach(res);
      case 'download':
        return serveDownload(cores.current(), hit.arg!, res);
      case 'upload': {
        const name = url.searchParams.get('name');
        if (!name) return sendText(res, 400, `Name the file: ${HOST_ROUTES.upload.example}`);
        return sendJson(res, 200, await uploads.save(req, name));
      }
      case 'databases':
        return databaseRoute(hit.arg as 'list' | 'open' | 'new' | 'dataset' | 'parquet', req, res);
      case 'call':
        return callRoute(hit.arg!, req, res);
    }
  }

  async function callRoute(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let input: unknown;
    try {
      const body = await readBody(req, MAX_CALL_BYTES);
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (err) {
      if (err instanceof BodyTooLarge) throw err;
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'bad_input', message: 'The request body is not valid JSON.' },
      });
    }
    const refusal = refusalForPage(method, input);
    if (refusal) return sendJson(res, 200, { ok: false, error: { code: 'bad_input', message: refusal } });
    const outside = pagePaths.refusal(method, input);
    if (outside) return sendJson(res, 200, { ok: false, error: outside });
    // dispatch validates the method name and the input, and never throws.
    return sendJson(res, 200, await cores.dispatch(method, input));
  }

  /** Host-level, not core calls: the page names a database in the host's folder; the switch is the core's. */
  async function databaseRoute(
    action: 'list' | 'open' | 'new' | 'dataset' | 'parquet',
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    if (!options.databases) return sendText(res, 404, 'This host serves one database only.');
    if (action === 'list') return sendJson(res, 200, { ok: true, value: listDatabases(cores.dbPath()) });
    let name: unknown;
    try {
      name = (JSON.parse((await readBody(req, MAX_CALL_BYTES)).toString('utf8') || '{}') as { name?: unknown }).name;
    } catch (err) {
      if (err instanceof BodyTooLarge) throw err;
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'bad_input', message: 'The request body is not valid JSON.' },
      });
    }
    // A dataset folder opens read-only through the core's local copy of it (core/process/open-served.ts).
    const target =
      action === 'dataset'
        ? datasetInFolder(cores.dbPath(), name)
        : action === 'parquet'
          ? newDatasetInFolder(cores.dbPath(), name)
          : databaseInFolder(cores.dbPath(), name);
    if ('error' in target) return sendJson(res, 200, { ok: false, error: target.error.info });
    // The page names the folder, the host puts it beside the database: exportParquet takes no path from a page.
    if (action === 'parquet') {
      const written = await cores.dispatch('exportParquet', { dir: target.path });
      if (!written.ok) return sendJson(res, 200, written);
      return sendJson(res, 200, { ok: true, value: listDatabases(cores.dbPath()) });
    }
    try {
      await cores.switchTo(target.path, action === 'new' ? 'new' : 'open');
    } catch (err) {
      if (err instanceof AppError) return sendJson(res, 200, { ok: false, error: err.info });
      throw err;
    }
    return sendJson(res, 200, { ok: true, value: listDatabases(cores.dbPath()) });
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
    currentCore: () => cores.current(),
    async close() {
      unsubscribe();
      stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await uploads.dispose();
    },
  };
}
