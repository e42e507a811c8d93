import type { Call } from './context';
import { CliFailure } from './errors';

type Names = { reporter?: string; partner?: string; codes?: string[]; classification?: string; lang?: string };

/**
 * A reporter, partner or code the database has never held is a usage error naming it (with the
 * nearest held ones), not a table of zeros. Every unknown name is listed at once.
 */
export async function requireHeld(call: Call, n: Names): Promise<void> {
  const q = {
    reporters: n.reporter ? [n.reporter] : [],
    partners: n.partner ? [n.partner] : [],
    codes: n.codes ?? [],
    reporter: n.reporter,
    classification: n.classification,
    lang: n.lang === 'ko' ? ('ko' as const) : undefined,
  };
  if (!q.reporters.length && !q.partners.length && !q.codes.length) return;
  const { unknown } = await call('checkNames', q);
  if (unknown.length) throw new CliFailure({ code: 'not_held', message: unknown.map((u) => u.message).join('; ') });
}
