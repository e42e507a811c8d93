import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSeries } from '../../../shared/analysis-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { familyOf, importedOn, type HeldBatch, type SeriesDefinition } from './caption';
import { axisShortfall, withAxisGaps } from './axis-gaps';
import { drawnSpan, toPairLatest, type PlotSeries, type Span } from './chart-model';
import { useSeriesLabel } from './use-series-label';
import { seriesNotes } from './series-notes';

export type Plot = {
  series: PlotSeries[];
  footnotes: string[];
  imported: string | null;
  /** The batches held, so the caption can say which sources a series may be read from. */
  batches: HeldBatch[];
  error: string | null;
  loading: boolean;
};

/** A definition as a stable key, so the same series is not fetched twice and React keeps its rows. */
export const defKey = (d: SeriesDefinition) =>
  JSON.stringify([d.reporter, d.partner, d.flow, d.hs, d.excludeHs, d.definition ?? '', familyOf(d), d.currency ?? '']);

/** Whether the core counted gaps outside what is drawn (it spans every period any flow covers). */
function countsBeyond(s: AnalysisSeries, span: Span): boolean {
  return s.missing.some((m) => m.period < span.from || m.period > span.to);
}

/** `read`: the family the core read the figures in (SITC where a file of all goods held only SITC). */
type Fetched = { def: SeriesDefinition; plot: PlotSeries; footnotes: string[]; read: string | null };

/** The language the core writes footnotes and gap reasons in: the UI's, where the core has it. */
export type ProseLang = 'en' | 'ko';

/** The core's query for a series definition, over `window` where one is given. */
function queryOf(d: SeriesDefinition, frequency: 'month' | 'year', lang: ProseLang, window?: Span) {
  return {
    lang,
    reporter: d.reporter || undefined,
    partner: d.partner || undefined,
    flow: d.flow,
    hs: d.hs,
    excludeHs: d.excludeHs,
    frequency,
    // HS asks for nothing: the core then reads a period of all goods in the one family held where no HS is.
    // SITC or BEC is asked for, and the codes are read in it (SITC 33, not HS 33, which no file holds).
    ...(familyOf(d) !== 'HS' && !d.definition ? { classification: familyOf(d) } : {}),
    ...(d.definition ? { def: d.definition } : {}),
    ...(d.currency ? { currency: d.currency } : {}),
    ...window,
  };
}

async function fetchOne(
  d: SeriesDefinition,
  frequency: 'month' | 'year',
  lang: ProseLang,
  window?: Span,
): Promise<Fetched> {
  const query = queryOf(d, frequency, lang, window);
  let rich = await api.series(query);
  // A gap note counts the months in the span the chart shows: total trade drawn over 13 months says 6 missing,
  // not the 80 months one flow alone spans. Asked again for exactly that span where the first answer counted more.
  const figures = rich.points.filter((p) => p.status !== 'combined');
  const drawn = window ? null : drawnSpan(figures, rich.missing);
  const ownLast = figures.map((p) => p.period).sort()[figures.length - 1];
  // Without a span set, the chart ends at the pair's own latest period, as the dashboard's month does; a named
  // definition's pair is its own, not the boxes' (which keep what they held before it was chosen).
  const pair = drawn && ownLast && drawn.to > ownLast ? await pairOf(d) : null;
  const span = drawn && ownLast && pair ? toPairLatest(drawn, ownLast, await pairLatest(pair, frequency, lang)) : drawn;
  if (span && countsBeyond(rich, span)) rich = await api.series({ ...query, ...span });
  // Combined releases (GACC's Jan+Feb) hold two months in one figure: plotting it as one month would be wrong.
  const points = rich.points.filter((p) => p.status !== 'combined');
  // Periods no file covers keep their place on the axis, as gaps, never as zero.
  const missing = rich.missing.map((m) => m.period);
  // Named when drawn (usePlot), in the UI's language: the core's `label` is English prose for the CLI.
  return {
    def: d,
    plot: {
      key: defKey(d),
      label: '',
      points,
      currency: rich.currency,
      otherCurrencies: rich.otherCurrencies,
      sources: rich.sources,
      missing,
      reasons: Object.fromEntries(rich.missing.map((m) => [m.period, m.reason])),
      incomplete: points.filter((p) => p.incomplete).map((p) => p.period),
      // A series with no points at all: the core's reason for it (only annual figures held, only totals held,
      // what no file covers), which a file listing some codes gives although no period is "missing".
      notCovered: (points.length ? null : rich.emptyReason) ?? rich.missing[0]?.reason ?? null,
      ...(!points.length && rich.annualYears?.length ? { annualYears: rich.annualYears } : {}),
      ...(drawn && span && pair && span.to < drawn.to
        ? { pairEnds: { last: span.to, heldTo: drawn.to, reporter: pair.reporter, partner: pair.partner } }
        : {}),
    },
    footnotes: rich.footnotes,
    read: rich.classification,
  };
}

/**
 * The reporter and partner a series is of: its own boxes', or a named definition's (both named; a definition
 * of any partner has no pair to end at, and keeps the months held).
 */
async function pairOf(d: SeriesDefinition): Promise<{ reporter: string; partner: string } | null> {
  if (!d.definition) return { reporter: d.reporter, partner: d.partner };
  const named = (await api.listDefinitions({}).catch(() => [])).find((x) => x.name === d.definition);
  return named?.reporter && named.partner ? { reporter: named.reporter, partner: named.partner } : null;
}

/**
 * The latest period the pair's files cover in any flow, of all goods (dashboard-month.ts reads the same):
 * a series of HS 2716, or total trade, may end before it, with "not covered" up to it.
 */
async function pairLatest(
  pair: { reporter: string; partner: string },
  frequency: 'month' | 'year',
  lang: ProseLang,
): Promise<string | null> {
  const flows = await Promise.all(
    (['import', 'export'] as const).map((flow) =>
      api.series(queryOf({ ...pair, flow, hs: [], excludeHs: [] }, frequency, lang)).catch(() => null),
    ),
  );
  const periods = flows.flatMap((s) => s?.points.filter((p) => p.status !== 'combined').map((p) => p.period) ?? []);
  return periods.sort().pop() ?? null;
}

/**
 * Several series share one axis: where one starts years after another (or ends before it), the periods it
 * does not span are asked of the core over the whole axis, so each says "not covered" with its reason.
 * A chart of a fixed window has asked every series over it already.
 */
async function coverAxis(got: Fetched[], frequency: 'month' | 'year', lang: ProseLang): Promise<Fetched[]> {
  const { span, short } = axisShortfall(got.map((g) => g.plot));
  if (!span) return got;
  return Promise.all(
    got.map(async (g, i) => {
      if (!short[i]) return g;
      // A wider span can hold what this series' own cannot (another currency): its gaps then stay as they were.
      const wide = await api.series({ ...queryOf(g.def, frequency, lang), ...span }).catch(() => null);
      return wide ? { ...g, plot: withAxisGaps(g.plot, wide.missing) } : g;
    }),
  );
}

/** What was fetched, and for which `key`: a key other than the current one means the chart is loading. */
type Fetch = {
  key: string | null;
  got: Fetched[];
  imported: string | null;
  batches: HeldBatch[];
  error: string | null;
};

/**
 * Fetches every series of a chart, and the import date its source caption cites. `window` limits every
 * series to those periods (the dashboard's last 24 months); without it each series is drawn whole.
 */
export function usePlot(
  defs: SeriesDefinition[],
  frequency: 'month' | 'year',
  refreshKey = 0,
  window?: Span | null,
): Plot {
  const [fetched, setFetched] = useState<Fetch>({ key: null, got: [], imported: null, batches: [], error: null });
  const { i18n } = useTranslation();
  const lang: ProseLang = i18n.language.startsWith('ko') ? 'ko' : 'en';
  const key = JSON.stringify([defs.map(defKey), frequency, refreshKey, window ?? null, lang]);
  const fetchAll = useEffectEvent(() => {
    const ready = defs.filter((d) => d.definition || (d.reporter && d.partner));
    const series = Promise.all(ready.map((d) => fetchOne(d, frequency, lang, window ?? undefined))).then((got) =>
      window || got.length < 2 ? got : coverAxis(got, frequency, lang),
    );
    return Promise.all([series, api.listBatches({})]);
  });
  // `key` stands for defs, frequency, window and language by value; the arrays themselves are new on every render.
  useEffect(() => {
    let live = true;
    fetchAll().then(
      ([got, batches]) => live && setFetched({ key, got, imported: importedOn(batches), batches, error: null }),
      (err: unknown) => live && setFetched({ key, got: [], imported: null, batches: [], error: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  // Legends name countries in the UI language, from the core's names, without fetching the series again.
  const label = useSeriesLabel();
  return useMemo(() => {
    const { got, imported, batches, error } = fetched;
    const loading = fetched.key !== key;
    // A series left at HS that the core read in SITC (all goods, no HS held) is named SITC, as its figures are.
    const named = (g: Fetched) =>
      g.read && !g.def.definition && !g.def.classification ? { ...g.def, classification: g.read } : g.def;
    const series = got.map((g) => ({ ...g.plot, label: label(named(g)) }));
    const footnotes = seriesNotes(got.map((g, i) => ({ label: series[i]!.label, footnotes: g.footnotes })));
    return { series, footnotes, imported, batches, error, loading };
  }, [fetched, label, key]);
}
