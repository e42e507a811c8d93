import type { Page } from '@playwright/test';

/** Collects what would show up red in DevTools: uncaught errors, console errors, AG Grid's warnings. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || (msg.type() === 'warning' && msg.text().includes('AG Grid')))
      problems.push(`${msg.type()}: ${msg.text()} (${msg.location().url})`);
  });
  return problems;
}
