import type { z } from 'zod';
import type { AnalysisSeries, Brief, BriefQuery } from '../../shared/analysis-types';
import { shiftMonth, yearOf } from '../../shared/period';
import type { BreakdownRepo } from '../db/breakdown-repo';
import { buildBreakdown } from './breakdown';
import { briefText, footnote, type BriefParts } from './brief-text';
import { shortCommodityName } from '../reference/commodity-names';
import { figureQuery } from './figure-query';
import { seriesLabel, sourceLabel, storedFlows } from './perspective';
import { findRecord } from './records';
import { applyDefinition, buildSeries, type SeriesDeps, type SeriesQueryParsed } from './series';

export type BriefQueryParsed = z.output<typeof BriefQuery>;

/**
 * A news-style brief for one month: the headline figure under its definition, what was excluded,
 * the top items, the year to date, the counter-flow, total trade and its record. Every figure is
 * computed by the same series and breakdown code the app uses, and carries the query behind it.
 */
export function buildBrief(deps: SeriesDeps & { breakdown: BreakdownRepo }, q: BriefQueryParsed): Brief {
  const base: SeriesQueryParsed = {
    reporter: q.reporter, partner: q.partner, flow: q.flow, subject: q.subject, hs: [], excludeHs: q.excludeHs, def: q.def,
    from: `${Number(yearOf(q.period)) - 1}-01`, to: q.period, frequency: 'month', rates: [], currency: undefined,
  };
  const def = q.def ? deps.defs.get(q.def) : null;
  const head = applyDefinition(base, def);
  const rows = (flow: 'import' | 'export' | 'total', subject = head.subject) => ({ reporter: head.reporter, partner: head.partner, flows: storedFlows(flow, subject) });
  const at = (s: AnalysisSeries) => s.points.find((p) => p.period === q.period) ?? null;

  const headline = buildSeries(deps, { ...head, def: undefined });
  const point = at(headline);
  const headQuery = figureQuery({ ...head, def: q.def }, q.period, rows(head.flow));

  // Running text names a code by its short name ("electricity"), from HS, the classification --exclude-hs reads.
  const named = { reporter: head.reporter };
  const excluded = head.excludeHs.map((code) => {
    const s = buildSeries(deps, { ...head, def: undefined, hs: [code], excludeHs: [], from: q.period });
    return { code, description: deps.breakdown.nameOf('HS', code, 'en', named) ?? code, value: at(s)?.value ?? 0, query: figureQuery({ ...head, def: undefined, hs: [code], excludeHs: [] }, q.period, { ...rows(head.flow), code }) };
  });

  const top = buildBreakdown(deps.breakdown, deps.defs, { reporter: head.reporter, partner: head.partner, flow: head.flow, subject: head.subject, from: q.period, by: 'code', level: 8, hs: head.hs, excludeHs: head.excludeHs, top: q.items, lang: q.lang });
  const items = top.items.map((i) => ({ code: i.key, description: i.descriptionEn || i.description, value: i.value, share: point?.value ? i.value / point.value : i.share, query: i.query }));

  // Counter-flow and total trade are all goods, stated as such: a definition narrows only the headline.
  const counterFlow = head.flow === 'export' ? 'import' : 'export';
  const allGoods = { ...head, def: undefined, hs: [], excludeHs: [] };
  const counter = buildSeries(deps, { ...allGoods, flow: counterFlow, from: shiftMonth(q.period, -1) });
  const counterPoint = at(counter);
  const total = buildSeries(deps, { ...allGoods, flow: 'total', from: undefined });
  const totalPoint = at(total);
  const record = totalPoint ? findRecord(total, q.period, 'auto', q.lang) : null;

  const parts: BriefParts = {
    lang: q.lang, period: q.period, currency: headline.currency,
    label: seriesLabel(head.reporter, head.partner, head.flow, head.subject, q.lang),
    source: sourceLabel(head.reporter, q.lang),
    value: point?.value ?? null,
    excluded: excluded.map((e) => ({ ...e, description: (q.lang === 'ko' && shortCommodityName('HS', e.code, 'ko')) || e.description })),
    items: items.map((i, n) => ({ ...i, description: (q.lang === 'ko' && (shortCommodityName('HS', i.code, 'ko') ?? top.items[n]!.description)) || i.description })), ytd: point?.ytd ?? null, ytdYoy: point?.ytdYoy ?? null,
    counterLabel: seriesLabel(head.reporter, head.partner, counterFlow, head.subject, q.lang),
    counter: counterPoint ? { value: counterPoint.value, mom: counterPoint.mom } : null,
    total: totalPoint ? { value: totalPoint.value, mom: totalPoint.mom } : null,
    record: record?.text ?? null,
  };
  const totalQuery = figureQuery({ ...allGoods, flow: 'total' }, q.period, rows('total'));
  return {
    text: briefText(parts),
    currency: headline.currency,
    footnotes: [
      ...excluded.map((e) => footnote(e.code, e.description, e.value, headline.currency, q.period)),
      ...(def?.note ? [def.note] : []),
      'Counter-flow and total trade are all goods.',
    ],
    figures: {
      value: point?.value ?? null,
      label: `${parts.label}, ${parts.source}`,
      definition: def ? `${def.name}${def.label ? `: ${def.label}` : ''}` : head.excludeHs.length ? `All goods excluding HS ${head.excludeHs.join(', ')}` : 'All goods',
      query: headQuery,
      excluded,
      items,
      ytd: point?.ytd ?? null,
      ytdYoy: point?.ytdYoy ?? null,
      ytdQuery: { ...headQuery, series: { ...headQuery.series, from: `${yearOf(q.period)}-01` } },
      counterFlow: { value: counterPoint?.value ?? null, mom: counterPoint?.mom ?? null, label: parts.counterLabel, query: figureQuery({ ...allGoods, flow: counterFlow }, q.period, rows(counterFlow)) },
      total: { value: totalPoint?.value ?? null, mom: totalPoint?.mom ?? null, label: seriesLabel(head.reporter, head.partner, 'total', head.subject, q.lang), query: totalQuery },
      record: record && record.since ? { kind: record.kind, since: record.since, sinceStart: record.sinceStart, query: { ...totalQuery, series: { ...totalQuery.series, to: q.period } } } : null,
    },
  };
}
