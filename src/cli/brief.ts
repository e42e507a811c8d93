import type { Api, Method } from '../shared/contract';
import { areaFlag, list, UsageError, type Parsed } from './args';

export type Call = <M extends Method>(m: M, input: Parameters<Api[M]>[0]) => Promise<Awaited<ReturnType<Api[M]>>>;
type Subject = 'reporter' | 'partner';

/** --subject partner tells the story from the partner's side (mirror); anything else is a usage error. */
export function subjectOf(v: Parsed['values']): Subject {
  if (v.subject === undefined) return 'reporter';
  if (v.subject !== 'reporter' && v.subject !== 'partner') throw new UsageError('--subject is reporter or partner.');
  return v.subject;
}

/** `tidemark brief`: the news-style brief, its footnotes, or the stable JSON with every figure's query. */
export async function briefCommand(args: Parsed, call: Call, out: (s: string) => void): Promise<number> {
  const v = args.values;
  if (!v.reporter || !v.partner || !v.period) throw new UsageError('brief needs --reporter, --partner and --period (for example --reporter CHN --partner PRK --period 2020-11).');
  if (v.lang !== undefined && v.lang !== 'en' && v.lang !== 'ko') throw new UsageError('--lang is en or ko.');
  if (v.flow !== undefined && v.flow !== 'import' && v.flow !== 'export') throw new UsageError('brief --flow is import or export (the subject\'s headline flow).');
  const b = await call('brief', {
    reporter: areaFlag(v.reporter, 'reporter')!,
    partner: areaFlag(v.partner, 'partner')!,
    period: v.period,
    subject: subjectOf(v),
    excludeHs: list(v['exclude-hs']),
    def: v.def,
    lang: (v.lang ?? 'en') as 'en' | 'ko',
    ...(v.flow ? { flow: v.flow as 'import' | 'export' } : {}),
  });
  out(v.json ? JSON.stringify(b) : [b.text, '', ...b.footnotes.map((f) => `* ${f}`)].join('\n'));
  return 0;
}
