import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { alignSeries, type PlotSeries } from '../../lib/chart/chart-model';
import { changeWords, chartNumbers } from '../../lib/chart/chart-config';
import { ENGLISH_LIGHT, type ChartLook } from '../../lib/chart/chart-look';

/**
 * Every plotted number, for screen readers and for anyone checking the chart: one row per period, one column
 * per series. Each row's period is also in `data-period` and each value in `data-value`, for tests.
 * Memoized: a 30-year, 20-series table is 7,560 cells, and a switch of chart kind or log scale (which
 * changes none of them) re-rendered them all in the same frame as the chart's redraw.
 */
export const PlotTable = memo(function PlotTable({
  series,
  caption,
  look = ENGLISH_LIGHT,
}: {
  series: PlotSeries[];
  caption: string;
  look?: ChartLook;
}) {
  const { t } = useTranslation();
  const { labels } = alignSeries(series);
  const byPeriod = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  const num = chartNumbers(look.locale, look.notApplicable);
  // A period no file covers says so, with why: it is not a zero, and not merely "no data".
  const uncovered = series.map((s) => new Set(s.missing ?? []));
  return (
    <table className="visually-hidden" data-testid="plot-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field.period')}</th>
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
          <tr key={period} data-period={period}>
            <th scope="row">{period}</th>
            {byPeriod.map((m, i) => {
              const p = m.get(period);
              const notCovered = !p && uncovered[i]!.has(period);
              // Each period's own reason ("later.csv lists only partners North Korea"), as the cards give it.
              const reason = notCovered ? (series[i]!.reasons?.[period] ?? series[i]!.notCovered) : null;
              return (
                <td
                  key={series[i]!.key}
                  data-value={p ? p.value : ''}
                  data-state={p ? 'figure' : notCovered ? 'not-covered' : 'no-data'}
                  data-prose={reason ? 'core' : undefined}
                  title={p ? changeWords(p, look, num, ', ') : notCovered ? (reason ?? look.notCovered) : look.noData}
                >
                  {p ? num.full(p.value) : notCovered ? look.notCovered : look.noData}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
