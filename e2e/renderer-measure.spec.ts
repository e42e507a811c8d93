import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';

/**
 * Renderer measurements for issue 15's targets, logged, printed against them and written to
 * test-results/renderer-measurements.json; never asserted as timings (the machine they run on may be shared):
 * - first contentful paint <= 300 ms;
 * - a 30-year x 20-series chart drawn in one frame, <= 16 ms (median of its redraws);
 * - no blank page longer than 50 ms while scrolling the grid over 5M rows (CI runs 1M, TIDEMARK_MEASURE_ROWS).
 * The tests only check they measured what they say.
 */
const TARGETS = { firstPaintMs: 300, chartDrawMs: 16, blankPageMs: 50 };
const root = join(import.meta.dirname, '..');
const OUT = join(root, 'test-results', 'renderer-measurements.json');
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const PARTNERS = [
  'PRK',
  'KOR',
  'JPN',
  'USA',
  'RUS',
  'MNG',
  'VNM',
  'THA',
  'IND',
  'DEU',
  'FRA',
  'GBR',
  'BRA',
  'AUS',
  'CAN',
  'MEX',
  'IDN',
  'MYS',
  'SGP',
  'PHL',
];
/** How many times the chart is redrawn to log scale and back for its median. */
const REDRAWS = 10;
/** How many rows the scrolling test imports; the import runs at roughly 40k rows/s, so this is about half a minute.
 * Issue 15's target is stated at 5M rows: run with TIDEMARK_MEASURE_ROWS=5000000 (CI keeps 1M to stay quick). */
const BIG_ROWS = Number(process.env.TIDEMARK_MEASURE_ROWS ?? 1_000_000);
if (!Number.isInteger(BIG_ROWS) || BIG_ROWS < 1)
  throw new Error(`TIDEMARK_MEASURE_ROWS must be a whole number of rows, got "${process.env.TIDEMARK_MEASURE_ROWS}".`);
/** Timeouts were sized for 1M rows; generating, importing and counting grow with the row count, so they scale with it. */
const SCALE = Math.max(1, BIG_ROWS / 1_000_000);

function months(): string[] {
  const out: string[] = [];
  for (let y = 1995; y < 2025; y++) for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out; // 360 months
}

/** Canonical CSV: 20 partners x 360 months x `codes` codes per month. */
function writeCsv(path: string, codes: number, limit = Infinity): number {
  const lines = [HEADER];
  let n = 0;
  outer: for (const period of months()) {
    for (const partner of PARTNERS) {
      for (let c = 0; c < codes; c++) {
        if (n >= limit) break outer;
        const code = String(10_000_000 + c * 37).padStart(8, '0');
        lines.push(`${period},CHN,${partner},import,HS,${code},Item ${c},${1000 + ((n * 7919) % 100_000)},USD,${c},kg`);
        n++;
      }
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n');
  return n;
}

/** "13.9 ms (target <= 16 ms: met)": a figure against its target, in the log and the JSON alike. */
function against(ms: number, target: number): string {
  return `${ms} ms (target <= ${target} ms: ${ms <= target ? 'met' : 'missed'})`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function record(key: string, value: unknown): void {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown>;
  } catch {
    // first measurement of the run
  }
  all[key] = value;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(all, null, 2) + '\n');
  console.log(`[measure] ${key}: ${JSON.stringify(value)}`);
}

async function importThroughPicker(
  page: Page,
  path: string,
  name: string,
  timeout: number,
  scope: { goods?: 'all' } = {},
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import files (Ctrl+O)' }).click(),
  ]);
  await chooser.setFiles(path);
  await confirmImport(page, name, scope);
  await expect(page.getByTestId('import-jobs')).toContainText('Done:', { timeout });
}

// Playwright's trace recording (DOM snapshots, screencast) runs inside the page it records: it would be timed too.
test.use({ trace: 'off' });

test.describe('renderer measurements (logged, not asserted)', () => {
  test.describe.configure({ mode: 'serial' });
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-measure-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('first paint, and a 30-year x 20-series chart drawn', async ({ page, host }) => {
    test.setTimeout(180_000);
    await page.goto(host.url);
    // The load event can come before the first contentful paint: wait for the entry rather than race it.
    await page.waitForFunction(() =>
      performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'),
    );
    const paint = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)])),
    );
    expect(paint['first-contentful-paint']).toBeGreaterThan(0);
    record('firstPaintMs', { ...paint, verdict: against(paint['first-contentful-paint']!, TARGETS.firstPaintMs) });

    const path = join(dir, 'twenty-partners-30-years.csv');
    const rows = writeCsv(path, 1);
    // The file's one code is all these partners' trade: said so, every month has a figure to draw. Without it
    // each series is "not covered" in every month, and the chart draws no line at all.
    await importThroughPicker(page, path, 'twenty-partners-30-years.csv', 60_000, { goods: 'all' });
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 partner').selectOption(PARTNERS[0]!);
    await page.getByLabel('Series 1 flow').selectOption({ label: 'Imports' }); // the file holds imports only
    for (let i = 1; i < PARTNERS.length; i++) {
      await page.getByRole('button', { name: 'Add series' }).click();
      await page.getByLabel(`Series ${i + 1} partner`).selectOption(PARTNERS[i]!);
    }
    const table = page.getByTestId('plot-table');
    await expect(table.locator('thead th')).toHaveCount(1 + PARTNERS.length, { timeout: 90_000 });
    await expect(table.locator('tbody tr')).toHaveCount(360);
    // Every series has a figure in its first and last month: the chart draws 20 whole lines.
    for (const row of [table.locator('tbody tr').first(), table.locator('tbody tr').last()])
      await expect(row.locator('td[data-value=""]')).toHaveCount(0, { timeout: 30_000 });
    // The last draw is of all 20 series; give it the frame it needs, then read how long it took.
    await page.waitForTimeout(500);
    const chart = page.getByTestId('trade-chart');
    const drawMs = Number(await chart.getAttribute('data-draw-ms'));
    expect(drawMs).toBeGreaterThan(0);

    // One draw is one sample on a machine that may be busy: redraw the same chart as a person would, by
    // ticking "Log scale" and unticking it again, and take the median of the redraws back to the linear chart.
    const logScale = page.getByRole('checkbox', { name: 'Log scale' });
    const linear: number[] = [];
    const log: number[] = [];
    for (let i = 0; i < 2 * REDRAWS; i++) {
      const ticks = await chart.getAttribute('data-y-ticks');
      await logScale.click();
      await expect(chart).not.toHaveAttribute('data-y-ticks', ticks ?? '');
      (i % 2 === 0 ? log : linear).push(Number(await chart.getAttribute('data-draw-ms')));
    }
    expect(linear).toHaveLength(REDRAWS);
    const sorted = [...linear].sort((a, b) => a - b);
    record('chart30yx20Series', {
      verdict: against(median(linear), TARGETS.chartDrawMs),
      redrawMedianMs: median(linear),
      redrawMinMs: sorted[0],
      redrawMaxMs: sorted.at(-1),
      redrawsMs: linear,
      logRedrawMedianMs: median(log),
      firstDrawMs: drawMs,
      series: PARTNERS.length,
      months: 360,
      rowsImported: rows,
      note: 'data-draw-ms: Chart.js update and draw of the chart on screen, timed around it in the page',
    });
    await page.getByTestId('trade-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(root, 'test-results', 'screens', 'measure-01-20-series.png') });
  });

  test('the longest blank page while scrolling a large table from top to bottom', async ({ page, host }) => {
    test.setTimeout(Math.round(600_000 * SCALE));
    await page.goto(host.url);
    const path = join(dir, 'big.csv');
    const codes = Math.ceil(BIG_ROWS / (PARTNERS.length * 360));
    const rows = writeCsv(path, codes, BIG_ROWS);
    const started = Date.now();
    await importThroughPicker(page, path, 'big.csv', Math.round(540_000 * SCALE));
    const importSeconds = (Date.now() - started) / 1000;
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.getByTestId('records-total')).toHaveText(`${rows.toLocaleString('en-US')} records`, {
      timeout: Math.round(10_000 * SCALE),
    });
    await page.waitForTimeout(Number(process.env.TIDEMARK_MEASURE_SETTLE_MS ?? 0));

    // Step the viewport from the top to the bottom; after each step, time how long any row in view stays a
    // loading placeholder (or the view has no rows at all).
    const result = await page
      .locator('[data-testid="records-grid"] .ag-body-viewport')
      .evaluate(async (viewport, steps: number) => {
        const blank = () => {
          const rowsInView = [...viewport.querySelectorAll('.ag-center-cols-container .ag-row')].filter((r) => {
            const box = r.getBoundingClientRect();
            const view = viewport.getBoundingClientRect();
            return box.bottom > view.top && box.top < view.bottom;
          });
          // A row still waiting for its page is drawn with empty cells (AG Grid 34 marks it with no class), so
          // "blank" is a row in view whose period cell has no text: every record has a period.
          return (
            rowsInView.length === 0 ||
            rowsInView.some((r) => (r.querySelector('[col-id="period"]')?.textContent ?? '').trim() === '')
          );
        };
        const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
        const times: number[] = [];
        // Per step: when the first frame came and when the page's requests went out and came back (ms after the scroll).
        const detail: { firstFrameMs: number; requests: string }[] = [];
        const slow: Record<string, unknown>[] = [];
        // How many frames each step's rows took to show: 1 when they were drawn in the first frame after the
        // scroll. Less moved by a busy machine than the milliseconds, which also count how long each frame took.
        const framesPerStep: Record<number, number> = {};
        const max = viewport.scrollHeight - viewport.clientHeight;
        for (let i = 0; i <= steps; i++) {
          performance.clearResourceTimings();
          viewport.scrollTop = Math.round((max * i) / steps);
          const t0 = performance.now();
          await frame();
          const firstFrameMs = Math.round(performance.now() - t0);
          let frames = 1;
          while (blank() && performance.now() - t0 < 10_000) {
            await frame();
            frames++;
          }
          const took = performance.now() - t0;
          times.push(took);
          framesPerStep[frames] = (framesPerStep[frames] ?? 0) + 1;
          const requests = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('/api/'))
            .map(
              (e) =>
                `${Math.round(e.startTime - t0)}..${Math.round((e as PerformanceResourceTiming).responseEnd - t0)}`,
            );
          detail.push({ firstFrameMs, requests: requests.join(' ') });
          if (took > 1000) {
            const all = [...viewport.querySelectorAll('.ag-center-cols-container .ag-row')];
            slow.push({
              step: i,
              ms: Math.round(took),
              scrollTop: viewport.scrollTop,
              rows: all.length,
              loading: all.filter((r) => r.classList.contains('ag-row-loading')).length,
              first: all[0]?.getAttribute('row-index') ?? null,
            });
          }
        }
        const worst = times
          .map((ms, step) => ({ step, ms: Math.round(ms), ...detail[step] }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5);
        times.sort((a, b) => a - b);
        return {
          steps: times.length,
          longestMs: Math.round(times.at(-1)!),
          medianMs: Math.round(times[Math.floor(times.length / 2)]!),
          p95Ms: Math.round(times[Math.floor(times.length * 0.95)]!),
          worst,
          slow,
          framesPerStep,
        };
      }, 200);
    expect(result.steps).toBe(201);
    record('gridScroll', {
      verdict: against(result.longestMs, TARGETS.blankPageMs),
      rows,
      importSeconds: Math.round(importSeconds),
      ...result,
      note: 'time per scroll step until no visible row is a loading placeholder; includes one animation frame. framesPerStep: frames waited -> steps',
    });
    await page.screenshot({ path: join(root, 'test-results', 'screens', 'measure-02-scrolled-to-end.png') });
  });
});
