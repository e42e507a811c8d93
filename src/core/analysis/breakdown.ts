import type { z } from 'zod';
import type { Breakdown, BreakdownQuery } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import { milliToNumber } from '../../shared/money';
import { frequencyOf } from '../../shared/period';
import type { BreakdownRepo } from '../db/breakdown-repo';
import type { DefinitionsRepo } from '../db/definitions-repo';
import { figureQuery } from './figure-query';
import { storedFlows } from './perspective';
import { areaName, type NameLang } from '../reference/areas';
import { provinceName, regimeName } from '../reference/gacc-dimensions';

/** A partner's, trade mode's or province's name, from the reference lists; '' where none names the value. */
function dimensionName(by: 'partner' | 'regime' | 'province', key: string, lang: NameLang): { text: string; en: string } {
  const name = by === 'partner' ? areaName : by === 'regime' ? regimeName : provinceName;
  return { text: (key && name(key, lang)) || '', en: (key && name(key, 'en')) || '' };
}

export type BreakdownQueryParsed = z.output<typeof BreakdownQuery>;

/** Top N by commodity (at HS2/4/6/8), partner, regime or province, with shares and the rest as "other". */
export function buildBreakdown(repo: BreakdownRepo, defs: DefinitionsRepo, input: BreakdownQueryParsed): Breakdown {
  const def = input.def ? defs.get(input.def) : null;
  const q = def
    ? { ...input, reporter: input.reporter ?? def.reporter ?? undefined, partner: input.partner ?? def.partner ?? undefined, flow: def.flow, subject: def.subject, hs: [...def.hs, ...input.hs], excludeHs: [...def.excludeHs, ...input.excludeHs] }
    : input;
  const to = q.to ?? q.from;
  const freq = frequencyOf(q.from);
  if (frequencyOf(to) !== freq) throw new AppError('bad_input', 'from and to must both be months (YYYY-MM) or both years (YYYY).');
  const flows = storedFlows(q.flow, q.subject);
  const filter = { reporter: q.reporter, partner: q.partner, flows, freq, from: q.from, to, hs: q.hs, excludeHs: q.excludeHs };
  const sums = repo.sums(filter, q.by, q.level);
  const currencies = [...new Set(sums.map((s) => s.currency))].sort();
  if (currencies.length > 1) throw new AppError('mixed_currencies', `This breakdown mixes currencies (${currencies.join(', ')}). Narrow it to one reporter.`);
  const totalMilli = sums.reduce((a, s) => a + s.milli, 0);
  const share = (m: number) => (totalMilli === 0 ? null : m / totalMilli);
  const period = q.from === to ? q.from : `${q.from}..${to}`;
  const seriesInput = { reporter: q.reporter, partner: q.partner, flow: q.flow, subject: q.subject, hs: q.hs, excludeHs: q.excludeHs, from: q.from, to, frequency: freq };
  const items = sums.slice(0, q.top).map((s) => {
    const d = q.by === 'code' ? repo.describe(filter, s.key, { classification: q.classification, lang: q.lang }) : dimensionName(q.by, s.key, q.lang);
    const rows = { reporter: q.reporter, partner: q.by === 'partner' ? s.key : q.partner, flows, code: q.by === 'code' ? s.key : undefined };
    return {
      key: s.key,
      description: d.text || d.en,
      descriptionEn: d.en,
      value: milliToNumber(s.milli),
      share: share(s.milli),
      query: figureQuery(q.by === 'code' ? { ...seriesInput, hs: [s.key] } : seriesInput, period, rows),
    };
  });
  const rest = sums.slice(q.top);
  const otherMilli = rest.reduce((a, s) => a + s.milli, 0);
  return { currency: currencies[0] ?? null, total: milliToNumber(totalMilli), items, other: { count: rest.length, value: milliToNumber(otherMilli), share: share(otherMilli) } };
}
