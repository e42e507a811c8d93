import i18next from 'i18next';
import { BasicPlatform, type Plugin } from 'chart.js';
import { Context as SvgContext } from 'svgcanvas';
import type { ChartConfig as Config } from '../../lib/chart/chart-config';
import { Chart } from '../../lib/chart/chart-setup';

/** Exports are drawn at a fixed size in CSS pixels, whatever the window's size, so a report looks the same each time. */
export const EXPORT_SIZE = { width: 960, height: 540 };
/** White space around an exported chart, in CSS pixels. */
export const EXPORT_MARGIN = { top: 20, right: 28, bottom: 16, left: 20 };

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

type FakeCanvas = {
  width: number;
  height: number;
  style?: Record<string, string>;
  getContext: (kind: '2d') => unknown;
};

/** Adds the export margin to the room the x axis asks for its outermost labels. */
function keepMarginBeyondLabels(scale: { paddingLeft: number; paddingRight: number }): void {
  scale.paddingLeft += EXPORT_MARGIN.left;
  scale.paddingRight += EXPORT_MARGIN.right;
}

/**
 * Draws a chart once onto `target` with no pointer events and no animation, then lets it go. `destroy()`
 * clears the canvas, which for svgcanvas and jsPDF would wipe the drawing: read the result in `keep` first.
 */
function drawOnce<T>(target: HTMLCanvasElement | FakeCanvas, config: Config, pixelRatio: number, keep: () => T): T {
  const plugins = config.options?.plugins;
  const chart = new Chart(target as HTMLCanvasElement, {
    ...config,
    platform: BasicPlatform,
    plugins: [...(config.plugins ?? []), paper],
    options: {
      ...config.options,
      responsive: false,
      animation: false,
      devicePixelRatio: pixelRatio,
      events: [],
      // A margin on every side, so the title never touches the edge, and marks near the edge (the
      // record's label, a "no data" label) are drawn past the plot area instead of cut at it.
      layout: { padding: EXPORT_MARGIN },
      // Chart.js lets the first and last period labels overhang into that padding: the margin is kept
      // beyond them, so a label at the end of the axis ("Aug 2021") never reaches the edge either.
      scales: { ...config.options?.scales, x: { ...config.options?.scales?.x, afterFit: keepMarginBeyondLabels } },
      plugins: { ...plugins, annotation: { ...plugins?.annotation, clip: false } },
    },
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
  return new Promise((resolve, reject) =>
    copy.toBlob((b) => (b ? resolve(b) : reject(new Error(i18next.t('chartErrors.noPng')))), 'image/png'),
  );
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

/** Text jsPDF's built-in fonts can write (WinAnsi): Korean or Chinese needs a font it does not embed. */
// eslint-disable-next-line no-control-regex
const WIN_ANSI = /^[\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u00d7]*$/;

/**
 * The chart as a vector PDF with real, selectable text: the chart's SVG (toSvg) drawn into jsPDF by
 * svg2pdf.js, at the export size in points, so a one-chart PDF is tens of KB. Text outside the PDF
 * standard fonts (Korean, Chinese) cannot be written without embedding a CJK font, so such a chart
 * goes in as a 2× image instead, and the caller is told so.
 */
export async function toPdf(config: Config): Promise<{ blob: Blob; vector: boolean }> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const { width, height } = EXPORT_SIZE;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [width, height], compress: true });
  const svgText = toSvg(config);
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const texts = Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '').join('');
  if (!WIN_ANSI.test(texts)) {
    const png = await toPng(config, 2);
    pdf.addImage(new Uint8Array(await png.arrayBuffer()), 'PNG', 0, 0, width, height, undefined, 'FAST');
    return { blob: pdf.output('blob'), vector: false };
  }
  // svg2pdf reads computed styles, so the SVG is laid out in the page (out of sight) while it draws.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:0;height:0;overflow:hidden';
  const svg = document.importNode(doc.documentElement, true);
  holder.append(svg);
  document.body.append(holder);
  try {
    await svg2pdf(svg, pdf, { x: 0, y: 0, width, height });
  } finally {
    holder.remove();
  }
  return { blob: pdf.output('blob'), vector: true };
}

/** Copies the chart to the clipboard as a 2× PNG. Throws a sentence a person can act on when the browser refuses. */
export async function copyImage(config: Config): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error(i18next.t('chartErrors.noClipboard'));
  }
  try {
    // Passing the promise keeps Safari's user-gesture rule happy; Chromium accepts it too.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': toPng(config, 2) })]);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(i18next.t('chartErrors.clipboardRefused', { why }));
  }
}

/**
 * "chn-prk-imports-2026-11-28" style names, safe on every file system. Letters of every script stay: of a
 * title in Korean only "usd" was left, so every chart downloaded under a Korean UI was "usd-2x.png".
 */
export function fileNameFor(title: string, ext: string): string {
  const slug =
    title
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'chart';
  return `${slug}.${ext}`;
}
