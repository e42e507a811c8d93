import { frequencyOf } from '../shared/period';
import { flowOf, list, READ_FLOWS } from './args';
import type { Ctx } from './context';
import { requireHeld } from './held';
import { seriesJson, seriesTable } from './print';

/**
 * `tidemark series`. Years in --from/--to mean an annual series (--from 2010 --to 2010 is the
 * year 2010); --annual asks for one whatever the bounds. The core checks the span and says why a
 * series is empty.
 */
export async function seriesCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  const flow = flowOf(v, READ_FLOWS, 'total') as 'import' | 'export' | 'total' | 're-export' | 're-import';
  const hs = list(v.hs);
  const excludeHs = list(v['exclude-hs']);
  const bounds = [v.from, v.to].filter((p): p is string => p !== undefined);
  const annual = v.annual === true || (bounds.length > 0 && bounds.every((p) => frequencyOf(p) === 'year'));
  await requireHeld(call, {
    reporter: v.reporter,
    partner: v.partner,
    codes: [...hs, ...excludeHs],
    classification: v.classification,
    lang: v.lang,
  });
  const series = await call('series', {
    reporter: v.reporter,
    partner: v.partner,
    flow,
    hs,
    excludeHs,
    classification: v.classification,
    from: v.from,
    to: v.to,
    frequency: annual ? 'year' : 'month',
    subject: (v.subject ?? 'reporter') as 'reporter' | 'partner',
    def: v.def,
    currency: v.currency,
    lang: (v.lang ?? 'en') as 'en' | 'ko',
  });
  out(v.json ? seriesJson(series) : seriesTable(series, v.lang === 'ko' ? 'ko' : 'en'));
  return 0;
}
