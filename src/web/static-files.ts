import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SECURITY_HEADERS, sendText } from './http-util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves the built renderer; index.html gets this run's token so the page, and only the page, can call the API. */
export class StaticFiles {
  constructor(
    private readonly root: string,
    private readonly token: string,
  ) {}

  async serve(pathname: string, res: ServerResponse): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, 'Bad path');
    }
    const rel = normalize(decoded).replace(/^([/\\])+/, '');
    const file = join(this.root, rel);
    if (file !== this.root && !file.startsWith(this.root + sep)) return sendText(res, 403, 'Outside the app');
    const isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    // Unknown paths fall back to the app shell, as a single-page app expects; missing assets stay 404s.
    if (!isFile) return extname(rel) ? sendText(res, 404, 'Not found') : this.sendIndex(res);
    if (file === join(this.root, 'index.html')) return this.sendIndex(res);
    const body = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  }

  private async sendIndex(res: ServerResponse): Promise<void> {
    const html = await readFile(join(this.root, 'index.html'), 'utf8').catch(() => null);
    if (html === null)
      return sendText(
        res,
        503,
        'The renderer is not built yet: run `npm run build` (scripts/web.mjs does it for you).',
      );
    const meta = `<meta name="tidemark-token" content="${this.token}" />`;
    // First thing in <head>, so it is there before any script runs.
    const body = /<head[^>]*>/i.test(html)
      ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`)
      : meta + html;
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
    res.end(body);
  }
}
