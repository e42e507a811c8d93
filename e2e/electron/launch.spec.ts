// Drives the real desktop app. Electron's npm package downloads its binary on first use; where that
// binary is absent (offline machines, this CI image) the spec skips and says why. The renderer itself
// is covered in Chromium by the browser-host specs in e2e/.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TidemarkBridge } from '../../src/shared/bridge';

const root = join(import.meta.dirname, '..', '..');

/** The Electron executable if it is on disk. `require('electron')` would try to download it, with no timeout. */
function electronBinary(): string | null {
  const electronDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'),
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
test.skip(
  !binary,
  'No Electron binary in node_modules/electron/dist (it is downloaded on first use and this machine could not); `npm run build:native-electron` and `npm start` need one too.',
);
test.skip(!existsSync(join(root, 'out', 'main', 'index.js')), 'The app is not built: run `npm run build` first.');

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof electron.launch>>['firstWindow']>>;

test.describe('desktop app', () => {
  let userData: string;
  let app: Awaited<ReturnType<typeof electron.launch>>;
  let page: Page;

  test.beforeEach(async () => {
    userData = mkdtempSync(join(tmpdir(), 'tidemark-e2e-'));
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [root, `--user-data-dir=${userData}`],
      cwd: root,
    });
    page = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens the app from app://tidemark with the sample data loaded', async () => {
    await expect(page).toHaveURL(/^app:\/\/tidemark\//);
    const info = await page.evaluate(() =>
      (globalThis as unknown as { tidemark: TidemarkBridge }).tidemark.call('appInfo', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { records: expect.any(Number) } });
    expect(info.ok && (info.value as { records: number }).records).toBeGreaterThan(0);
    await page.screenshot({ path: join(root, 'test-results', 'electron-launch.png') });
  });

  test('gives the page the bridge but no Node, and keeps it on the app', async () => {
    const globals = await page.evaluate(() => ({
      bridge: typeof (globalThis as Record<string, unknown>).tidemark,
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
    }));
    expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/^app:\/\/tidemark\//);
  });
});
