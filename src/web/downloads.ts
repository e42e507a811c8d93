import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { HostedCore } from './hosted-core';
import { sendText } from './http-util';

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file name for Content-Disposition: ASCII fallback plus the exact name, RFC 6266 / 5987. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * GET /api/download/:id (behind the same Host, Origin and token checks as every API call): streams a
 * finished export the page asked for with `deliver: download`, once, with its length so the page can
 * show progress, then deletes it. Any size: nothing is held in memory or turned into base64.
 */
export async function serveDownload(
  core: Pick<HostedCore, 'takeDownload'>,
  id: string,
  res: ServerResponse,
): Promise<void> {
  const file = await core.takeDownload(id);
  if (!file) return sendText(res, 404, 'No such download: it was fetched already, or expired.');
  res.writeHead(200, {
    'content-type': TYPES[extname(file.fileName).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(file.bytes),
    'content-disposition': disposition(file.fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const stream = createReadStream(file.path);
  stream.pipe(res);
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    stream.destroy();
    file.done();
  };
  res.on('close', done);
  stream.on('error', () => {
    res.destroy();
    done();
  });
}
