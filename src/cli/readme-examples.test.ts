import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, tidemarkIn } from './cli-harness';

const README = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The README's analysis commands, as written: each `npx tidemark series|brief|top|watchlist …` line of its shell blocks. */
function examples(): string[] {
  const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) => b.split('\n')).filter((l) => /^npx tidemark (series|brief|top|watchlist) /.test(l));
}

/** Shell words, without a trailing comment; `[--x y]` optional parts are left out, or all put in. */
function words(line: string, optional: 'without' | 'with'): string[] {
  const code = line.replace(/\s+#.*$/, '').replace(/\[([^\]]*)\]/g, optional === 'with' ? '$1' : '');
  return code.trim().split(/\s+/).slice(2);
}

// Phrases that mean "no data": none of them may be all an example prints. A brief refused because
// no file covers its headline is no data either.
const EMPTY =
  /No data|Nothing is held|No flows|Only totals are held|No monthly figures|none from|No figure is held|there is no brief|브리핑을 쓸 수 없/;

describe("the README's examples", () => {
  const db = join(dir, 'trade.sqlite');
  // The README's dataset example reads the sample exported as Parquet, with its local copy kept here.
  const dataset = join(dir, 'trade-parquet');
  beforeAll(async () => {
    process.env.TIDEMARK_CACHE_DIR = join(dir, 'cache');
    // As the README's first line imports it: the sample's items are every good of their month.
    expect((await tidemarkIn(dir, 'import', SAMPLE, '--db', db, '--goods', 'all')).code).toBe(0);
    expect((await tidemarkIn(dir, 'export', '--db', db, '--parquet', dataset)).code).toBe(0);
    expect((await tidemarkIn(dir, 'open', dataset)).code).toBe(0);
  }, 120_000);

  it('include series, brief, top and watchlist, and each prints data on the bundled sample', async () => {
    const lines = examples();
    expect(new Set(lines.map((l) => l.split(' ')[2]))).toEqual(new Set(['series', 'brief', 'top', 'watchlist']));
    for (const line of lines) {
      for (const variant of ['without', 'with'] as const) {
        const args = words(line, variant).map((w) => (w === 'trade.sqlite' ? db : w === 'trade-parquet' ? dataset : w));
        const r = await tidemarkIn(dir, ...args);
        expect(r.code, `${line} (${variant} options)`).toBe(0);
        expect(r.stderr, line).toBe('');
        expect(r.stdout.trim(), line).not.toBe('');
        expect(r.stdout, line).not.toMatch(EMPTY);
        if (args.includes('--json')) {
          const out = JSON.parse(r.stdout);
          const has =
            out.points?.length ||
            out.items?.length ||
            (out.text && !out.notCovered) ||
            (Array.isArray(out) && out.length);
          expect(has, line).toBeTruthy();
        }
      }
    }
  }, 120_000);
});
