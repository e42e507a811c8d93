import type { Ctx } from './context';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * `tidemark compact DB`: rebuilds the file without its free pages (what an upgrade or a revert left),
 * saying its size before and after. A long wait is announced on a terminal's stderr.
 */
export async function compactCommand({ args, call, out }: Ctx): Promise<number> {
  const { space } = await call('appInfo', {});
  if (space && process.stderr.isTTY && !args.values.json)
    process.stderr.write(
      `Compacting ${args.db}: ${mb(space.reclaimableBytes)} of free pages in ${mb(space.fileBytes)}, about ${Math.max(1, Math.round(space.estimateSeconds))} s…\n`,
    );
  const r = await call('compactDatabase', {});
  if (args.values.json) {
    out(JSON.stringify(r));
    return 0;
  }
  out(
    `Compacted ${args.db}: ${mb(r.beforeBytes)} → ${mb(r.afterBytes)} (${mb(r.beforeBytes - r.afterBytes)} given back) in ${r.seconds.toFixed(1)} s.`,
  );
  return 0;
}
