import { useEffect, useRef } from 'react';
import type { SeriesPoint } from '../../../shared/domain';
import { periodLabel } from '../../../shared/period';
import { Chart } from './chart-setup';
import { monthAxis } from './month-axis';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A Chart.js line of one series. The canvas is an image to assistive tech; the table beside it holds the numbers. */
export function LineChart({ points, label, currency, empty }: { points: SeriesPoint[]; label: string; currency: string | null; empty: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line', (number | null)[], string> | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'line',
      data: { labels: [], datasets: [{ data: [], borderColor: '#0f766e', backgroundColor: 'rgba(15, 118, 110, 0.08)', fill: true, tension: 0, spanGaps: false, pointRadius: 3, pointHoverRadius: 5, pointBackgroundColor: '#0f766e', borderWidth: 2 }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 16, color: '#64748b' } },
          y: { beginAtZero: true, grid: { color: '#eef2f6' }, ticks: { color: '#64748b', callback: (v) => compact.format(Number(v)) } },
        },
        plugins: { tooltip: { callbacks: { title: (items) => periodLabel(items[0]?.label ?? ''), label: (item) => ` ${full.format(item.parsed.y ?? 0)}` } } },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const { labels, values } = monthAxis(points);
    c.data.labels = labels;
    const dataset = c.data.datasets[0];
    if (dataset) dataset.data = values;
    c.update();
  }, [points]);

  return (
    <div className="chart__canvas">
      {points.length === 0 ? <div className="chart__empty">{empty}</div> : null}
      <canvas ref={canvas} role="img" aria-label={`Line chart: ${label}${currency ? `, ${currency}` : ''}`} data-testid="series-chart" />
    </div>
  );
}
