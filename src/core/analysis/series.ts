import type { z } from 'zod';
import type { AnalysisSeries, AnalysisSeriesQuery } from '../../shared/analysis-types';
import { compareEditions, familyOf } from '../../shared/classification';
import { AppError } from '../../shared/errors';
import { flowWord, sourcesOfFormats } from '../../shared/series-label';
import { shiftPeriod, yearOf } from '../../shared/period';
import type { DefinitionsRepo } from '../db/definitions-repo';
import type { EditedRows } from '../db/edited-rows';
import type { ScopeRepo } from '../db/scope-repo';
import type { SeriesRepo } from '../db/series-repo';
import { say, type Lang } from '../messages';
import { withChanges, type Cell } from './changes';
import { normalizeSelection } from './code-tree';
import { partnerName, possessive } from './naming';
import { seriesLabel, sourceLabel, storedFlows } from './perspective';
import { periodIn } from './records';
import { figureValues, type FlowValue } from './series-values';
import { alsoHeldNote } from './currency-choice';
import { applyDefinition } from './definition-query';

export type SeriesQueryParsed = z.output<typeof AnalysisSeriesQuery>;
export type SeriesDeps = { series: SeriesRepo; scopes: ScopeRepo; defs: DefinitionsRepo; edited?: EditedRows };

export { applyDefinition };

/**
 * A monthly or annual series, read from whichever side `subject` says, by the figure model
 * (series-values.ts): a period has a value only where a file held covers it (its reporter, flow,
 * partner and goods) and every flow asked for; a covered period with nothing held is a true zero; any
 * other period inside the span is listed as missing, with the reason, never shown as zero.
 */
export function buildSeries(deps: SeriesDeps, input: SeriesQueryParsed): AnalysisSeries {
  const q = applyDefinition(input, input.def ? deps.defs.get(input.def) : null);
  const flows = storedFlows(q.flow, q.subject);
  // Changes need history before `from`: read back to January of the prior year, show from `from`.
  const readFrom =
    q.from && (q.frequency === 'year' ? String(Number(yearOf(q.from)) - 1) : `${Number(yearOf(q.from)) - 1}-01`);
  const selection = normalizeSelection(q.hs, q.excludeHs);
  const selecting = q.hs.length > 0 || q.excludeHs.length > 0;
  // Codes are read in one classification: the one asked for, HS by default.
  const family = q.classification ? familyOf(q.classification) : selecting ? 'HS' : undefined;
  const got = figureValues(deps.series, deps.scopes, {
    reporter: q.reporter,
    partner: q.partner,
    flows,
    freq: q.frequency,
    from: readFrom,
    to: q.to,
    family,
    selection,
    lang: q.lang,
    currency: q.currency,
    convertible: (c, p) => q.rates.some((r) => r.currency === c && (!r.period || r.period === p)),
  });
  const { currency, converted, conversions } = convert(got.values, q);
  // Named from the files its figures were read from: a Comtrade download is not the reporter's customs.
  // None read (nothing covered): none named here, so a year summed from months names only the months' files.
  const sources = got.read.length ? sourcesOfFormats(got.read.map((b) => deps.scopes.format(b))) : [];

  const covered = new Map<string, Map<string, number>>(); // flow -> period -> months
  for (const f of flows) covered.set(f, new Map());
  const sums = new Map<string, number>();
  const editions = new Map<string, Set<string>>();
  for (const v of converted) {
    const m = covered.get(v.flow)!;
    m.set(v.period, Math.max(m.get(v.period) ?? 0, v.months));
    sums.set(v.period, (sums.get(v.period) ?? 0) + v.milli);
    if (v.editions > 0)
      (editions.get(v.period) ?? editions.set(v.period, new Set()).get(v.period)!).add(v.classification);
  }
  const whyOf = new Map<string, Map<string, string>>(); // period -> flow -> its first reason
  for (const u of got.uncovered) {
    const byFlow = whyOf.get(u.period) ?? whyOf.set(u.period, new Map()).get(u.period)!;
    if (!byFlow.has(u.flow)) byFlow.set(u.flow, u.reason);
  }
  // Each flow lacking says its own reason, where they differ: total trade's January was "within the CNY … of the
  // World total" of the imports alone, where no file covers the exports.
  const why = (p: string, lacking: string[]): string | undefined => {
    const byFlow = whyOf.get(p);
    if (!byFlow) return undefined;
    const reasonOf = (f: string) =>
      byFlow.get(f) ??
      say(q.lang, 'coverage.none', { whose: whoseFlows(q.reporter, [f], q.lang), when: periodIn(p, q.lang) });
    const reasons = [...new Set(lacking.map(reasonOf))];
    if (reasons.length < 2) return reasons[0] ?? [...byFlow.values()][0];
    return lacking.map((flow) => say(q.lang, 'series.flowReason', { flow, reason: reasonOf(flow) })).join(' ');
  };

  const step = q.frequency === 'year' ? 12 : 1;
  const first = q.from ? (readFrom ?? q.from) : got.periods[0];
  const last = q.to ?? got.periods[got.periods.length - 1];
  const cells = new Map<string, Cell>();
  const missing: { period: string; reason: string }[] = [];
  if (first && last && (got.periods.length > 0 || (q.from && q.to))) {
    for (let p = first; p <= last; p = shiftPeriod(p, step)) {
      const lacking = flows.filter((f) => !covered.get(f)!.has(p));
      if (lacking.length) {
        const combinedInto = q.frequency === 'month' ? combinedRelease(covered, flows, p) : null;
        missing.push({
          period: p,
          reason: combinedInto
            ? say(q.lang, 'series.combined', { period: periodIn(p, q.lang), into: periodIn(combinedInto, q.lang) })
            : (why(p, lacking) ??
              say(q.lang, 'coverage.none', {
                whose: whoseFlows(q.reporter, lacking, q.lang),
                when: periodIn(p, q.lang),
              })),
        });
        continue;
      }
      const months = Math.max(...flows.map((f) => covered.get(f)!.get(p)!));
      const milli = sums.get(p) ?? 0;
      cells.set(p, {
        milli,
        months,
        status: months > 1 ? 'combined' : milli === 0 && !editions.has(p) ? 'zero' : 'reported',
      });
    }
  }
  const show = (p: string) => (!q.from || p >= q.from) && (!q.to || p <= q.to);
  const shownMissing = missing.filter((m) => show(m.period));
  const unit = q.frequency;
  const shownFamily = family ?? familyUsed(editions, show);
  const edited =
    deps.edited?.inSeries({
      reporter: q.reporter,
      partner: q.partner,
      flows,
      hs: q.hs,
      excludeHs: q.excludeHs,
      from: q.from,
      to: q.to,
      freq: q.frequency,
    }) ?? 0;
  const byClassification = classificationNotes(editions, show, q.lang);
  const footnotes = [
    ...(q.hs.length ? [say(q.lang, 'filter.only', { family: shownFamily ?? 'HS', codes: q.hs.join(', ') })] : []),
    ...(q.excludeHs.length
      ? [say(q.lang, 'filter.excludes', { family: shownFamily ?? 'HS', codes: q.excludeHs.join(', ') })]
      : []),
    ...byClassification,
    ...(shownMissing.length ? [say(q.lang, 'series.notCovered', { count: shownMissing.length, unit })] : []),
    ...alsoHeldNote(q.lang, currency, got.alsoHeld),
    ...editedNote(edited, q.lang),
  ];
  const series: AnalysisSeries = {
    currency,
    points: withChanges(cells, q.frequency).filter((pt) => show(pt.period)),
    missing: shownMissing,
    label: seriesLabel(q.reporter, q.partner, q.flow, q.subject, q.lang),
    source: sourceLabel(q.reporter, q.lang, sources),
    sources,
    footnotes,
    conversions,
    otherCurrencies: got.alsoHeld,
    classification: shownFamily,
  };
  classificationNotesBySeries.set(series, byClassification);
  return series;
}

/** A figure that includes a value someone changed by hand says so. */
export function editedNote(records: number, lang: Lang = 'en'): string[] {
  return records === 0 ? [] : [say(lang, 'series.edited', { count: records })];
}

/** Whose flows no file covers: "China's imports and exports", "the imports"; "중국의 수출·수입". */
export function whoseFlows(reporter: string | undefined, flows: string[], lang: Lang): string {
  if (lang === 'ko') {
    const words = flows.map((f) => flowWord(f, 'ko')).join('·');
    return reporter ? `${partnerName(reporter, 'ko')}의 ${words}` : words;
  }
  const words = flows.map((f) => flowWord(f, 'en')).join(' and ');
  return reporter ? `${possessive(partnerName(reporter))} ${words}` : `the ${words}`;
}

/** The one family every shown period was read in, or null where none was or they differ. */
function familyUsed(editions: Map<string, Set<string>>, show: (p: string) => boolean): string | null {
  const families = new Set([...editions].filter(([p]) => show(p)).flatMap(([, s]) => [...s].map(familyOf)));
  return families.size === 1 ? [...families][0]! : null;
}

/** Each built series' classification notes, so an annual series can carry its parts' in either language. */
const classificationNotesBySeries = new WeakMap<AnalysisSeries, string[]>();

/** The footnotes of a series that say which classification it is read in (classificationNotes' own). */
export function classificationNotesOf(s: AnalysisSeries): string[] {
  return classificationNotesBySeries.get(s) ?? [];
}

/**
 * Which classification the figures are read in, where it is not plain HS: another family, a change
 * of edition across the span, or a period held in several editions (of which one is read).
 */
function classificationNotes(editions: Map<string, Set<string>>, show: (p: string) => boolean, lang: Lang): string[] {
  const shown = [...editions].filter(([p]) => show(p)).sort(([a], [b]) => (a < b ? -1 : 1));
  const notes: string[] = [];
  const runs: { edition: string; from: string; to: string }[] = [];
  for (const [p, set] of shown) {
    const e = [...set].sort(compareEditions)[0]!;
    const last = runs[runs.length - 1];
    if (last && last.edition === e) last.to = p;
    else runs.push({ edition: e, from: p, to: p });
  }
  const families = [...new Set(runs.map((r) => familyOf(r.edition)))];
  const when = (p: string) => periodIn(p, lang);
  if (runs.length > 1) {
    const span = (r: (typeof runs)[0]) => (r.from === r.to ? when(r.from) : `${when(r.from)}–${when(r.to)}`);
    notes.push(
      say(lang, 'series.classificationChange', { runs: runs.map((r) => `${r.edition} ${span(r)}`).join(', ') }),
    );
  } else if (families.length === 1 && families[0] !== 'HS') {
    const e = runs[0]!.edition;
    notes.push(say(lang, 'series.readIn', { classification: `${e}${e !== families[0] ? ` (${families[0]})` : ''}` }));
  }
  const doubled = shown.filter(([, set]) => set.size > 1).map(([p]) => p);
  if (doubled.length) notes.push(say(lang, 'series.doubled', { periods: doubled.map(when).join(', ') }));
  return notes;
}

/** The later period whose multi-month release (GACC's Jan+Feb) covers `p`, if any. */
function combinedRelease(covered: Map<string, Map<string, number>>, flows: string[], p: string): string | null {
  for (let ahead = 1; ahead < 12; ahead++) {
    const later = shiftPeriod(p, ahead);
    if (yearOf(later) !== yearOf(p)) return null;
    if (flows.every((f) => (covered.get(f)!.get(later) ?? 0) > ahead)) return later;
  }
  return null;
}

/**
 * One currency per series. Different currencies are an error naming them, unless the query gives
 * rates; then every conversion used is stated.
 */
function convert(
  sums: FlowValue[],
  q: SeriesQueryParsed,
): { currency: string | null; converted: FlowValue[]; conversions: string[] } {
  // A covered zero has no currency of its own ('').
  const currencies = [...new Set(sums.map((s) => s.currency).filter(Boolean))].sort();
  const target = q.currency ?? (currencies.length === 1 ? currencies[0]! : null);
  if (!target) {
    // Only covered zeros (or nothing): no currency to state, and nothing to convert.
    if (currencies.length === 0) return { currency: null, converted: sums, conversions: [] };
    throw new AppError('mixed_currencies', say(q.lang, 'currency.mixedSeries', { currencies: currencies.join(', ') }));
  }
  const notes = new Set<string>();
  const converted = sums.map((s) => {
    if (s.currency === target || s.currency === '') return s;
    const rate =
      q.rates.find((r) => r.currency === s.currency && r.period === s.period) ??
      q.rates.find((r) => r.currency === s.currency && !r.period);
    if (!rate) {
      throw new AppError(
        'mixed_currencies',
        say(q.lang, 'currency.noRate', {
          currencies: [...new Set([...currencies, target])].sort().join(', '),
          from: s.currency,
          to: target,
          period: s.period,
        }),
      );
    }
    notes.add(
      say(q.lang, 'series.converted', {
        from: s.currency,
        to: target,
        rate: String(rate.rate),
        period: rate.period ?? 'none',
      }),
    );
    return { ...s, currency: target, milli: Math.round(s.milli * rate.rate) };
  });
  return { currency: target, converted, conversions: [...notes] };
}
