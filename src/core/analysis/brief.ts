import type { z } from 'zod';
import type { AnalysisSeries, Brief, BriefQuery, FigureQuery } from '../../shared/analysis-types';
import { frequencyOf, periodLabel, yearOf } from '../../shared/period';
import { buildBreakdown, type BreakdownDeps } from './breakdown';
import { briefText, footnote, type BriefParts } from './brief-text';
import { shortCommodityName } from '../reference/commodity-names';
import { figureQuery } from './figure-query';
import { seriesLabel, storedFlows } from './perspective';
import { citedSource } from './figure-source';
import { koPeriod } from './records';
import { familyOf } from '../../shared/classification';
import { say } from '../messages';
import { normalizeSelection } from './code-tree';
import { createCoverage } from './coverage';
import { otherFlows } from './brief-flows';
import { applyDefinition, editedNote, type SeriesDeps, type SeriesQueryParsed } from './series';
import { isWhole, seriesOfFrequency } from './annual';
import { alsoHeldNote } from './currency-choice';
import { money } from './format';

export type BriefQueryParsed = z.output<typeof BriefQuery>;

/**
 * A news-style brief for one month (or one year, of a year's figures: a Comtrade annual download, or twelve
 * months summed; a year short of months is not the year's figure, and is said to be not covered): the headline figure under its definition, what was excluded,
 * the top items, the year to date (all goods, as articles state it, with the definition's own beside
 * it), the counter-flow, total trade and its record. Every figure is computed by the same series and
 * breakdown code the app uses and carries the query behind it. A headline no file covers is said to be
 * not covered, with the reason, rather than written as zero; the figures files do cover (the counter-flow,
 * total trade) are still given, and only a month with none of them has no brief.
 */
export function buildBrief(deps: BreakdownDeps & SeriesDeps, q: BriefQueryParsed): Brief {
  const brief = buildOneBrief(deps, q);
  return brief.notCovered && q.conventional && !q.def ? (withUnlisted(deps, q) ?? brief) : brief;
}

/**
 * A conventional exclusion the month's files cannot apply (its code is not listed separately, as in a
 * news report's totals): the brief of the same month with those codes included, footnoted, where that
 * one is covered; where it is not either, its own reason (without the exclusion, why there is no figure).
 */
function withUnlisted(deps: BreakdownDeps & SeriesDeps, q: BriefQueryParsed): Brief | null {
  const listed = (code: string) =>
    seriesOfFrequency(deps, {
      ...periodSeries(q),
      hs: [code],
      excludeHs: [],
      def: undefined,
      from: q.period,
    }).points.some((p) => p.period === q.period && isWhole(p));
  const unlisted = q.excludeHs.filter((code) => !listed(code));
  if (unlisted.length === 0) return null;
  const b = buildOneBrief(deps, { ...q, excludeHs: q.excludeHs.filter((c) => !unlisted.includes(c)) });
  // Not covered even with the codes included: that reason is the more basic one (a year of five months).
  if (b.notCovered) return b;
  const note = say(q.lang, 'brief.unexcluded', {
    codes: unlisted.map((c) => `HS ${c}`).join(', '),
    count: unlisted.length,
    when: q.lang === 'ko' ? koPeriod(q.period) : periodLabel(q.period),
  });
  return { ...b, footnotes: [note, ...b.footnotes], unexcluded: unlisted };
}

/** The brief's monthly (or annual) series up to its period: its pair, flow, side, exclusions and definition. */
/** A brief's series: of imports, exports or total, as a brief and a definition read them (never a re-export). */
type BriefSeries = SeriesQueryParsed & { flow: 'import' | 'export' | 'total' };

function periodSeries(q: BriefQueryParsed): BriefSeries {
  return {
    reporter: q.reporter,
    partner: q.partner,
    flow: q.flow,
    subject: q.subject,
    hs: [],
    excludeHs: q.excludeHs,
    def: q.def,
    from: undefined,
    to: q.period,
    frequency: frequencyOf(q.period),
    rates: [],
    currency: q.currency,
    classification: undefined,
    lang: q.lang,
  };
}

function buildOneBrief(deps: BreakdownDeps & SeriesDeps, q: BriefQueryParsed): Brief {
  const yearly = frequencyOf(q.period) === 'year';
  const yearBefore = String(Number(yearOf(q.period)) - 1);
  const base: BriefSeries = { ...periodSeries(q), from: yearly ? yearBefore : `${yearBefore}-01` };
  const def = q.def ? deps.defs.get(q.def) : null;
  const asked = applyDefinition(base, def);
  // Every figure of the brief in the headline's currency, where the pair's files hold more than one.
  const headline = seriesOfFrequency(deps, { ...asked, def: undefined });
  const head = { ...asked, currency: asked.currency ?? headline.currency ?? undefined };
  const rows = (flow: 'import' | 'export' | 'total', subject = head.subject) => ({
    reporter: head.reporter,
    partner: head.partner,
    flows: storedFlows(flow, subject),
  });
  // A year short of months is not the year's figure: `short` says why.
  const at = (s: AnalysisSeries) => s.points.find((p) => p.period === q.period && isWhole(p)) ?? null;
  const why = (s: AnalysisSeries) => s.missing.find((m) => m.period === q.period)?.reason ?? null;
  // A year summed from fewer than its 12 months: why it is not the year's figure, in the brief's language.
  const short = (s: AnalysisSeries) => s.points.find((p) => p.period === q.period && !isWhole(p))?.incomplete ?? null;
  const ko = q.lang === 'ko';

  const point = at(headline);
  const headQuery = figureQuery({ ...head, def: q.def }, q.period, { ...rows(head.flow), madeOf: point?.madeOf });
  const label = seriesLabel(head.reporter, head.partner, head.flow, head.subject, q.lang);
  const definition = def
    ? `${def.name}${def.label ? `: ${def.label}` : ''}`
    : head.excludeHs.length
      ? `All goods excluding HS ${head.excludeHs.join(', ')}`
      : head.hs.length
        ? `HS ${head.hs.join(', ')}`
        : 'All goods';

  const allGoodsHead = { ...head, def: undefined, hs: [], excludeHs: [] };
  const others = otherFlows(deps, q, head, rows);
  // Named from the files every figure stated was read from: a Comtrade download is not China's customs.
  const source = citedSource(deps.scopes, q.period, q.lang, {
    reporter: head.reporter,
    partner: head.partner,
    family: head.classification ? familyOf(head.classification) : (headline.classification ?? 'HS'),
    currency: headline.currency ?? others.currency ?? undefined,
    stated: [
      ...(point ? [{ selection: normalizeSelection(head.hs, head.excludeHs), flows: rows(head.flow).flows }] : []),
      ...(others.counter ? [{ flows: rows(others.counterFlow).flows }] : []),
      ...(others.total ? [{ flows: rows('total').flows }] : []),
    ],
  });

  if (!point) {
    const reason =
      short(headline) ??
      (ko
        ? koreanReason(deps, head, q.period, why(headline), asked.currency)
        : (why(headline) ?? `No file held covers ${label} in ${q.period}.`));
    // The figures files do cover (the counter-flow, total trade where only a definition failed) are still given.
    const parts: BriefParts = {
      ...emptyParts(q, headline.currency ?? others.currency, label, source, head.flow),
      notCovered: reason,
      counterLabel: others.counterLabel,
      counter: others.counter,
      total: others.total,
      record: others.record,
    };
    const written = briefText(parts);
    return {
      text: written.text,
      currency: headline.currency ?? others.currency,
      otherCurrencies: headline.otherCurrencies,
      footnotes: others.counter || others.total ? [others.allGoodsNote] : [],
      links: written.links.map((l) => ({
        text: l.text,
        ...(others.queryOf(l.key) ?? { label: `${label}, ${source}`, query: headQuery }),
      })),
      notCovered: reason,
      unexcluded: [],
      figures: {
        value: null,
        mom: null,
        label: `${label}, ${source}`,
        definition,
        query: headQuery,
        excluded: [],
        items: [],
        ytd: null,
        ytdYoy: null,
        ytdDefinition: null,
        ytdDefinitionYoy: null,
        ytdQuery: headQuery,
        ytdDefinitionQuery: headQuery,
        counterFlow: others.figures.counterFlow,
        total: others.figures.total,
        record: others.figures.record,
      },
    };
  }

  // Running text names a code by its short name ("electricity"), from the classification its codes are read in.
  const named = { reporter: head.reporter };
  const family = head.classification ? familyOf(head.classification) : 'HS';
  const described = (code: string) =>
    (ko && deps.breakdown.nameOf(family, code, 'ko', named)) ||
    deps.breakdown.nameOf(family, code, 'en', named) ||
    code;
  // Each code left out once, at its widest: HS 27 holds HS 2716, and "$1.12 million of electricity (HS 2716) and
  // $1.12 million of mineral fuels (HS 27)" said the same trade twice.
  const excluded = normalizeSelection(head.hs, head.excludeHs).exclude.map((code) => {
    const s = seriesOfFrequency(deps, { ...head, def: undefined, hs: [code], excludeHs: [], from: q.period });
    return {
      code,
      // The figure's label (a link's tooltip, the grid's chip) in the brief's language, as its text names it.
      description: ko ? described(code) : (deps.breakdown.nameOf(family, code, 'en', named) ?? code),
      value: at(s)?.value ?? null,
      query: figureQuery({ ...head, def: undefined, hs: [code], excludeHs: [] }, q.period, {
        ...rows(head.flow),
        code,
      }),
    };
  });

  const top = buildBreakdown(deps, {
    reporter: head.reporter,
    partner: head.partner,
    flow: head.flow,
    subject: head.subject,
    from: q.period,
    by: 'code',
    level: 8,
    hs: head.hs,
    excludeHs: head.excludeHs,
    classification: head.classification,
    top: q.items,
    currency: head.currency,
    lang: q.lang,
  });
  // A wider code's name (HS 120190's, for China's 12019019) says whose it is, in the figures' labels too.
  // An item of no value is no news ("followed by fish at $0"): a Comtrade 0.0 may even mean no data.
  // Nor is the headline's own one code an item of itself ("By item, electricity … at" the headline's figure).
  const listed = top.items.filter((i) => i.value !== 0 && !(head.hs.length === 1 && i.key === head.hs[0]));
  const items = listed.map((i) => ({
    code: i.key,
    description: i.descriptionEn || i.description,
    partOf: i.descriptionEn ? i.partOfEn : i.partOf,
    value: i.value,
    share: point.value ? i.value / point.value : i.share,
    query: i.query,
  }));

  // The year to date as articles state it: all goods. The definition's own, where it narrows the goods, beside it.
  const narrows = head.hs.length > 0 || head.excludeHs.length > 0;
  const ytdPoint = narrows ? at(seriesOfFrequency(deps, allGoodsHead)) : point;
  const basis = head.excludeHs.length
    ? ko
      ? `${excluded.map((e) => described(e.code)).join('·')} 제외`
      : `excluding ${excluded.map((e) => e.description).join(' and ')}`
    : ko
      ? `HS ${head.hs.join(', ')} 기준`
      : `in HS ${head.hs.join(', ')}`;

  const parts: BriefParts = {
    ...emptyParts(q, headline.currency, label, source, head.flow),
    value: point.value,
    // A year's change is on the year before; a month's on the month before.
    mom: yearly ? point.yoy : point.mom,
    excluded,
    // In Korean: the short Korean name, else the nomenclature's name in Korean where it has one.
    items: items.map((i, k) => {
      const short = ko ? shortCommodityName(family, i.code, 'ko') : null;
      const own = ko && !short ? listed[k]! : null;
      // No Korean name of its own (China's 33049900, named only in English): the heading above it that has one,
      // said to be that heading's ("HS 33049900(HS 3304 화장품의 일부)"), not English with "이(가)" in Korean.
      const above = own && !own.partOf && !HANGUL.test(own.description) ? koreanAbove(family, i.code) : null;
      if (above) return { ...i, description: above.name, partOf: above.code };
      return {
        ...i,
        description: short || own?.description || i.description,
        partOf: short ? null : own?.description ? own.partOf : i.partOf,
      };
    }),
    // A year is its own year to date.
    ytd: yearly ? null : (ytdPoint?.ytd ?? null),
    ytdYoy: yearly ? null : (ytdPoint?.ytdYoy ?? null),
    ytdDefinition: !yearly && narrows && point.ytd !== null ? { value: point.ytd, yoy: point.ytdYoy, basis } : null,
    counterLabel: others.counterLabel,
    counter: others.counter,
    total: others.total,
    record: others.record,
  };
  const yearStart = yearly ? q.period : `${yearOf(q.period)}-01`;
  const ytdQuery = {
    ...figureQuery(allGoodsHead, q.period, { ...rows(head.flow), madeOf: point?.madeOf }),
    series: { ...figureQuery(allGoodsHead, q.period, rows(head.flow)).series, from: yearStart },
  };
  const ytdDefinitionQuery = { ...headQuery, series: { ...headQuery.series, from: yearStart } };
  const labelled = items.map(({ partOf, ...i }) => ({
    ...i,
    description: partOf ? say('en', 'names.partOf', { name: i.description, code: partOf }) : i.description,
  }));
  const figures = {
    value: point.value,
    mom: parts.mom ?? null,
    label: `${label}, ${source}`,
    definition,
    query: headQuery,
    excluded,
    items: labelled,
    ytd: parts.ytd,
    ytdYoy: parts.ytdYoy,
    ytdDefinition: narrows ? (parts.ytdDefinition?.value ?? null) : parts.ytd,
    ytdDefinitionYoy: narrows ? (parts.ytdDefinition?.yoy ?? null) : parts.ytdYoy,
    ytdQuery,
    ytdDefinitionQuery,
    ...others.figures,
  };
  const written = briefText(parts);
  const queryOf = (key: string): { label: string; query: FigureQuery } => {
    const [kind, n] = key.split(':');
    if (kind === 'excluded')
      return {
        label: `Excluded: ${excluded[Number(n)]!.code} ${excluded[Number(n)]!.description}`,
        query: excluded[Number(n)]!.query,
      };
    if (kind === 'item')
      return {
        label: `${labelled[Number(n)]!.code} ${labelled[Number(n)]!.description}`,
        query: labelled[Number(n)]!.query,
      };
    if (kind === 'ytd' || kind === 'ytdYoy')
      return {
        label: kind === 'ytd' ? 'Year to date, all goods' : 'Year to date, all goods, change on a year earlier',
        query: ytdQuery,
      };
    if (kind === 'ytdDefinition' || kind === 'ytdDefinitionYoy')
      return { label: `Year to date, ${definition}`, query: ytdDefinitionQuery };
    if (kind === 'valueMom')
      return { label: `${figures.label}, change on a ${yearly ? 'year' : 'month'} earlier`, query: headQuery };
    return others.queryOf(key) ?? { label: figures.label, query: headQuery };
  };
  // In the headline's currency, as the text states it ("$6.2 million", "620만 달러"), not a bare 6,200,000.
  const amount = (v: number) => money(v, headline.currency, q.lang);
  const notes = {
    // Only beside a year to date the text states: one not covered left the note explaining nothing.
    ytd:
      narrows && parts.ytd !== null
        ? ko
          ? '누적 금액은 기사와 같이 전 품목 기준이며, 괄호 안은 정의 기준입니다.'
          : 'The year to date is all goods, as articles state it; the figure in brackets is on the definition’s basis.'
        : null,
    // Only where items are listed: a headline of one code has none, and all of it read as "in no item listed".
    unallocated:
      !top.unallocated || listed.length === 0
        ? null
        : top.unallocated.value < 0
          ? ko
            ? `나열된 품목의 합이 보고된 합계보다 ${amount(-top.unallocated.value)} 많습니다. 합계를 그대로 씁니다.`
            : `The items listed add up to ${amount(-top.unallocated.value)} more than the reported total, which stands.`
          : ko
            ? `이 중 품목별로 나뉘지 않은 금액은 ${amount(top.unallocated.value)}입니다.`
            : `Of the headline, ${amount(top.unallocated.value)} is in the reported total but in no item listed.`,
  };
  return {
    text: written.text,
    currency: headline.currency,
    otherCurrencies: headline.otherCurrencies,
    links: written.links.map((l) => ({ text: l.text, ...queryOf(l.key) })),
    notCovered: null,
    unexcluded: [],
    footnotes: [
      ...excluded.map((e) => footnote(e.code, e.description, e.value, headline.currency, q.period, q.lang)),
      ...(def?.note ? [def.note] : []),
      ...alsoHeldNote(q.lang, headline.currency, headline.otherCurrencies),
      ...(notes.ytd ? [notes.ytd] : []),
      ...(notes.unallocated ? [notes.unallocated] : []),
      others.allGoodsNote,
      // Every figure of the brief is inside the year to date of both flows, all goods.
      ...editedNote(
        deps.edited?.inSeries({
          reporter: head.reporter,
          partner: head.partner,
          flows: ['import', 'export'],
          hs: [],
          excludeHs: [],
          from: yearStart,
          to: q.period,
          freq: yearly ? 'year' : 'month',
        }) ?? 0,
      ),
    ],
    figures,
  };
}

/**
 * Why the headline is not covered, in Korean: the coverage rules' own reason for the first flow no
 * file covers, else the series' own (asked in Korean: a code not listed separately), else that no
 * figure is held.
 */
function koreanReason(
  deps: SeriesDeps,
  head: SeriesQueryParsed,
  period: string,
  said: string | null,
  currency?: string,
): string {
  const flows = storedFlows(head.flow, head.subject);
  const family = head.classification ? familyOf(head.classification) : 'HS';
  const coverage = createCoverage(
    deps.scopes,
    deps.scopes.rows({ reporter: head.reporter, flows, freq: frequencyOf(period), from: period, to: period }),
  );
  const need = {
    reporter: head.reporter,
    partner: head.partner,
    family,
    selection: normalizeSelection(head.hs, head.excludeHs),
    // Asked in a currency, as the English reason is (series-values.ts): of the files holding it.
    currency,
  };
  for (const f of flows) {
    const c = coverage.covers(need, f, period, 'ko');
    if (!c.ok) return c.reason;
  }
  return said ?? say('ko', 'brief.noFigure');
}

function emptyParts(
  q: BriefQueryParsed,
  currency: string | null,
  label: string,
  source: string,
  flow: BriefParts['flow'],
): BriefParts {
  return {
    lang: q.lang,
    period: q.period,
    flow,
    currency,
    label,
    source,
    value: null,
    mom: null,
    notCovered: null,
    excluded: [],
    items: [],
    ytd: null,
    ytdYoy: null,
    ytdDefinition: null,
    counterLabel: '',
    counter: null,
    total: null,
    record: null,
  };
}

const HANGUL = /\p{Script=Hangul}/u;

/** The nearest code above `code` with a short Korean name (HS 3304 화장품 for 33049900); null where none. */
function koreanAbove(family: string, code: string): { code: string; name: string } | null {
  for (let c = code.slice(0, -2); c.length >= 2; c = c.slice(0, -2)) {
    const name = shortCommodityName(family, c, 'ko');
    if (name) return { code: c, name };
  }
  return null;
}
