import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import type { Page } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`), fullPage: true });

/** Plotted values by period, read from the hidden table that carries the chart's numbers. */
async function plotted(page: Page): Promise<Record<string, number | null>> {
  const rows = await page
    .getByTestId('plot-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [
            tr.querySelector('th')?.textContent ?? '',
            tr.querySelector('td')?.getAttribute('data-value') ?? '',
          ] as const,
      ),
    );
  return Object.fromEntries(rows.map(([p, v]) => [p, v === '' ? null : Number(v)]));
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

test.describe('charts on the bundled sample', () => {
  test.use({ sample: true });

  test('North Korea’s exports to China without electricity: plotted, captioned and exported', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    console.log(`[measure] first contentful paint: ${firstPaint === null ? 'n/a' : `${firstPaint.toFixed(0)} ms`}`);

    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 flow').selectOption({ label: 'Imports' });
    // Before the exclusion, November 2020 carries the electricity: 1,122,812 + 1,854 + 509 + 19.
    await expect.poll(async () => (await plotted(page))['2020-11']).toBe(1_125_194);

    await page.getByLabel('Series 1 exclude HS').fill('2716');
    await page.getByLabel('Series 1 exclude HS').press('Enter');
    await expect.poll(async () => (await plotted(page))['2020-11']).toBe(2_382);
    await expect(
      page.getByRole('img', { name: /Chart: Monthly: China's imports from North Korea, excl\. HS 2716 \(USD\)/ }),
    ).toBeVisible();

    const caption = page.getByTestId('chart-caption');
    await expect(caption).toContainText(/Source: China customs \(GACC\), imported \d{4}-\d{2}-\d{2}; excludes HS 2716/);
    await expect(caption).toContainText(/excludes HS 2716/i);
    await page.screenshot(shot('charts-01-excluding-electricity'));

    const png = await downloaded(page, 'PNG 2×');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16..23. Exports are 960×540 CSS pixels.
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);

    const svg = await downloaded(page, 'SVG');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('<path');
    expect(svgText).toContain('excludes HS 2716');

    const pdf = await downloaded(page, 'PDF');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfNote = await page
      .getByRole('status')
      .filter({ hasText: /PDF ready/ })
      .textContent();
    console.log(`[measure] PDF export: ${pdfNote}`);

    // A user event and a second series from another flow, as a stacked chart.
    await page.getByLabel('Event month').fill('2020-01');
    await page.getByLabel('Event text').fill('border closed');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect(page.getByRole('list', { name: 'Events on the chart' })).toContainText('border closed, January 2020');
    await page.getByRole('button', { name: 'Add series' }).click();
    await page.getByLabel('Series 2 flow').selectOption({ label: 'Exports' });
    await expect(page.getByTestId('plot-table').locator('thead th')).toHaveCount(3);
    await page.screenshot(shot('charts-02-two-series-event'));
    await page.getByLabel('Chart type').selectOption({ label: 'Stacked bar' });
    await page.screenshot(shot('charts-03-stacked-bar'));

    const drawMs = await page.getByTestId('trade-chart').getAttribute('data-draw-ms');
    console.log(`[measure] chart draw (2 series, sample): ${drawMs} ms`);
    expect(problems).toEqual([]);
  });
});
