import type { AnalysisSeries, Brief, FigureQuery } from '../../shared/analysis-types';
import { frequencyOf, shiftPeriod } from '../../shared/period';
import type { BriefParts } from './brief-text';
import { figureQuery } from './figure-query';
import { seriesLabel } from './perspective';
import { findRecord } from './records';
import { type SeriesDeps, type SeriesQueryParsed } from './series';
import { isWhole, seriesOfFrequency } from './annual';

type Rows = (flow: 'import' | 'export' | 'total') => Parameters<typeof figureQuery>[2];

/**
 * The counter-flow and total trade of a brief's month, all goods, stated as such: a definition narrows
 * only the headline. Each is given where files cover it, whether or not the headline is covered.
 */
export function otherFlows(
  deps: SeriesDeps,
  q: { period: string; lang: 'en' | 'ko' },
  head: SeriesQueryParsed,
  rows: Rows,
) {
  const allGoodsHead = { ...head, def: undefined, hs: [], excludeHs: [] };
  // A year short of months is not the year's figure; a year's change is on the year before.
  const yearly = frequencyOf(q.period) === 'year';
  const at = (s: AnalysisSeries) => s.points.find((p) => p.period === q.period && isWhole(p)) ?? null;
  const change = (p: { mom: number | null; yoy: number | null } | null) => (p ? (yearly ? p.yoy : p.mom) : null);
  const counterFlow: 'import' | 'export' = head.flow === 'export' ? 'import' : 'export';
  const counter = seriesOfFrequency(deps, {
    ...allGoodsHead,
    flow: counterFlow,
    from: shiftPeriod(q.period, yearly ? -12 : -1),
  });
  const counterPoint = at(counter);
  // In the headline's currency; where the headline has none (not covered), in the counter-flow's, so the
  // brief states both in one currency and names it (a yuan figure read as "$700" before).
  const currency = head.currency ?? (counterPoint ? counter.currency : null) ?? undefined;
  const total = seriesOfFrequency(deps, { ...allGoodsHead, currency, flow: 'total', from: undefined });
  const totalPoint = at(total);
  // A record is among whole years only: a year of five months is no "lowest since".
  // A year left out for that is not held as a whole: "(1 year in between is missing)", never passed over unsaid.
  const short = total.points.filter((p) => !isWhole(p)).map((p) => ({ period: p.period, reason: p.incomplete ?? '' }));
  const whole = {
    ...total,
    points: total.points.filter(isWhole),
    missing: [...total.missing, ...short].sort((a, b) => (a.period < b.period ? -1 : 1)),
  };
  // And against something: the first figure held is no "lowest since" itself.
  const earlier = whole.points.some((p) => p.period < q.period && p.status !== 'combined');
  const record = totalPoint && earlier ? findRecord(whole, q.period, 'auto', q.lang) : null;
  const counterLabel = seriesLabel(head.reporter, head.partner, counterFlow, head.subject, q.lang);
  const totalLabel = seriesLabel(head.reporter, head.partner, 'total', head.subject, q.lang);
  const counterQuery = figureQuery({ ...allGoodsHead, flow: counterFlow }, q.period, {
    ...rows(counterFlow),
    madeOf: counterPoint?.madeOf,
  });
  const totalQuery = figureQuery({ ...allGoodsHead, flow: 'total' }, q.period, {
    ...rows('total'),
    madeOf: totalPoint?.madeOf,
  });
  const figures: Pick<Brief['figures'], 'counterFlow' | 'total' | 'record'> = {
    counterFlow: {
      value: counterPoint?.value ?? null,
      mom: change(counterPoint),
      label: counterLabel,
      query: counterQuery,
    },
    total: { value: totalPoint?.value ?? null, mom: change(totalPoint), label: totalLabel, query: totalQuery },
    record:
      record && record.since
        ? {
            kind: record.kind,
            since: record.since,
            sinceStart: record.sinceStart,
            query: { ...totalQuery, series: { ...totalQuery.series, to: q.period } },
          }
        : null,
  };
  const queryOf = (key: string): { label: string; query: FigureQuery } | null => {
    const kind = key.split(':')[0];
    if (kind === 'counter' || kind === 'counterMom') return { label: counterLabel, query: counterQuery };
    if (kind === 'total' || kind === 'totalMom') return { label: totalLabel, query: totalQuery };
    return null;
  };
  const parts: Pick<BriefParts, 'counterLabel' | 'counter' | 'total' | 'record'> = {
    counterLabel,
    counter: counterPoint ? { value: counterPoint.value, mom: change(counterPoint) } : null,
    total: totalPoint ? { value: totalPoint.value, mom: change(totalPoint) } : null,
    record: record?.text ?? null,
  };
  return {
    ...parts,
    counterFlow,
    /** The currency the counter-flow and total trade are stated in. */
    currency: currency ?? (totalPoint ? total.currency : null),
    figures,
    queryOf,
    allGoodsNote:
      q.lang === 'ko' ? '반대 방향 교역과 총교역은 전 품목 기준입니다.' : 'Counter-flow and total trade are all goods.',
  };
}
