import { describe, expect, it } from 'vitest';
import { adoptData } from './adopt-data';
import type { ChartConfig } from './chart-config';

type Data = ChartConfig['data'];
const line = (label: string, y: number, extra: object = {}) =>
  ({ type: 'line', label, data: [{ x: 0, y }], ...extra }) as Data['datasets'][number];

describe('a new configuration moved into a drawn chart', () => {
  it('keeps the dataset object of a series drawn the same way, with the new figures and styles', () => {
    const drawn: Data = {
      labels: ['2020-01'],
      datasets: [line('Imports', 1, { pointRadius: [0] }), line('Exports', 2)],
    };
    const [imports, exports] = drawn.datasets;
    const next: Data = {
      labels: ['2020-01'],
      datasets: [line('Imports', 5, { borderColor: '#000' }), line('Exports', 6)],
    };
    adoptData(drawn, next);
    // The same objects, so Chart.js keeps their controllers and points instead of building them again.
    expect(drawn.datasets[0]).toBe(imports);
    expect(drawn.datasets[1]).toBe(exports);
    expect(drawn.datasets[0]).toEqual(next.datasets[0]);
    expect(drawn.datasets[0]).not.toHaveProperty('pointRadius');
    expect(drawn.labels).toBe(next.labels);
  });

  it('draws a different series, or the same one as bars, from a new object', () => {
    const drawn: Data = { labels: [], datasets: [line('Imports', 1), line('Exports', 2)] };
    const bars = { type: 'bar', label: 'Imports', data: [{ x: 0, y: 1 }] } as Data['datasets'][number];
    const next: Data = { labels: [], datasets: [bars, line('Total', 3), line('Re-exports', 4)] };
    adoptData(drawn, next);
    expect(drawn.datasets).toHaveLength(3);
    next.datasets.forEach((d, i) => expect(drawn.datasets[i]).toBe(d));
  });
});
