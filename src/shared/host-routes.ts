/**
 * The browser host's HTTP routes, in one place beside the contract. `/api/call/:method` carries every
 * contract method; the others are host-only: they are not core calls, because they move bytes (an upload
 * in, a held export out), stream events, or swap which database the host serves (a core is one database,
 * and only its host may change it). src/web/server.ts routes by this list and names no /api/ path of its
 * own (server.test.ts checks both). Every route needs the page's token.
 */
export const HOST_ROUTES = {
  /** Any contract method: the JSON input in, `{ ok, value | error }` out. */
  call: { method: 'POST', pattern: /^\/api\/call\/([A-Za-z]+)$/, example: '/api/call/listBatches' },
  /** The core's events (import and task progress) as server-sent events. */
  events: { method: 'GET', pattern: /^\/api\/events$/, example: '/api/events' },
  /** A file dropped onto the page, saved in the host's upload folder; answers the FileRef to import it by. */
  upload: { method: 'POST', pattern: /^\/api\/upload$/, example: '/api/upload?name=trade.csv' },
  /** A finished export held by the core (`deliver: 'download'`), streamed once, then deleted. */
  download: { method: 'GET', pattern: /^\/api\/download\/([A-Za-z0-9_-]{1,64})$/, example: '/api/download/abc123' },
  /** The databases beside the open one, by bare file name (src/shared/database-names.ts). */
  databases: {
    method: 'POST',
    pattern: /^\/api\/databases\/(list|open|new|dataset|parquet)$/,
    example: '/api/databases/list',
  },
} as const satisfies Record<string, { method: 'GET' | 'POST'; pattern: RegExp; example: string }>;

export type HostRoute = keyof typeof HOST_ROUTES;

/** The route a request is for, with the pattern's capture (the method, the download id, the action), or null. */
export function matchHostRoute(
  method: string | undefined,
  pathname: string,
): { route: HostRoute; arg?: string } | { wrongMethod: true } | null {
  for (const [route, spec] of Object.entries(HOST_ROUTES) as [HostRoute, (typeof HOST_ROUTES)[HostRoute]][]) {
    const m = spec.pattern.exec(pathname);
    if (!m) continue;
    if (method !== spec.method) return { wrongMethod: true };
    return { route, arg: m[1] };
  }
  return null;
}
