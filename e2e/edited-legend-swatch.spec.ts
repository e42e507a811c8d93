import { cell, editCell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

// At 1280 px the legend "Cells edited by hand since import are marked" wrapped onto two lines, and its
// 12 px swatch was squeezed to a sliver that read as "(".
const width = 1280;
test(`the edited-cells legend keeps its whole swatch when it wraps, at ${width} px`, async ({ page, host }) => {
  await page.setViewportSize({ width, height: 800 });
  const problems = await openTab(page, host, 'Data');
  await expect(cell(page, 0, 'value')).toBeVisible();
  await editCell(page, 0, 'description', 'Edited by hand');
  const legend = page.getByTestId('edited-legend');
  await expect(legend).toBeVisible();
  const swatch = (await legend.locator('.records__edited-swatch').boundingBox())!;
  expect(Math.round(swatch.width), 'swatch width').toBe(12);
  expect(Math.round(swatch.height), 'swatch height').toBe(12);
  expect(problems).toEqual([]);
});
