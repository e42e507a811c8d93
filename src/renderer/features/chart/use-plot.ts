import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnalysisSeries } from '../../../shared/analysis-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { callAnalysis } from './analysis-client';
import { importedOn, seriesLabel, type SeriesDefinition } from './caption';
import type { PlotSeries } from './chart-model';

export type Plot = { series: PlotSeries[]; footnotes: string[]; imported: string | null; error: string | null; loading: boolean };

/** A definition as a stable key, so the same series is not fetched twice and React keeps its rows. */
export const defKey = (d: SeriesDefinition) => JSON.stringify([d.reporter, d.partner, d.flow, d.hs, d.excludeHs, d.definition ?? '']);

/** The months (or years) a series draws: from its first figure to its last. */
export function drawnSpan(points: { period: string }[]): { from: string; to: string } | null {
  const periods = points.map((p) => p.period).sort();
  return periods.length ? { from: periods[0]!, to: periods[periods.length - 1]! } : null;
}

/** Whether the core counted gaps outside what is drawn (it spans every period any flow covers). */
function countsBeyond(s: AnalysisSeries, span: { from: string; to: string }): boolean {
  return s.missing.some((m) => m.period < span.from || m.period > span.to);
}

async function fetchOne(d: SeriesDefinition, frequency: 'month' | 'year', t: TFunction, window?: { from: string; to: string }): Promise<{ plot: PlotSeries; footnotes: string[] }> {
  const query = { reporter: d.reporter || undefined, partner: d.partner || undefined, flow: d.flow, hs: d.hs, excludeHs: d.excludeHs, frequency, ...(d.definition ? { def: d.definition } : {}), ...window };
  let rich = (await callAnalysis('series', query))!;
  // A gap note counts the months in the span the chart shows: total trade drawn over 13 months says 6 missing,
  // not the 80 months one flow alone spans. Asked again for exactly that span where the first answer counted more.
  const span = window ? null : drawnSpan(rich.points.filter((p) => p.status !== 'combined'));
  if (span && countsBeyond(rich, span)) rich = (await callAnalysis('series', { ...query, ...span }))!;
  // Combined releases (GACC's Jan+Feb) hold two months in one figure: plotting it as one month would be wrong.
  const points = rich.points.filter((p) => p.status !== 'combined');
  return { plot: { key: defKey(d), label: d.definition ? rich.label || seriesLabel(d, t) : seriesLabel(d, t), points, currency: rich.currency }, footnotes: rich.footnotes };
}

/**
 * Fetches every series of a chart, and the import date its source caption cites. `window` limits every
 * series to those periods (the dashboard's last 24 months); without it each series is drawn whole.
 */
export function usePlot(defs: SeriesDefinition[], frequency: 'month' | 'year', refreshKey = 0, window?: { from: string; to: string } | null): Plot {
  const { t, i18n } = useTranslation();
  const [plot, setPlot] = useState<Plot>({ series: [], footnotes: [], imported: null, error: null, loading: true });
  const key = JSON.stringify([defs.map(defKey), frequency, refreshKey, window ?? null, i18n.language]);
  useEffect(() => {
    let live = true;
    const ready = defs.filter((d) => d.definition || (d.reporter && d.partner));
    setPlot((p) => ({ ...p, loading: true }));
    Promise.all([Promise.all(ready.map((d) => fetchOne(d, frequency, t, window ?? undefined))), api.listBatches({})]).then(
      ([got, batches]) => {
        if (!live) return;
        // With several series a note says which one it is about: "6 months are not covered" alone would not.
        const notes = got.flatMap((g) => (got.length > 1 ? g.footnotes.map((n) => `${g.plot.label}: ${n}`) : g.footnotes));
        setPlot({ series: got.map((g) => g.plot), footnotes: [...new Set(notes)], imported: importedOn(batches), error: null, loading: false });
      },
      (err: unknown) => live && setPlot({ series: [], footnotes: [], imported: null, error: messageOf(err), loading: false }),
    );
    return () => {
      live = false;
    };
    // `key` stands for defs, frequency and window by value; the arrays themselves are new on every render.
  }, [key]);
  return plot;
}
