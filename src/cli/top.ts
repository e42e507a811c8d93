import { proseLang, say } from '../core/messages';
import { flowOf, list, READ_FLOWS, UsageError, wholeNumber } from './args';
import type { Ctx } from './context';
import { requireHeld } from './held';
import { cellWidth, num, padEnd, padStart, pct } from './print';

const LEVEL = 'the code length to group by, 1 to 10 (HS 2, 4, 6, 8; SITC 1 to 5)';

/**
 * `tidemark top`: the top N commodities (or partners, regimes, provinces) of a period, with shares
 * and "other". A year held only as months is the sum of the months held, and says how many. The
 * reported total is the denominator; what it holds beyond the items is listed as "unallocated".
 */
export async function topCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  const from = v.period ?? v.from;
  if (!from) throw new UsageError('top is missing --period P (or --from P with --to P) (see tidemark help top)');
  if (v.period && (v.from || v.to)) throw new UsageError('top takes --period P, or --from P and --to P, not both');
  const level = wholeNumber(v, 'level', LEVEL) ?? 8;
  if (level > 10) throw new UsageError(`--level is ${LEVEL}, not "${v.level}"`);
  const top = wholeNumber(v, 'top', 'a whole number from 1 to 500') ?? 20;
  if (top > 500) throw new UsageError(`--top is a whole number from 1 to 500, not "${v.top}"`);
  const flow = flowOf(v, READ_FLOWS, 'import') as 'import' | 'export' | 'total' | 're-export' | 're-import';
  const hs = list(v.hs);
  const excludeHs = list(v['exclude-hs']);
  await requireHeld(call, {
    reporter: v.reporter,
    partner: v.partner,
    codes: [...hs, ...excludeHs],
    classification: v.classification,
    lang: v.lang,
  });
  const b = await call('breakdown', {
    reporter: v.reporter,
    partner: v.partner,
    flow,
    subject: (v.subject ?? 'reporter') as 'reporter' | 'partner',
    from,
    to: v.period ? undefined : v.to,
    by: (v.by ?? 'code') as 'code' | 'partner' | 'regime' | 'province',
    level,
    hs,
    excludeHs,
    classification: v.classification,
    def: v.def,
    currency: v.currency,
    top,
    lang: v.lang as 'en' | 'ko' | 'zh' | undefined,
  });
  if (v.json) {
    out(JSON.stringify(b));
    return 0;
  }
  const prose = proseLang(v.lang);
  if (b.items.length === 0 && !b.unallocated) {
    const period = v.to && !v.period ? say(prose, 'breakdown.span', { from, to: v.to }) : from;
    out(b.notCovered ?? b.note ?? say(prose, 'breakdown.nothing', { period }));
    return 0;
  }
  // One name per item, from its own classification's nomenclature: never another name appended to it. Where
  // none names the code, a wider code's name says whose it is, beside what the file said.
  const named = (i: (typeof b.items)[number]) =>
    !i.partOf
      ? i.description
      : say(prose, i.source ? 'names.partOfSource' : 'names.partOf', {
          name: i.description,
          code: i.partOf,
          source: i.source ?? '',
        });
  const rows = b.items.map((i) => [i.key, num(i.value), pct(i.share), named(i)]);
  if (b.other.count)
    rows.push([say(prose, 'cli.topOther', { count: b.other.count }), num(b.other.value), pct(b.other.share), '']);
  if (b.unallocated)
    rows.push([
      say(prose, 'cli.topUnallocated'),
      num(b.unallocated.value),
      pct(b.unallocated.share),
      b.unallocated.note,
    ]);
  rows.push([say(prose, 'cli.topTotal'), b.total === null ? say(prose, 'cli.notCovered') : num(b.total), '', '']);
  const w = [0, 1, 2].map((c) => Math.max(...rows.map((r) => cellWidth(r[c]!)), 5));
  const notes = [...(b.notCovered ? [b.notCovered] : []), ...(b.note ? [b.note] : []), ...b.footnotes];
  // Every figure names where it was read, as a series and a brief do.
  const source = b.files.length ? say(prose, 'cli.topSource', { files: b.files.join(', '), source: b.source }) : null;
  out(
    [
      say(prose, 'cli.topHead', { currency: b.currency ?? '-', classification: b.classification ?? 'none' }),
      ...rows.map((r) =>
        `${padEnd(r[0]!, w[0]!)}  ${padStart(r[1]!, w[1]!)}  ${padStart(r[2]!, w[2]!)}  ${r[3]}`.trimEnd(),
      ),
      ...(notes.length ? ['', ...notes.map((n) => `* ${n}`)] : []),
      ...(source ? ['', source] : []),
    ].join('\n'),
  );
  return 0;
}
