import type { AnalysisSeries } from '../../shared/analysis-types';
import { familyOf, TOTAL_CODE } from '../../shared/classification';
import { yearOf } from '../../shared/period';
import { labelInText } from '../../shared/series-label';
import { listSome, say, type Lang } from '../messages';
import { partnerName } from './naming';
import { seriesLabel, storedFlows } from './perspective';
import { periodIn } from './records';
import { applyDefinition, buildSeries, type SeriesDeps, type SeriesQueryParsed } from './series';

/**
 * Why an empty series is empty: `reason` in words, and `annualYears` where a monthly series' files hold
 * annual figures instead (the years the reason names), so a view can open on the annual series unasked.
 */
export type EmptyWhy = { reason: string; annualYears?: string[] };

/**
 * Why a series has no points, so an empty result is never silent: only annual figures are held
 * (ask for an annual series), only totals are held (a commodity filter cannot apply), the data held
 * lie outside the span asked for, or no file covers the series at all. Each answer re-reads the
 * series with one condition relaxed; this runs only for an empty series.
 */
export function emptyReason(deps: SeriesDeps, q: SeriesQueryParsed, s: AnalysisSeries): EmptyWhy | undefined {
  if (s.points.length) return undefined;
  const lang = q.lang;
  const d = applyDefinition(q, q.def ? deps.defs.get(q.def) : null);
  // The reason names the series in its own language, in running text.
  const label = s.label
    ? labelInText(seriesLabel(d.reporter, d.partner, d.flow, d.subject, lang))
    : say(lang, 'empty.thisSeries');
  const span = spanText(lang, q.from, q.to);
  const annual =
    q.frequency === 'month'
      ? buildSeries(deps, { ...q, frequency: 'year', from: q.from && yearOf(q.from), to: q.to && yearOf(q.to) })
      : null;
  if (annual?.points.length) {
    const annualYears = annual.points.map((p) => p.period);
    return { reason: say(lang, 'empty.frequency', { label, span, years: annualYears.join(', ') }), annualYears };
  }
  // The codes are read in the classification asked for (HS by default): SITC 33 is not HS 33.
  const family = d.classification ? familyOf(d.classification) : 'HS';
  if ((d.hs.length || d.excludeHs.length) && !codesHeld(deps, d, family)) {
    const allGoods = buildSeries(deps, { ...d, def: undefined, hs: [], excludeHs: [] });
    // Other codes held for the pair: then not "only totals", but none of the codes asked for (a definition of
    // HS 2701 beside files listing electricity and soap), which no check of a definition's codes caught.
    const others = d.hs.length && d.partner ? codesListed(deps, d, family) : [];
    if (others.length)
      return {
        reason: say(lang, 'empty.codesNotHeld', {
          label,
          span,
          codes: `${family} ${d.hs.join(', ')}`,
          held: `${family} ${listSome(lang, others, 6)}`,
        }),
      };
    if (allGoods.points.length) {
      const filter = [
        ...(d.hs.length ? [say(lang, 'empty.onlyCodes', { family, codes: d.hs.join(', ') })] : []),
        ...(d.excludeHs.length ? [say(lang, 'empty.excludingCodes', { family, codes: d.excludeHs.join(', ') })] : []),
      ].join(', ');
      return { reason: say(lang, 'empty.totalsOnly', { label, span, filter }) };
    }
  }
  if (q.from || q.to) {
    const ever = buildSeries(deps, { ...q, from: undefined, to: undefined });
    const held = ever.points.map((p) => p.period);
    if (held.length)
      return { reason: say(lang, 'empty.outside', { label, first: held[0]!, last: held[held.length - 1]!, span }) };
    // No month is held at all, but years are, outside the span (a Comtrade download of 2010 beside GACC months of
    // 2024): "not covered in January 2026" on the dashboard hid that the pair's figures are there, by year.
    const years = annual && buildSeries(deps, { ...q, frequency: 'year', from: undefined, to: undefined });
    // Months where the partner is within the World total's unallocated rest say so, with the figure: "No monthly
    // figures are held … Ask for an annual series" hid the World's months, and asked for years holding none of them.
    // Of one flow only: a period's reason is its first flow's, and the imports' World rest says nothing of total
    // trade where no file covers the exports.
    const oneFlow = storedFlows(d.flow, d.subject).length === 1;
    const inRest = years?.points.length && oneFlow ? s.missing.filter((m) => withinWorldRest(lang, d.partner, m)) : [];
    if (inRest.length) return { reason: commonestReason(inRest, lang, new Set(inRest.map((m) => m.period)))! };
    if (years?.points.length) {
      const annualYears = years.points.map((p) => p.period);
      return { reason: say(lang, 'empty.frequency', { label, span: '', years: annualYears.join(', ') }), annualYears };
    }
  }
  // The core's own reason where it gives one (what no file covers), else ours. Annual files that list only
  // some codes (a cement file of the EU and the World) give no month a reason, yet their years say which
  // file holds what: "No file held covers" alone read as if the import had failed.
  // The periods some file of the reporter is held for in every flow the series reads.
  const flows = storedFlows(d.flow, d.subject);
  const held = (freq: 'month' | 'year') => {
    const seen = new Map<string, Set<string>>();
    for (const r of deps.scopes.rows({ reporter: d.reporter, flows, freq }))
      (seen.get(r.period) ?? seen.set(r.period, new Set()).get(r.period)!).add(r.flow);
    return new Set([...seen].filter(([, f]) => f.size === flows.length).map(([p]) => p));
  };
  return {
    reason:
      commonestReason(s.missing, lang, held(q.frequency === 'year' ? 'year' : 'month')) ??
      commonestReason(annual?.missing ?? [], lang, held('year')) ??
      say(lang, 'empty.notCovered', { label }),
  };
}

/** Whether a period's reason is that the partner is within the World total's rest ("Germany is not listed separately …"). */
function withinWorldRest(lang: Lang, partner: string | undefined, m: { period: string; reason: string }): boolean {
  if (!partner) return false;
  const said = say(lang, 'series.partnerUnlisted', {
    partner: partnerName(partner, lang),
    when: periodIn(m.period, lang),
    gap: '\u0000',
  });
  const [before, after] = said.split('\u0000') as [string, string];
  return m.reason.length > said.length - 1 && m.reason.startsWith(before) && m.reason.endsWith(after);
}

/** The rows a series reads: its reporter, partner, stored flows, frequency and span. */
const rangeOf = (d: SeriesQueryParsed) => ({
  reporter: d.reporter,
  partner: d.partner,
  flows: storedFlows(d.flow, d.subject),
  freq: d.frequency,
  from: d.from,
  to: d.to,
});

/**
 * Whether some code under the selection's prefixes is held in the span: then "only totals are held" is not
 * so, and the periods' own reasons say why (a chapter of which a file lists only some codes).
 */
function codesHeld(deps: SeriesDeps, d: SeriesQueryParsed, family: string): boolean {
  const prefixes = [...d.hs, ...d.excludeHs];
  return deps.series
    .selectionRows(rangeOf(d), prefixes, [])
    .some((r) => r.family === family && r.code !== TOTAL_CODE && prefixes.some((p) => r.code.startsWith(p)));
}

/** The codes below TOTAL held for the series' reporter, partner and flows in its span, in a family. */
function codesListed(deps: SeriesDeps, d: SeriesQueryParsed, family: string): string[] {
  const codes = deps.series
    .selectionRows(rangeOf(d), [''], [])
    .filter((r) => r.family === family && r.code !== TOTAL_CODE)
    .map((r) => r.code);
  return [...new Set(codes)].sort();
}

/**
 * The reason most of the missing periods share, in the words of the latest of them. Not simply the latest
 * period's: two years of soybean files that list only HS 12019019 read, for HS 1201, as "an acetylene file of
 * the last month lists only HS 29012920", which says nothing about the files the series is drawn from. Periods
 * some file of the reporter is `held` for come first: their reason says what those files lack, where a period
 * no file is held for says only that, which the chart's gap already shows. Of reasons shared equally, the
 * latest: a file held for 1989-2020 read "not covered in 1989" on a dashboard.
 */
function commonestReason(
  missing: { period: string; reason: string }[],
  lang: Lang,
  held: Set<string>,
): string | undefined {
  type Group = { files: boolean; count: number; last: number; reason: string };
  const groups = new Map<string, Group>();
  missing.forEach((m, i) => {
    // The same reason for another period differs only in the period it names; not in a file name that holds
    // the period's digits ("…_2010-2014_5partners.csv" in 2014).
    const when = periodIn(m.period, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const key = m.reason.replace(new RegExp(`(?<![\\w-])${when}(?![\\w-])`, 'gu'), '\u0000');
    const files = held.has(m.period);
    const g = groups.get(key);
    if (g) Object.assign(g, { files: g.files || files, count: g.count + 1, last: i, reason: m.reason });
    else groups.set(key, { files, count: 1, last: i, reason: m.reason });
  });
  const rank = (g: Group) => [Number(g.files), g.count, g.last];
  let best: Group | undefined;
  for (const g of groups.values()) {
    const [a, b] = [rank(g), best && rank(best)];
    if (!b || a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && a[2]! > b[2]!)))) best = g;
  }
  return best?.reason;
}

function spanText(lang: Lang, from: string | undefined, to: string | undefined): string {
  if (from && to) return say(lang, 'empty.spanFromTo', { from, to });
  if (from) return say(lang, 'empty.spanFrom', { from });
  if (to) return say(lang, 'empty.spanTo', { to });
  return '';
}
