import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';

/**
 * Renderer measurements for issue 5's benchmark: logged and written to test-results/renderer-measurements.json,
 * never asserted as timings (targets: first paint <= 1 s, a 30-year x 20-series chart <= 100 ms, no blank
 * page in the grid for more than 100 ms while scrolling). The test only checks it measured what it says.
 */
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
/** How many rows the scrolling test imports; the import runs at roughly 40k rows/s, so this is about half a minute.
 * Issue 5's target is stated at 5M rows: run with TIDEMARK_MEASURE_ROWS=5000000 (CI keeps 1M to stay quick). */
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

async function importThroughPicker(page: Page, path: string, name: string, timeout: number): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import files (Ctrl+O)' }).click(),
  ]);
  await chooser.setFiles(path);
  await confirmImport(page, name);
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
    record('firstPaintMs', paint);

    const path = join(dir, 'twenty-partners-30-years.csv');
    const rows = writeCsv(path, 1);
    await importThroughPicker(page, path, 'twenty-partners-30-years.csv', 60_000);
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
    // The last draw is of all 20 series; give it the frame it needs, then read how long it took.
    await page.waitForTimeout(500);
    const drawMs = Number(await page.getByTestId('trade-chart').getAttribute('data-draw-ms'));
    expect(drawMs).toBeGreaterThan(0);
    record('chart30yx20Series', { drawMs, series: PARTNERS.length, months: 360, rowsImported: rows });
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
        const max = viewport.scrollHeight - viewport.clientHeight;
        for (let i = 0; i <= steps; i++) {
          performance.clearResourceTimings();
          viewport.scrollTop = Math.round((max * i) / steps);
          const t0 = performance.now();
          await frame();
          const firstFrameMs = Math.round(performance.now() - t0);
          while (blank() && performance.now() - t0 < 10_000) await frame();
          const took = performance.now() - t0;
          times.push(took);
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
        };
      }, 200);
    expect(result.steps).toBe(201);
    record('gridScroll', {
      rows,
      importSeconds: Math.round(importSeconds),
      ...result,
      note: 'time per scroll step until no visible row is a loading placeholder; includes one animation frame',
    });
    await page.screenshot({ path: join(root, 'test-results', 'screens', 'measure-02-scrolled-to-end.png') });
  });
});
