import { alignSeries, type PlotSeries } from './chart-model';
import { formatChange } from './chart-config';

const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** Every plotted number, for screen readers and for anyone checking the chart: one row per period, one column per series. */
export function PlotTable({ series, caption }: { series: PlotSeries[]; caption: string }) {
  const { labels } = alignSeries(series);
  const byPeriod = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  // A period no file covers says so, with why: it is not a zero, and not merely "no data".
  const uncovered = series.map((s) => new Set(s.missing ?? []));
  return (
    <table className="visually-hidden" data-testid="plot-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {series.map((s) => (
            <th scope="col" key={s.key}>
              {s.label}
              {s.currency ? ` (${s.currency})` : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((period) => (
          <tr key={period}>
            <th scope="row">{period}</th>
            {byPeriod.map((m, i) => {
              const p = m.get(period);
              const notCovered = !p && uncovered[i]!.has(period);
              return (
                <td key={series[i]!.key} data-value={p ? p.value : ''} title={p ? `MoM ${formatChange(p.mom)}, YoY ${formatChange(p.yoy)}` : notCovered ? (series[i]!.notCovered ?? 'not covered') : 'no data'}>
                  {p ? full.format(p.value) : notCovered ? 'not covered' : 'no data'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
