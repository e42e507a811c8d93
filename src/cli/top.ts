import { flowOf, list, UsageError, wholeNumber } from './args';
import type { Ctx } from './context';
import { requireHeld } from './held';
import { num, pct } from './print';

/**
 * `tidemark top`: the top N commodities (or partners, regimes, provinces) of a period, with shares
 * and "other". A year held only as months is the sum of the months held, and says how many.
 */
export async function topCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  const from = v.period ?? v.from;
  if (!from) throw new UsageError('top is missing --period P (or --from P with --to P) (see tidemark help top)');
  if (v.period && (v.from || v.to)) throw new UsageError('top takes --period P, or --from P and --to P, not both');
  const level = wholeNumber(v, 'level', '2, 4, 6 or 8') ?? 8;
  if (![2, 4, 6, 8].includes(level)) throw new UsageError(`--level is 2, 4, 6 or 8, not "${v.level}"`);
  const top = wholeNumber(v, 'top', 'a whole number from 1 to 500') ?? 20;
  if (top > 500) throw new UsageError(`--top is a whole number from 1 to 500, not "${v.top}"`);
  const flow = flowOf(v, ['import', 'export', 'total'], 'import') as 'import' | 'export' | 'total';
  const hs = list(v.hs);
  const excludeHs = list(v['exclude-hs']);
  await requireHeld(call, { reporter: v.reporter, partner: v.partner, codes: [...hs, ...excludeHs] });
  const b = await call('breakdown', {
    reporter: v.reporter,
    partner: v.partner,
    flow,
    subject: (v.subject ?? 'reporter') as 'reporter' | 'partner',
    from,
    to: v.period ? undefined : v.to,
    by: (v.by ?? 'code') as 'code' | 'partner' | 'regime' | 'province',
    level: level as 2 | 4 | 6 | 8,
    hs,
    excludeHs,
    def: v.def,
    top,
  });
  if (v.json) {
    out(JSON.stringify(b));
    return 0;
  }
  if (b.items.length === 0) {
    out(b.note ?? `Nothing is held for ${from}${v.to && !v.period ? ` to ${v.to}` : ''} in this selection.`);
    return 0;
  }
  const rows = b.items.map((i) => [i.key, num(i.value), pct(i.share), i.descriptionEn && i.descriptionEn !== i.description ? `${i.description} (${i.descriptionEn})` : i.description]);
  if (b.other.count) rows.push([`other (${b.other.count})`, num(b.other.value), pct(b.other.share), '']);
  rows.push(['total', num(b.total), '', '']);
  const w = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), 5));
  out([`Currency: ${b.currency ?? '-'}`, ...rows.map((r) => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padStart(w[2]!)}  ${r[3]}`.trimEnd()), ...(b.note ? ['', `* ${b.note}`] : [])].join('\n'));
  return 0;
}
