import type { SeriesPoint } from '../../../shared/domain';

const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** The chart's numbers for screen readers (and for anyone checking the chart's data). */
export function SeriesTable({ points, caption, currency }: { points: SeriesPoint[]; caption: string; currency: string | null }) {
  return (
    <table className="visually-hidden" data-testid="series-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Value{currency ? ` (${currency})` : ''}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.period}>
            <th scope="row">{p.period}</th>
            <td data-value={p.value}>{full.format(p.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
