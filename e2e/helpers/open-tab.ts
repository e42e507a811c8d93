import type { Page } from '@playwright/test';
import type { Host } from './host';
import { watchConsole } from './page-watch';

/** The reporter and partner pickers of each tab that has them, by their labels. */
const PICKERS: Record<string, { reporter: string; partner: string }> = {
  Dashboard: { reporter: 'Reporter', partner: 'Partner' },
  Charts: { reporter: 'Series 1 reporter', partner: 'Series 1 partner' },
  Brief: { reporter: 'Brief reporter', partner: 'Brief partner' },
};

export type Pair = { reporter?: string; partner?: string };

/**
 * Opens the app, goes to a tab by the name it shows ('Dashboard', '차트') and, where given, picks the
 * reporter, then the partner, on that tab. Returns what the console showed red, watched from before the
 * page loaded (see `watchConsole`).
 */
export async function openTab(page: Page, host: Host, tab: string, pair: Pair = {}): Promise<string[]> {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await page.getByRole('tab', { name: tab }).click();
  if (pair.reporter === undefined && pair.partner === undefined) return problems;
  const labels = PICKERS[tab];
  if (!labels) throw new Error(`openTab: no reporter or partner picker is known on the tab "${tab}"`);
  if (pair.reporter !== undefined) await page.getByLabel(labels.reporter, { exact: true }).selectOption(pair.reporter);
  if (pair.partner !== undefined) await page.getByLabel(labels.partner, { exact: true }).selectOption(pair.partner);
  return problems;
}
