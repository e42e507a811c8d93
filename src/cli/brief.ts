import { flowOf, list } from './args';
import type { Ctx } from './context';
import { requireHeld } from './held';

/** `tidemark brief`: the news-style brief, its footnotes, or the stable JSON with every figure's query. */
export async function briefCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  const flow = flowOf(v, ['import', 'export'], 'export') as 'import' | 'export';
  const excludeHs = list(v['exclude-hs']);
  await requireHeld(call, { reporter: v.reporter, partner: v.partner, codes: excludeHs });
  const b = await call('brief', {
    reporter: v.reporter!,
    partner: v.partner!,
    period: v.period!,
    subject: (v.subject ?? 'reporter') as 'reporter' | 'partner',
    excludeHs,
    def: v.def,
    lang: (v.lang ?? 'en') as 'en' | 'ko',
    flow,
  });
  out(v.json ? JSON.stringify(b) : [b.text, '', ...b.footnotes.map((f) => `* ${f}`)].join('\n'));
  return 0;
}
