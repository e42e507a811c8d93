import type { AnalysisPoint, AnalysisSeries } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import { say, type Lang } from '../messages';
import { withChanges, type Cell } from './changes';
import { monthRanges } from './month-ranges';
import { periodIn } from './records';
import {
  applyDefinition,
  buildSeries,
  classificationNotesOf,
  whoseFlows,
  type SeriesDeps,
  type SeriesQueryParsed,
} from './series';
import { sourceLabel, storedFlows } from './perspective';

const toMilli = (value: number) => Math.round(value * 1000);

/**
 * An annual series from whatever is held: a year's reported annual figure where a file states one
 * (a reported total wins over the sum of its parts), else the sum of its months. A year with all 12
 * months is complete; one with fewer is shown as held, marked incomplete with the months it has,
 * and never compared with another year. `markMonths` marks the monthly figures (rejected rows)
 * before they are summed, so a year inherits its months' marks.
 */
export function annualSeries(
  deps: SeriesDeps,
  q: SeriesQueryParsed,
  markMonths: (s: AnalysisSeries) => AnalysisSeries = (s) => s,
): AnalysisSeries {
  const whole = annualOfFlows(deps, q, markMonths);
  const asked = applyDefinition(q, q.def ? deps.defs.get(q.def) : null);
  return asked.flow === 'total' ? annualTotal(deps, q, asked, whole, markMonths) : whole;
}

/** What an annual series is made of, beside it: its notes on classification, and the years summed or short. */
type Made = { classNotes: string[]; summed: string[]; short: string[]; monthsOf: Map<string, string[]> };
const madeOf = new WeakMap<AnalysisSeries, Made>();

function annualOfFlows(
  deps: SeriesDeps,
  q: SeriesQueryParsed,
  markMonths: (s: AnalysisSeries) => AnalysisSeries,
): AnalysisSeries {
  const prior = (y: string | undefined) => (y === undefined ? undefined : String(Number(y) - 1));
  // One year before `from`, so the first year shown has its year-on-year base.
  const reported = buildSeries(deps, { ...q, from: prior(q.from) });
  // The months in the reported years' currency, where the files hold them in more than one.
  const months12 = buildSeries(deps, {
    ...q,
    currency: q.currency ?? reported.currency ?? undefined,
    frequency: 'month',
    from: q.from && `${prior(q.from)}-01`,
    to: q.to && `${q.to}-12`,
  });
  const monthly = markMonths(months12);
  if (reported.currency && monthly.currency && reported.currency !== monthly.currency) {
    throw new AppError(
      'mixed_currencies',
      say(q.lang, 'currency.mixedSeries', { currencies: [reported.currency, monthly.currency].sort().join(', ') }),
    );
  }

  const months = new Map<string, { milli: number; count: number; periods: string[]; marks: string[] }>();
  for (const p of monthly.points) {
    const year = p.period.slice(0, 4);
    const m = months.get(year) ?? { milli: 0, count: 0, periods: [], marks: [] };
    m.milli += toMilli(p.value);
    m.count += p.months;
    m.periods.push(p.period);
    if (p.incomplete) m.marks.push(p.incomplete);
    months.set(year, m);
  }
  const annual = new Map(reported.points.map((p) => [p.period, p]));
  const cells = new Map<string, Cell>();
  const marks = new Map<string, string>();
  const summed: string[] = [];
  const short: string[] = [];
  const held = new Map<string, number>();
  const monthsOf = new Map<string, string[]>();
  for (const year of [...new Set([...annual.keys(), ...months.keys()])].sort()) {
    const a = annual.get(year);
    if (a) {
      cells.set(year, { milli: toMilli(a.value), months: 1, status: a.status });
      if (a.incomplete) marks.set(year, a.incomplete);
      continue;
    }
    const m = months.get(year)!;
    cells.set(year, { milli: m.milli, months: 1, status: m.milli === 0 ? 'zero' : 'reported' });
    if (m.count < 12) {
      marks.set(
        year,
        say(q.lang, 'annual.incomplete', { year, count: m.count, months: monthRanges(m.periods, q.lang) }),
      );
      short.push(year);
      held.set(year, m.count);
      monthsOf.set(year, m.periods);
    } else {
      summed.push(year);
      if (m.marks.length) marks.set(year, m.marks[0]!);
    }
  }

  const show = (p: string) => (!q.from || p >= q.from) && (!q.to || p <= q.to);
  const marked = new Map([...marks].map(([year, mark]) => [year, { mark, held: held.get(year) }]));
  const points = markedYears(cells, marked, q.lang)
    .filter((p) => show(p.period))
    .map((p): AnalysisPoint => (annual.has(p.period) ? p : { ...p, madeOf: 'months' }));

  const shown = points.map((p) => p.period);
  const def = applyDefinition(q, q.def ? deps.defs.get(q.def) : null);
  // The figure model's reason where it gives one (what no file covers); with nothing to show, all of them.
  const why = new Map(reported.missing.map((m) => [m.period, m.reason]));
  // A year monthly files speak of takes the reason of its first month they hold and do not cover: the year
  // falls to its months, and an annual file of another partner ("lists only North Korea") is not why
  // Brazil's soybeans are missing when 2024in.csv lists Brazil in every month but not the code asked for.
  const monthsHeld = new Set(
    deps.scopes
      .rows({
        reporter: def.reporter,
        flows: storedFlows(def.flow, def.subject),
        freq: 'month',
        from: q.from && `${prior(q.from)}-01`,
        to: q.to && `${q.to}-12`,
      })
      .map((s) => s.period),
  );
  const first = new Map<string, string>();
  const firstHeld = new Map<string, string>();
  for (const m of months12.missing) {
    const year = m.period.slice(0, 4);
    if (!first.has(year)) first.set(year, m.reason);
    if (monthsHeld.has(m.period) && !firstHeld.has(year)) firstHeld.set(year, m.reason);
  }
  for (const [year, reason] of first) {
    const r = firstHeld.get(year) ?? (why.has(year) ? undefined : reason);
    if (r) why.set(year, r);
  }
  const missing = shown.length
    ? []
    : reported.missing.filter((m) => show(m.period)).map((m) => ({ ...m, reason: why.get(m.period) ?? m.reason }));
  // The years to account for: those asked for, else every year a file held speaks of, annual or monthly. A
  // year after the last figure (a file of 2011-2014, or months of 2024, that lists only some codes) is
  // "not covered", not left off the end unsaid.
  const spoken = [...shown, ...why.keys()].filter(show).sort();
  const lo = Number(q.from ?? spoken[0]);
  const hi = Number(q.to ?? spoken[spoken.length - 1]);
  for (let y = lo; shown.length && y <= hi; y++) {
    if (!cells.has(String(y)))
      missing.push({
        period: String(y),
        reason: why.get(String(y)) ?? say(q.lang, 'annual.missing', { year: String(y) }),
      });
  }
  const family = reported.classification ?? monthly.classification ?? 'HS';
  const summedShown = summed.filter(show);
  // The months' files too, where a year is summed from them.
  const sources = [...new Set([...reported.sources, ...(summed.length || short.length ? months12.sources : [])])];
  const shortShown = short.filter(show);
  const classNotes = [...new Set([...classificationNotesOf(reported), ...classificationNotesOf(months12)])];
  const series: AnalysisSeries = {
    currency: reported.currency ?? monthly.currency,
    points,
    missing,
    label: reported.label,
    // The reporter a definition names, as the monthly series and top say it: "(China as reporter)".
    source: sourceLabel(def.reporter, q.lang, sources),
    sources,
    footnotes: [
      ...(def.hs.length ? [say(q.lang, 'filter.only', { family, codes: def.hs.join(', ') })] : []),
      ...(def.excludeHs.length ? [say(q.lang, 'filter.excludes', { family, codes: def.excludeHs.join(', ') })] : []),
      ...classNotes,
      ...(summedShown.length
        ? [say(q.lang, 'annual.summed', { count: summedShown.length, years: summedShown.join(', ') })]
        : []),
      ...(shortShown.length
        ? [say(q.lang, 'annual.incompleteNote', { count: shortShown.length, years: shortShown.join(', ') })]
        : []),
      // As a monthly series says its gaps: a chart shades them, and the footnote counts them.
      ...(missing.length ? [say(q.lang, 'series.notCovered', { count: missing.length, unit: 'year' })] : []),
    ],
    conversions: [...new Set([...reported.conversions, ...monthly.conversions])],
    otherCurrencies: [...new Set([...reported.otherCurrencies, ...monthly.otherCurrencies])].sort(),
    classification: reported.classification ?? monthly.classification,
  };
  madeOf.set(series, { classNotes, summed: summedShown, short: shortShown, monthsOf });
  return series;
}

/**
 * Total trade by year, each flow read as its own annual series and the two added: a reported annual
 * figure of one flow wins over its months, as it does in that flow's series. Read as one series of both
 * flows, a year whose imports a Comtrade download states and whose exports only some months give fell to
 * the months held in both flows (2021: $94.3 million, below the $138.4 million the files give for the two),
 * and a year with one flow's month held and not the other's was "not covered" by the imports' July.
 * A year is shown where both flows are, incomplete where either is, and never compared where either is.
 */
function annualTotal(
  deps: SeriesDeps,
  q: SeriesQueryParsed,
  asked: SeriesQueryParsed,
  whole: AnalysisSeries,
  markMonths: (s: AnalysisSeries) => AnalysisSeries,
): AnalysisSeries {
  const prior = (y: string | undefined) => (y === undefined ? undefined : String(Number(y) - 1));
  const currency = q.currency ?? whole.currency ?? undefined;
  const parts = (['import', 'export'] as const).map((flow) =>
    annualOfFlows(deps, { ...asked, def: undefined, flow, currency, from: prior(q.from) }, markMonths),
  );
  const byYear = parts.map((s) => new Map(s.points.map((p) => [p.period, p])));
  const why = parts.map((s) => new Map(s.missing.map((m) => [m.period, m.reason])));
  const years = [...new Set(parts.flatMap((s) => [...s.points, ...s.missing].map((p) => p.period)))].sort();
  const cells = new Map<string, Cell>();
  const marks = new Map<string, { mark: string; held?: number }>();
  const kinds = new Map<string, 'months' | 'both'>();
  const missing: { period: string; reason: string }[] = [];
  for (const year of years) {
    const points = byYear.map((m) => m.get(year));
    if (points.some((p) => !p)) {
      const i = points.findIndex((p) => !p);
      // One flow held for the year: "Neither an annual figure nor any month is held" was false of the total.
      const lacking = points.some(Boolean)
        ? say(q.lang, 'coverage.none', {
            whose: whoseFlows(asked.reporter, [(['import', 'export'] as const)[i]!], q.lang),
            when: periodIn(year, q.lang),
          })
        : say(q.lang, 'annual.missing', { year });
      missing.push({ period: year, reason: why[i]!.get(year) ?? lacking });
      continue;
    }
    const [a, b] = points as [AnalysisPoint, AnalysisPoint];
    const milli = toMilli(a.value) + toMilli(b.value);
    cells.set(year, { milli, months: 1, status: milli === 0 ? 'zero' : 'reported' });
    const marked = [a, b].find((p) => p.incomplete);
    if (marked) marks.set(year, { mark: flowMarks(q.lang, year, [a, b], parts), held: marked.monthsHeld });
    // Summed from months in both flows, or a stated year of one beside the other's months.
    if (a.madeOf || b.madeOf) kinds.set(year, a.madeOf === 'months' && b.madeOf === 'months' ? 'months' : 'both');
  }
  const show = (p: string) => (!q.from || p >= q.from) && (!q.to || p <= q.to);
  const points = markedYears(cells, marks, q.lang)
    .filter((p) => show(p.period))
    .map((p): AnalysisPoint => (kinds.has(p.period) ? { ...p, madeOf: kinds.get(p.period)! } : p));
  const shownMissing = missing.filter((m) => show(m.period));
  const made = parts.map((s) => madeOf.get(s)!);
  const summed = [...new Set(made.flatMap((m) => m.summed))].filter((y) => show(y) && cells.has(y)).sort();
  const short = points.filter((p) => p.monthsHeld !== undefined).map((p) => p.period);
  const family = whole.classification ?? 'HS';
  const sources = [...new Set(parts.flatMap((s) => s.sources))];
  return {
    ...whole,
    currency: parts.find((s) => s.currency)?.currency ?? whole.currency,
    points,
    missing: shownMissing,
    source: sourceLabel(asked.reporter, q.lang, sources),
    sources,
    footnotes: [
      ...(asked.hs.length ? [say(q.lang, 'filter.only', { family, codes: asked.hs.join(', ') })] : []),
      ...(asked.excludeHs.length
        ? [say(q.lang, 'filter.excludes', { family, codes: asked.excludeHs.join(', ') })]
        : []),
      ...new Set(made.flatMap((m) => m.classNotes)),
      ...(summed.length ? [say(q.lang, 'annual.summed', { count: summed.length, years: summed.join(', ') })] : []),
      ...(short.length ? [say(q.lang, 'annual.incompleteNote', { count: short.length, years: short.join(', ') })] : []),
      ...(shownMissing.length ? [say(q.lang, 'series.notCovered', { count: shownMissing.length, unit: 'year' })] : []),
    ],
    conversions: [...new Set(parts.flatMap((s) => s.conversions))],
    otherCurrencies: [...new Set(parts.flatMap((s) => s.otherCurrencies))].sort(),
  };
}

/** A figure that stands for its whole period: not a year summed from fewer than its 12 months (`monthsHeld`). */
export const isWhole = (p: { monthsHeld?: number }): boolean => p.monthsHeld === undefined;

/** A series as its frequency asks: monthly as held, or annual from reported years and summed months (a brief's). */
export function seriesOfFrequency(deps: SeriesDeps, q: SeriesQueryParsed): AnalysisSeries {
  return q.frequency === 'year' ? annualSeries(deps, q) : buildSeries(deps, q);
}

/**
 * A total year's mark, naming the flow whose months are short: "Only 1 of its 12 months is held (Jul)" of the
 * exports alone read as the year's two flows. Where both flows share the mark, it is said once, as it is.
 */
function flowMarks(lang: Lang, year: string, points: AnalysisPoint[], parts: AnalysisSeries[]): string {
  const said = points.map((p) => p.incomplete).filter((m): m is string => m !== undefined);
  if (said.length === 2 && said[0] === said[1]) return said[0]!;
  const flows = ['import', 'export'] as const;
  return points
    .map((p, i) => {
      if (!p.incomplete) return null;
      const months = madeOf.get(parts[i]!)?.monthsOf.get(year);
      if (!months) return p.incomplete;
      return say(lang, 'annual.incompleteFlow', {
        flow: flows[i]!,
        count: p.monthsHeld ?? months.length,
        months: monthRanges(months, lang),
      });
    })
    .filter((m): m is string => m !== null)
    .join(' ');
}

/**
 * The years' points with their changes. A year marked incomplete, and the year after one, have no
 * change, with the reason why; a year short of months says how many it holds.
 */
function markedYears(
  cells: Map<string, Cell>,
  marks: Map<string, { mark: string; held?: number | undefined }>,
  lang: Lang,
): AnalysisPoint[] {
  return withChanges(cells, 'year').map((p) => {
    const mark = marks.get(p.period);
    const before = String(Number(p.period) - 1);
    const unfair = mark ? p.period : marks.has(before) && cells.has(before) ? before : null;
    if (!unfair) return p;
    const reason = say(lang, 'annual.noChange', { year: unfair });
    return {
      ...p,
      yoy: null,
      ytdYoy: null,
      reasons: { ...p.reasons, yoy: reason, ytdYoy: reason },
      ...(mark ? { incomplete: mark.mark } : {}),
      ...(mark?.held !== undefined ? { monthsHeld: mark.held } : {}),
    };
  });
}
