import type { ChartData } from 'chart.js';
import type { ChartPoint } from './chart-config';

type Data = ChartData<'line' | 'bar', ChartPoint[], string>;

/**
 * Moves a new configuration's data into the data a drawn chart holds. Chart.js keys a dataset's controller,
 * parsed points and elements to the dataset object itself: a new object for the same series rebuilt all 7,200
 * points of a 20-series chart on every redraw. A dataset drawn the same way (same type) for the same series (same
 * label) keeps its object and takes the new one's properties; any other is the new object, drawn from scratch
 * as before (so a series hidden from the legend is shown again when the series in its place changes).
 */
export function adoptData(drawn: Data, next: Data): void {
  const old = drawn.datasets;
  drawn.datasets = next.datasets.map((d, i) => {
    const kept = old[i];
    if (!kept || kept.type !== d.type || kept.label !== d.label) return d;
    for (const key of Object.keys(kept)) if (!(key in d)) delete kept[key as keyof typeof kept];
    return Object.assign(kept, d);
  });
  drawn.labels = next.labels;
}
