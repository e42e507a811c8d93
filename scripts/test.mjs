// `npm test`: typecheck, lint, unit tests (vitest) and end-to-end tests (Playwright in Chromium),
// in that order. Every step runs even when an earlier one fails, so one run shows everything that is
// wrong; the exit code is non-zero if any step failed. Runner reports land in reports/*.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const bin = (pkg, file) => join(dirname(require.resolve(`${pkg}/package.json`)), file);
mkdirSync(join(root, 'reports'), { recursive: true });
// The unit step's reliability tests (kills, fuzz corpora, browser-host probes) write their figures here;
// the reliability step prints them as one summary (scripts/reliability.mjs).
const FIGURES = 'reports/reliability-figures';
rmSync(join(root, FIGURES), { recursive: true, force: true });

const chromium = process.env.TIDEMARK_CHROMIUM ?? '/usr/bin/chromium';
/** The title of the renderer-measurement specs (e2e/renderer-measure.spec.ts). */
const MEASURE = 'renderer measurements';
const steps = [
  ['typecheck', [bin('typescript', 'bin/tsc'), '-b']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '.']],
  // dependency-cruiser exports no package.json to resolve: its bin by path.
  [
    'deps',
    [
      join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ],
  ],
  [
    'unit',
    [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/unit.json',
    ],
    { TIDEMARK_FIGURES_DIR: join(root, FIGURES) },
  ],
  ['reliability', [join(root, 'scripts/reliability.mjs'), '--summary']],
  ['e2e', [bin('@playwright/test', 'cli.js'), 'test', '--grep-invert', MEASURE]],
  // The renderer measurements run last and alone: beside another worker on a 2-core machine they time the contention.
  // Its own output folder: Playwright empties the one it writes to, which would lose the first run's failure traces.
  [
    'e2e-measure',
    [
      bin('@playwright/test', 'cli.js'),
      'test',
      '--grep',
      MEASURE,
      '--workers',
      '1',
      '--output',
      'test-results/measure',
    ],
    { TIDEMARK_E2E_REPORT: 'reports/e2e-measure.json' },
  ],
];

const only = process.argv.slice(2);
const failed = [];
for (const [name, args, env] of steps) {
  if (only.length && !only.some((o) => name === o || (o === 'e2e' && name === 'e2e-measure'))) continue;
  if (name.startsWith('e2e') && !existsSync(chromium)) {
    console.error(
      `\n✗ e2e: no Chromium at ${chromium}. Install it with: apt-get install -y chromium (or set TIDEMARK_CHROMIUM).`,
    );
    failed.push(name);
    continue;
  }
  console.error(`\n▶ ${name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failed.push(name);
}
console.error(
  failed.length
    ? `\n✗ failed: ${failed.join(', ')}`
    : '\n✓ typecheck, lint, deps, unit, reliability and e2e all passed',
);
process.exit(failed.length ? 1 : 0);
