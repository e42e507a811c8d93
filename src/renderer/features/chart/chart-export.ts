import { BasicPlatform, type ChartConfiguration, type Plugin } from 'chart.js';
import { Context as SvgContext } from 'svgcanvas';
import { Chart } from './chart-setup';

/** Exports are drawn at a fixed size in CSS pixels, whatever the window's size, so a report looks the same each time. */
export const EXPORT_SIZE = { width: 960, height: 540 };

type Config = ChartConfiguration<'line' | 'bar', (number | null)[], string>;

// Reports are printed on white; a transparent PNG turns black in some viewers.
const paper: Plugin = {
  id: 'tidemarkPaper',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

type FakeCanvas = { width: number; height: number; style?: Record<string, string>; getContext: (kind: '2d') => unknown };

/**
 * Draws a chart once onto `target` with no pointer events and no animation, then lets it go. `destroy()`
 * clears the canvas, which for svgcanvas and jsPDF would wipe the drawing: read the result in `keep` first.
 */
function drawOnce<T>(target: HTMLCanvasElement | FakeCanvas, config: Config, pixelRatio: number, keep: () => T): T {
  const chart = new Chart(target as HTMLCanvasElement, {
    ...config,
    platform: BasicPlatform,
    plugins: [...(config.plugins ?? []), paper],
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: pixelRatio, events: [] },
  });
  try {
    return keep();
  } finally {
    chart.destroy();
  }
}

/** The chart as a PNG at 1×, 2× or 3× its export size. */
export async function toPng(config: Config, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_SIZE.width;
  canvas.height = EXPORT_SIZE.height;
  const copy = drawOnce(canvas, config, scale, () => {
    // Chart.js clears the canvas when destroyed; keep a copy of the pixels to encode.
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    out.getContext('2d')?.drawImage(canvas, 0, 0);
    return out;
  });
  return new Promise((resolve, reject) => copy.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the chart as PNG.'))), 'image/png'));
}

type SvgInternals = {
  __currentElement?: { nodeName: string };
  __createElement: (name: string, attrs: Record<string, string>, reset: boolean) => { nodeName: string };
  __closestGroupOrSvg: () => { appendChild: (node: unknown) => void };
} & Record<'fill' | 'stroke' | 'clip', (...args: unknown[]) => void>;

/**
 * On a canvas the current path outlives a fillText; svgcanvas makes the text its current element, so a
 * later fill, stroke or clip (annotation labels do this) styles the text and drops the path, logging
 * "Attempted to apply path command to node text". Give the path its own element again first.
 */
function keepPathAfterText(svgContext: SvgContext): void {
  const ctx = svgContext as unknown as SvgInternals;
  for (const name of ['fill', 'stroke', 'clip'] as const) {
    const draw = ctx[name].bind(ctx);
    ctx[name] = (...args: unknown[]) => {
      if (ctx.__currentElement && ctx.__currentElement.nodeName !== 'path') {
        const path = ctx.__createElement('path', {}, true);
        ctx.__closestGroupOrSvg().appendChild(path);
        ctx.__currentElement = path;
      }
      draw(...args);
    };
  }
}

/** The chart as real SVG: lines are <path> elements and labels <text>, so it scales in a report without blurring. */
export function toSvg(config: Config): string {
  const measure = document.createElement('canvas').getContext('2d') ?? undefined;
  const ctx = new SvgContext({ width: EXPORT_SIZE.width, height: EXPORT_SIZE.height, ctx: measure });
  keepPathAfterText(ctx);
  const target = Object.assign(ctx, { style: {}, getContext: () => ctx }) as unknown as FakeCanvas;
  return drawOnce(target, config, 1, () => ctx.getSerializedSvg(true));
}

/**
 * The chart as a vector PDF: Chart.js draws straight into jsPDF's canvas-like context. That context measures
 * text differently and lacks a few canvas calls, so a thin adapter fills them in; if drawing still fails,
 * the page carries a 3× PNG instead, and the caller is told so.
 */
export async function toPdf(config: Config): Promise<{ blob: Blob; vector: boolean }> {
  const { jsPDF } = await import('jspdf');
  const { width, height } = EXPORT_SIZE;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'px', format: [width, height], hotfixes: ['px_scaling'] });
  try {
    const pctx = pdf.context2d;
    const measure = document.createElement('canvas').getContext('2d')!;
    const adapter = new Proxy(pctx as unknown as Record<string | symbol, unknown>, {
      get(target, prop) {
        if (prop === 'canvas') return fake;
        if (prop === 'measureText') return (text: string) => ((measure.font = String(target.font)), measure.measureText(text));
        if (prop === 'setLineDash' && typeof target.setLineDash !== 'function') return () => undefined;
        if (prop === 'getLineDash' && typeof target.getLineDash !== 'function') return () => [];
        if (prop === 'resetTransform') return () => (target.setTransform as (...a: number[]) => void).call(target, 1, 0, 0, 1, 0, 0);
        const v = target[prop];
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
      set(target, prop, value) {
        target[prop] = value;
        return true;
      },
    });
    const fake: FakeCanvas = { width, height, style: {}, getContext: () => adapter };
    const blob = drawOnce(fake, config, 1, () => pdf.output('blob'));
    return { blob, vector: true };
  } catch {
    const fallback = new jsPDF({ orientation: 'landscape', unit: 'px', format: [width, height], hotfixes: ['px_scaling'] });
    const png = await toPng(config, 3);
    fallback.addImage(new Uint8Array(await png.arrayBuffer()), 'PNG', 0, 0, width, height);
    return { blob: fallback.output('blob'), vector: false };
  }
}

/** Copies the chart to the clipboard as a 2× PNG. Throws a sentence a person can act on when the browser refuses. */
export async function copyImage(config: Config): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('This browser cannot put images on the clipboard. Export a PNG instead.');
  }
  try {
    // Passing the promise keeps Safari's user-gesture rule happy; Chromium accepts it too.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': toPng(config, 2) })]);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`The clipboard refused the image (${why}). Allow clipboard access for this page, or export a PNG instead.`);
  }
}

/** "chn-prk-imports-2026-11-28" style names, safe on every file system. */
export function fileNameFor(title: string, ext: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'chart';
  return `${slug}.${ext}`;
}
