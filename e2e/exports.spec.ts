import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsv } from './helpers/csv';
import { excelJsRows, libreOfficeRows, pdfText, sheetJsRows } from './helpers/readers';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'docs', 'screens', `${name}.png`) });

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  // An export that fails says so in an alert: the test fails with its words then, not a minute later without them.
  const failed = page
    .getByRole('alert')
    .first()
    .waitFor({ timeout: 55_000 })
    .then(async () => {
      throw new Error(`no download; the page said: ${await page.getByRole('alert').first().textContent()}`);
    });
  failed.catch(() => {});
  const [dl] = await Promise.all([Promise.race([page.waitForEvent('download'), failed]), click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** How many pixels of white margin the image has on each side: the first non-white row or column from each edge. */
async function margins(page: Page, png: Buffer): Promise<{ top: number; right: number; bottom: number; left: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    const ink = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235;
    };
    const rowInk = (y: number) => Array.from({ length: width }, (_, x) => x).some((x) => ink(x, y));
    const colInk = (x: number) => Array.from({ length: height }, (_, y) => y).some((y) => ink(x, y));
    let top = 0;
    while (top < height && !rowInk(top)) top++;
    let bottom = 0;
    while (bottom < height && !rowInk(height - 1 - bottom)) bottom++;
    let left = 0;
    while (left < width && !colInk(left)) left++;
    let right = 0;
    while (right < width && !colInk(width - 1 - right)) right++;
    return { top, right, bottom, left };
  }, png.toString('base64'));
}

test.describe('exports on the bundled sample', () => {
  test.use({ sample: true });

  test('a chart as a vector PDF with real text, images with margins, and a copy on the clipboard', async ({
    page,
    host,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = await openTab(page, host, 'Charts');
    await page.getByLabel('Series 1 flow').selectOption({ label: 'Imports' });
    await page.getByLabel('Series 1 exclude HS').fill('2716');
    await page.getByLabel('Series 1 exclude HS').press('Enter');
    await expect(page.getByTestId('chart-caption')).toContainText(/excludes HS 2716/i);

    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'PDF', exact: true }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBeLessThan(300 * 1024);
    await expect(
      page.getByRole('status').filter({ hasText: 'PDF ready: vector, with its text selectable.' }),
    ).toBeVisible();
    const text = pdfText(pdf.bytes);
    expect(text).toContain("Monthly: China's imports from North Korea");
    expect(text).toMatch(/excludes HS 2716/i);
    console.log(`[measure] chart PDF: ${(pdf.bytes.length / 1024).toFixed(1)} KB, ${text.length} characters of text`);

    // Margins: the title does not touch the top edge, nothing is drawn against any edge.
    const png = await downloaded(page, () => page.getByRole('button', { name: 'PNG 1×', exact: true }).click());
    const m = await margins(page, png.bytes);
    console.log(`[measure] PNG margins (px at 1×): ${JSON.stringify(m)}`);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) expect(m[side], side).toBeGreaterThanOrEqual(12);

    // Copy image: a PNG on the clipboard, ready to paste into a report.
    await page.getByRole('button', { name: 'Copy image' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Chart copied to the clipboard as a PNG image.' }),
    ).toBeVisible();
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
    await page.screenshot(shot('export-chart'));
    expect(problems).toEqual([]);
  });

  test('the records as XLSX read back cell for cell by SheetJS, exceljs and LibreOffice; CSV with a BOM; both with a progress bar', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Data');
    // The grid loads with its tab: wait for its count, not the "Loading…" before it.
    await expect(page.getByTestId('records-total')).toHaveText(/\d/);
    const total = Number((await page.getByTestId('records-total').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(20);

    const xlsx = await downloaded(page, () => page.getByRole('button', { name: 'Export rows shown as XLSX' }).click());
    const tasks = page.getByTestId('tasks');
    await expect(tasks).toContainText(`Exported ${total.toLocaleString('en-US')} rows to tidemark-records.xlsx.`);
    // Ended, the bar is named for the file, no longer "Downloading …".
    await expect(tasks.getByRole('progressbar', { name: 'tidemark-records.xlsx', exact: true })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    await expect(tasks).not.toContainText('Downloading');
    await page.screenshot(shot('export-xlsx-progress'));

    // The same bytes as CSV, the app's canonical form, is what every reader must find.
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export rows shown as CSV' }).click());
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const expected = parseCsv(csv.bytes.toString('utf8'));
    expect(expected).toHaveLength(total);
    const header = Object.keys(expected[0]!);
    const want = [header, ...expected.map((r) => header.map((h) => r[h] ?? ''))];
    expect(sheetJsRows(xlsx.bytes, header.length)).toEqual(want);
    expect(await excelJsRows(xlsx.bytes, header.length)).toEqual(want);
    const lo = libreOfficeRows(xlsx.bytes, header.length);
    if (lo) expect(lo).toEqual(want);
    else console.log('[skip] LibreOffice read-back: soffice is absent and CI is not set');
    expect(problems).toEqual([]);
  });
});
