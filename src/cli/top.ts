import { areaFlag, list, UsageError, type Parsed } from './args';
import { subjectOf, type Call } from './brief';

const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 3 });
const pct = (x: number | null) => (x === null ? '' : `${(x * 100).toFixed(1)}%`);

/** `tidemark top`: the top N commodities (or partners, regimes, provinces) of a period, with shares and "other". */
export async function topCommand(args: Parsed, call: Call, out: (s: string) => void): Promise<number> {
  const v = args.values;
  const from = v.period ?? v.from;
  if (!from) throw new UsageError('top needs --period P (or --from P [--to P]).');
  const level = Number(v.level ?? 8);
  if (!Number.isInteger(level) || level < 1 || level > 10) throw new UsageError('--level is the code length to group by, 1 to 10 (HS 2, 4, 6, 8; SITC 1 to 5).');
  const by = v.by ?? 'code';
  if (!['code', 'partner', 'regime', 'province'].includes(by)) throw new UsageError('--by is code, partner, regime or province.');
  if (v.flow && !['import', 'export', 'total'].includes(v.flow)) throw new UsageError('--flow is import, export or total.');
  const top = Number(v.top ?? 20);
  if (v.lang !== undefined && !['en', 'ko', 'zh'].includes(v.lang)) throw new UsageError('--lang is en, ko or zh.');
  if (v.classification !== undefined && !/^[A-Za-z0-9]{1,8}$/.test(v.classification)) throw new UsageError('--classification is a classification such as HS, H6 or S4.');
  if (!Number.isInteger(top) || top < 1 || top > 500) throw new UsageError('--top is a whole number from 1 to 500.');
  const b = await call('breakdown', {
    reporter: areaFlag(v.reporter, 'reporter'),
    partner: areaFlag(v.partner, 'partner'),
    flow: (v.flow ?? 'import') as 'import' | 'export' | 'total',
    subject: subjectOf(v),
    from,
    to: v.period ? undefined : v.to,
    by: by as 'code' | 'partner' | 'regime' | 'province',
    level,
    hs: list(v.hs),
    excludeHs: list(v['exclude-hs']),
    def: v.def,
    top,
    classification: v.classification?.toUpperCase(),
    lang: v.lang as 'en' | 'ko' | 'zh' | undefined,
  });
  if (v.json) {
    out(JSON.stringify(b));
    return 0;
  }
  // One name per item, from its own classification's nomenclature: never another name appended to it.
  const rows = b.items.map((i) => [i.key, num(i.value), pct(i.share), i.description]);
  if (b.other.count) rows.push([`other (${b.other.count})`, num(b.other.value), pct(b.other.share), '']);
  if (b.unallocated) rows.push(['unallocated', num(b.unallocated.value), pct(b.unallocated.share), b.unallocated.note]);
  rows.push(['total', b.total === null ? 'not covered' : num(b.total), '', '']);
  const w = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), 5));
  const notes = [...(b.notCovered ? [b.notCovered] : []), ...b.footnotes];
  out([`Currency: ${b.currency ?? '-'}${b.classification ? `   Classification: ${b.classification}` : ''}`, ...rows.map((r) => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padStart(w[2]!)}  ${r[3]}`), ...notes.map((n) => `* ${n}`)].join('\n'));
  return 0;
}
