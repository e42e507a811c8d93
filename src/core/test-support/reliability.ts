import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reliability tests (kills, fuzz corpora, browser-host probes) run short in `npm test` and long in
 * `npm run reliability` (TIDEMARK_RELIABILITY=full). Each writes its figures where
 * TIDEMARK_FIGURES_DIR points, for scripts/reliability.mjs to print as one summary.
 */
export const FULL = process.env.TIDEMARK_RELIABILITY === 'full';

/** `short` in a normal test run, `full` in `npm run reliability`. */
export function scaled(short: number, full: number): number {
  return FULL ? full : short;
}

/** Records one test's figures under `section` (a file of its own, so parallel test files never collide). */
export function recordFigures(section: string, figures: Record<string, number | string>): void {
  const dir = process.env.TIDEMARK_FIGURES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${section}.json`),
    JSON.stringify({ section, scale: FULL ? 'full' : 'short', ...figures }, null, 2),
  );
}
