import type { Ctx } from './context';

/**
 * `tidemark check DB`: reads every page of the database, which the open does only for files up to 64 MB
 * (open-tidemark.ts: WHOLE_CHECK_BYTES; a larger one has its records read at their edges). The reading is the
 * open's own (run.ts gives it no size limit for this command): a damaged database fails it, is moved aside
 * and its newest backup named, as at any open, so reaching here means every page read clean.
 */
export async function checkCommand({ args, call, out }: Ctx): Promise<number> {
  const { space } = await call('appInfo', {});
  const bytes = space?.fileBytes ?? null;
  if (args.values.json) out(JSON.stringify({ sound: true, bytes }));
  else
    out(
      `Checked ${args.db}: every page${bytes === null ? '' : ` of its ${(bytes / 1024 / 1024).toFixed(1)} MB`} read, nothing damaged.`,
    );
  return 0;
}
