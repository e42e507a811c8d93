import type { IncomingMessage } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-tidemark-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The names this server answers to. Anything else is a DNS-rebinding attempt or a misdirected request. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Refusal = { status: number; reason: string };

/**
 * Every request must name this server in Host; a browser request that carries an Origin must come from
 * this server's own pages. Other local pages and rebinding domains are refused before anything runs.
 */
export function checkOrigin(req: IncomingMessage, hosts: Set<string>): Refusal | null {
  const host = req.headers.host;
  if (!host || !hosts.has(host.toLowerCase())) return { status: 403, reason: 'Host not allowed' };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return { status: 403, reason: 'Origin not allowed' };
    }
    if (!origin.startsWith('http://') || !hosts.has(originHost.toLowerCase()))
      return { status: 403, reason: 'Origin not allowed' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return { status: 403, reason: 'Cross-site request refused' };
  return null;
}

/** API calls must carry the per-run token that only this server's own index.html holds. */
export function checkToken(req: IncomingMessage, token: string): Refusal | null {
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return { status: 401, reason: 'Missing token' };
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { status: 401, reason: 'Wrong token' };
  return null;
}
