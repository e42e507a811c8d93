import { request } from 'node:http';
import type { WebServer } from './server';

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** node:http rather than fetch: fetch will not send a forged Host header, and the tests need to. */
export function send(
  server: Pick<WebServer, 'port'>,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; setHost?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        setHost: opts.setHost,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
