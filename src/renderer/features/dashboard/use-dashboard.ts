import { useEffect, useState } from 'react';
import type { AnalysisPoint, WatchReport } from '../../../shared/analysis-types';
import { shiftPeriod } from '../../../shared/period';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { dashboardMonth, WINDOW, type Frequency } from './dashboard-month';

/** A flow's series: its covered points, and the periods no file covers, with why (never zero). */
type Series = {
  currency: string | null;
  /** The other currencies the pair's files hold these figures in: the same trade, not added. */
  otherCurrencies: string[];
  points: AnalysisPoint[];
  missing: { period: string; reason: string }[];
  /** Why there are no points at all, in the core's words: "No monthly figures are held for …". */
  emptyReason?: string;
};
export type FlowKey = 'export' | 'import' | 'total';
export const DASH_FLOWS: FlowKey[] = ['export', 'import', 'total'];

/**
 * Top items of a month, from the core's breakdown. `partOf`: the wider code whose name `description` is, where
 * no nomenclature names the item's own; `source`: then, the file's own description.
 */
export type TopItem = {
  code: string;
  description: string;
  partOf: string | null;
  source: string | null;
  value: number;
  share: number | null;
};
/**
 * What the top items do not show, so their shares add up on screen: the codes past the top, the part of the
 * reported total no listed code accounts for ("unallocated", never spread over the items), and the total.
 */
export type TopRest = {
  other: { count: number; value: number; share: number | null } | null;
  unallocated: { value: number; share: number | null; note: string } | null;
  total: number | null;
  currency: string | null;
};

export type Dashboard = {
  series: Record<FlowKey, Series> | null;
  /**
   * Months; or years where the pair's files hold no monthly figure but annual ones (a Comtrade annual
   * download): the cards, chart, top items and watchlist then read the years, which "No figures" hid.
   */
  frequency: Frequency;
  /** Whether the pair's files hold any monthly figure: where they do, the person may ask for years instead. */
  monthsHeld: boolean;
  /**
   * Whether the core named annual figures where no month is held: then the pair's files hold only years. Not
   * so of years the person asked for: a pair whose months cover no figure (files of a few codes) is no pair of
   * annual files because the last pair looked at was shown by year.
   */
  annualOnly: boolean;
  /** The month (or year) every card shows: the latest the pair's files cover (dashboard-month.ts). */
  latest: string | null;
  /** The reporter's latest month, whatever the partner: later than `latest` where the pair's files end first. */
  reporterLatest: string | null;
  top: TopItem[];
  topRest: TopRest | null;
  /** What the core says about the top items: only totals held, codes listed at their own level, not covered. */
  topNotes: string[];
  topFlow: 'import' | 'export';
  watch: WatchReport | null;
  error: string | null;
};

export type NameLang = 'en' | 'ko' | 'zh';

async function topItems(
  reporter: string,
  partner: string,
  flow: 'import' | 'export',
  period: string,
  lang: NameLang,
  currency: string | undefined,
): Promise<{ items: TopItem[]; rest: TopRest | null; notes: string[] }> {
  // Names in the UI language where a nomenclature the user imported (or Tidemark bundles) has them, else English.
  const b = await api.breakdown({ reporter, partner, flow, from: period, top: 10, level: 8, lang, currency });
  return {
    items: b.items.map((i) => ({
      code: i.key,
      description: i.description || i.descriptionEn,
      partOf: i.description ? i.partOf : i.partOfEn,
      source: i.source,
      value: i.value,
      share: i.share,
    })),
    rest: b.items.length
      ? {
          other: b.other.count ? b.other : null,
          unallocated: b.unallocated,
          total: b.total,
          currency: b.currency,
        }
      : null,
    notes: [b.note, b.notCovered, ...b.footnotes].filter((n): n is string => Boolean(n)),
  };
}

/**
 * `currency`: the one to read the pair's figures in where its files hold more than one ('' lets the core
 * choose: of those holding the latest month, the one held for the most months, US dollars on a tie).
 */
export function useDashboard(
  reporter: string,
  partner: string,
  refreshKey: number,
  lang: NameLang = 'en',
  currency = '',
  want: Frequency | '' = '',
): Dashboard {
  const [state, setState] = useState<Dashboard>({
    series: null,
    frequency: 'month',
    monthsHeld: false,
    annualOnly: false,
    latest: null,
    reporterLatest: null,
    top: [],
    topRest: null,
    topNotes: [],
    topFlow: 'import',
    watch: null,
    error: null,
  });
  useEffect(() => {
    if (!reporter || !partner) return;
    let live = true;
    (async () => {
      const seriesLang = lang === 'ko' ? 'ko' : 'en';
      const inCurrency = currency || undefined;
      const read = (frequency: Frequency) =>
        Promise.all(
          DASH_FLOWS.map((flow) =>
            api.series({ reporter, partner, flow, frequency, lang: seriesLang, currency: inCurrency }),
          ),
        );
      let frequency: Frequency = 'month';
      let got = await read('month');
      const monthsHeld = got.some((s) => s.points.length > 0);
      const annualOnly = !monthsHeld && got.some((s) => s.annualYears?.length);
      // No month held in any flow, but years are (the core names them, as for the Charts tab's default): the
      // pair's annual figures are what there is. Or the person asked for years: a Comtrade annual download
      // beside one month of another file opened on that month, every change n/a, its nine years unseen.
      if (want === 'year' || annualOnly) {
        [got, frequency] = [await read('year'), 'year'];
      }
      const series: Record<FlowKey, Series> = { export: got[0]!, import: got[1]!, total: got[2]! };
      const { latest, reporterLatest } = dashboardMonth(series);
      // The core says why each period is not covered only within the span a series asks for, and a series of
      // the files' own span names none before its first period nor after its last. The cards need both: a flow
      // whose files end before `latest` says why that month is not covered (so its card names the same month as
      // the others, not an older one of its own), and a change measured over a period no file covers (MoM, YoY,
      // YTD and last year's, from January of the year before) says so rather than "n/a" (changeGaps).
      if (latest) {
        const from = frequency === 'year' ? shiftPeriod(latest, -12) : `${Number(latest.slice(0, 4)) - 1}-01`;
        for (const flow of DASH_FLOWS) {
          // A flow no file holds at all keeps the core's one reason for it ("No file held covers …").
          if (series[flow].points.length === 0 && series[flow].missing.length === 0) continue;
          const span = await api.series({
            reporter,
            partner,
            flow,
            frequency,
            from,
            to: latest,
            lang: seriesLang,
            currency: inCurrency,
          });
          const known = new Set(series[flow].missing.map((m) => m.period));
          const more = span.missing.filter((m) => !known.has(m.period));
          series[flow] = { ...series[flow], missing: [...series[flow].missing, ...more] };
        }
      }
      // Lead with what the reporter brings in: for China and North Korea that is the North's exports.
      // With no period covered at all, still imports: "Top exports" over a file of the reporter's imports misled.
      // Exports where only they have the month's figure; and where neither has one (files of a few codes), the
      // flow whose files list items that month: China's imports of HS 29012920 from Hong Kong read "Top exports,
      // January 2026: No file held covers January 2026", of a pair with no export file at all.
      const held = (flow: FlowKey) => series[flow].points.some((p) => p.period === latest);
      let topFlow: 'import' | 'export' = latest && !held('import') && held('export') ? 'export' : 'import';
      let top = latest
        ? await topItems(reporter, partner, topFlow, latest, lang, inCurrency)
        : { items: [], rest: null, notes: [] };
      if (latest && !top.items.length && !held('import') && !held('export')) {
        const other = topFlow === 'import' ? 'export' : 'import';
        const there = await topItems(reporter, partner, other, latest, lang, inCurrency);
        if (there.items.length) [topFlow, top] = [other, there];
      }
      // The watchlist is the reporter's trade with North Korea, whatever the partner: up to the reporter's latest
      // month (or year: a range of years reads the annual figures).
      const watchTo = reporterLatest ?? latest;
      const watch = watchTo
        ? await api.watchReport({
            reporter,
            from: shiftPeriod(watchTo, (1 - WINDOW[frequency]) * (frequency === 'year' ? 12 : 1)),
            to: watchTo,
            currency: inCurrency,
          })
        : null;
      if (live)
        setState({
          series,
          frequency,
          monthsHeld,
          annualOnly,
          latest,
          reporterLatest,
          top: top.items,
          topRest: top.rest,
          topNotes: top.notes,
          topFlow,
          watch,
          error: null,
        });
    })().catch((err: unknown) => live && setState((s) => ({ ...s, error: messageOf(err) })));
    return () => {
      live = false;
    };
  }, [reporter, partner, refreshKey, lang, currency, want]);
  return state;
}
