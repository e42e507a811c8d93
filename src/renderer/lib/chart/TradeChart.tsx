import { useEffect, useRef } from 'react';
import zoomPlugin from 'chartjs-plugin-zoom';
import { adoptData } from './adopt-data';
import { Chart } from './chart-setup';
import type { ChartConfig as Config, ChartPoint } from './chart-config';

/** The time one full draw took, for the e2e benchmark (read from the DOM, never asserted). */
export const DRAW_MS_ATTR = 'data-draw-ms';
export const Y_TICKS_ATTR = 'data-y-ticks';

/** Drag to pan, Ctrl+wheel or pinch to zoom, along time only. */
function withZoom(options: Config['options']): Config['options'] {
  return {
    ...options,
    plugins: {
      ...options?.plugins,
      zoom: {
        pan: { enabled: true, mode: 'x' },
        zoom: { wheel: { enabled: true, modifierKey: 'ctrl' }, pinch: { enabled: true }, mode: 'x' },
      },
    },
  };
}

/**
 * An interactive Chart.js chart: drag to pan, Ctrl+wheel or pinch to zoom along time. The canvas is an image
 * to assistive tech; a table of the same numbers sits beside it.
 */
export function TradeChart({
  config,
  label,
  empty,
  onReady,
  small = false,
}: {
  config: Config;
  label: string;
  empty: string | null;
  onReady?: (resetZoom: () => void) => void;
  small?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<{ drawn: Chart<'line' | 'bar', ChartPoint[], string>; type: Config['type'] } | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const started = performance.now();
    const options = withZoom(config.options);
    const current = chart.current;
    // A new configuration of the same kind updates the chart in place: building a new one re-measures the
    // canvas and re-binds its pointer handlers, most of a redraw's time; its series keep their datasets.
    if (current && current.type === config.type) {
      adoptData(current.drawn.data, config.data);
      current.drawn.options = options ?? {};
      // Not update('none'): in that mode Chart.js keeps a kept dataset's shared point options (radius, colours)
      // from its first draw, so a lone year's point stayed at a long chart's radius 0, invisible, and the dots
      // of a chart switched to the dark theme kept the light theme's colour. Animation is off: nothing moves.
      current.drawn.update();
    } else {
      current?.drawn.destroy();
      chart.current = {
        drawn: new Chart(canvas.current, { ...config, plugins: [zoomPlugin], options }),
        type: config.type,
      };
    }
    const { drawn } = chart.current!;
    canvas.current.setAttribute(DRAW_MS_ATTR, (performance.now() - started).toFixed(1));
    // The value axis as drawn ("3500만", "35M"): the canvas's text is otherwise out of reach of tests and tools.
    canvas.current.setAttribute(Y_TICKS_ATTR, (drawn.scales.y?.ticks ?? []).map((t) => String(t.label)).join('|'));
    onReady?.(() => drawn.resetZoom());
  }, [config, onReady]);

  useEffect(
    () => () => {
      chart.current?.drawn.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    <div className={small ? 'tm-chart__canvas tm-chart__canvas--small' : 'tm-chart__canvas'}>
      {empty ? (
        <div className="tm-chart__empty">
          <p>{empty}</p>
        </div>
      ) : null}
      <canvas ref={canvas} role="img" aria-label={label} data-testid="trade-chart" />
    </div>
  );
}
