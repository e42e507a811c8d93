import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { callAnalysis } from './analysis-client';
import { importedOn, seriesLabel, type SeriesDefinition } from './caption';
import type { PlotSeries } from './chart-model';
import { useSeriesLabel } from './use-series-label';

export type Plot = { series: PlotSeries[]; footnotes: string[]; imported: string | null; error: string | null; loading: boolean };

/** A definition as a stable key, so the same series is not fetched twice and React keeps its rows. */
export const defKey = (d: SeriesDefinition) => JSON.stringify([d.reporter, d.partner, d.flow, d.hs, d.excludeHs, d.definition ?? '']);

async function fetchOne(d: SeriesDefinition, frequency: 'month' | 'year'): Promise<{ plot: PlotSeries; footnotes: string[] }> {
  const query = { reporter: d.reporter || undefined, partner: d.partner || undefined, flow: d.flow, hs: d.hs, excludeHs: d.excludeHs, frequency, ...(d.definition ? { def: d.definition } : {}) };
  const rich = (await callAnalysis('series', query))!;
  // Combined releases (GACC's Jan+Feb) hold two months in one figure: plotting it as one month would be wrong.
  const points = rich.points.filter((p) => p.status !== 'combined');
  // Periods no file covers keep their place on the axis, as gaps, never as zero.
  const missing = (rich.missing ?? []).map((m) => m.period);
  return { plot: { key: defKey(d), label: d.definition ? rich.label || seriesLabel(d) : seriesLabel(d), points, currency: rich.currency, missing, notCovered: rich.missing?.[0]?.reason ?? null }, footnotes: rich.footnotes };
}

/** Fetches every series of a chart, and the import date its source caption cites. */
export function usePlot(defs: SeriesDefinition[], frequency: 'month' | 'year', refreshKey = 0): Plot {
  const [plot, setPlot] = useState<Plot>({ series: [], footnotes: [], imported: null, error: null, loading: true });
  const key = JSON.stringify([defs.map(defKey), frequency, refreshKey]);
  useEffect(() => {
    let live = true;
    const ready = defs.filter((d) => d.definition || (d.reporter && d.partner));
    setPlot((p) => ({ ...p, loading: true }));
    Promise.all([Promise.all(ready.map((d) => fetchOne(d, frequency))), api.listBatches({})]).then(
      ([got, batches]) => {
        if (!live) return;
        setPlot({ series: got.map((g) => g.plot), footnotes: [...new Set(got.flatMap((g) => g.footnotes))], imported: importedOn(batches), error: null, loading: false });
      },
      (err: unknown) => live && setPlot({ series: [], footnotes: [], imported: null, error: messageOf(err), loading: false }),
    );
    return () => {
      live = false;
    };
    // `key` stands for defs and frequency by value; the arrays themselves are new on every render.
  }, [key]);
  // Legends name countries in the UI language, from the core's names, without fetching the series again.
  const label = useSeriesLabel();
  return useMemo(() => {
    const byKey = new Map(defs.map((d) => [defKey(d), d]));
    return { ...plot, series: plot.series.map((s) => (byKey.get(s.key)?.definition ? s : { ...s, label: label(byKey.get(s.key) ?? parseKey(s.key)) })) };
  }, [plot, label, key]);
}

function parseKey(key: string): SeriesDefinition {
  const [reporter, partner, flow, hs, excludeHs] = JSON.parse(key) as [string, string, SeriesDefinition['flow'], string[], string[]];
  return { reporter, partner, flow, hs, excludeHs };
}
