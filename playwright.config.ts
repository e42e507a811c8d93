import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.TIDEMARK_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `The e2e tests drive the system Chromium at ${CHROMIUM}, which is missing. Install it with: apt-get install -y chromium`,
  );
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Builds the renderer once if it is missing or stale; each test then starts its own browser host on a temp db.
  globalSetup: './e2e/helpers/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // scripts/test.mjs runs the renderer measurements as a second, single-worker run with its own report.
  reporter: [['list'], ['json', { outputFile: process.env.TIDEMARK_E2E_REPORT ?? 'reports/e2e.json' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'electron/**',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
