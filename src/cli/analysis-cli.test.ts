import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNkChinaFixture } from '../core/analysis/fixtures/nk-china-fixture';
import { openCore } from '../core/core';
import { conventionalExclusions } from '../shared/brief-convention';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../bin/tidemark.mjs');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-analysis-'));
const db = join(dir, 'nk.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tidemark(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [BIN, ...args, '--db', db], { cwd: dir })) };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const f = writeNkChinaFixture(dir);
  expect((await tidemark('import', f.history)).code).toBe(0);
  // Each GACC download holds every good traded with North Korea, which the file cannot say itself.
  expect((await tidemark('import', f.imports, '--flow', 'import', '--reporter', 'CHN', '--goods', 'all')).code).toBe(0);
  expect((await tidemark('import', f.exports, '--flow', 'export', '--reporter', 'CHN', '--goods', 'all')).code).toBe(0);
}, 60_000);

describe('tidemark brief, top, watchlist', () => {
  it('brief prints the November 2020 brief and its footnote; --json has the stable keys', async () => {
    const base = [
      'brief',
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--period',
      '2020-11',
      '--exclude-hs',
      '2716',
      '--subject',
      'partner',
    ];
    const text = await tidemark(...base);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "North Korea's exports to China fell to $2,382 in November 2020, down 99% from a month earlier, as reported by China's customs.",
    );
    expect(text.stdout).toContain('* Excludes HS 2716 (electricity): $1,122,812 in Nov 2020.');
    const json = JSON.parse((await tidemark(...base, '--json')).stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['text', 'figures']));
    expect(Object.keys(json.figures)).toEqual(
      expect.arrayContaining(['value', 'excluded', 'items', 'ytd', 'ytdYoy', 'counterFlow', 'total', 'record']),
    );
    expect(json.figures.record).toMatchObject({ kind: 'lowest', since: '1998-01' });
    const ko = await tidemark(...base, '--lang', 'ko');
    expect(ko.stdout).toContain('2,382달러');
  });

  it('brief --def takes the reporter and partner from the definition, as its help says', async () => {
    const defined = await tidemark(
      'define',
      'nk-ex',
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--flow',
      'export',
      '--subject',
      'partner',
      '--exclude-hs',
      '2716',
    );
    expect(defined.code).toBe(0);
    // It asked for --reporter and --partner the definition holds.
    const byDef = await tidemark('brief', '--def', 'nk-ex', '--period', '2020-11');
    expect(byDef.stderr).toBe('');
    expect(byDef.stdout).toContain("North Korea's exports to China fell to $2,382 in November 2020");
    // A definition that names neither leaves the flags to give, and says so; an unknown one is named.
    expect((await tidemark('define', 'any', '--flow', 'export', '--hs', '27')).code).toBe(0);
    expect((await tidemark('brief', '--def', 'any', '--period', '2020-11')).stderr).toContain(
      'brief is missing --reporter and --partner: the definition "any" names no reporter and no partner',
    );
    expect((await tidemark('brief', '--def', 'nope', '--period', '2020-11')).stderr).toContain(
      'there is no definition called "nope"',
    );
  });

  it("brief gives the app's headline figure by default, says why, and --exclude-hs none includes all", async () => {
    // No --subject: the brief is told from the partner's side, as the app's is.
    const base = ['brief', '--reporter', 'CHN', '--partner', 'PRK', '--period', '2020-11'];
    // The call the brief view makes on this pair when nothing was typed in its Exclude HS box.
    const core = openCore({ dbPath: db, log: () => undefined });
    const app = await core.dispatch('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020-11',
      subject: 'partner',
      excludeHs: conventionalExclusions('CHN', 'PRK'),
      lang: 'en',
    });
    core.close();
    if (!app.ok) throw new Error(app.error.message);
    const appValue = (app.value as { figures: { value: number } }).figures.value;
    expect(appValue).toBe(2382);
    const json = JSON.parse((await tidemark(...base, '--json')).stdout);
    expect(json.figures.value).toBe(appValue);
    expect(json.convention.excludeHs).toEqual(['2716']);
    const text = await tidemark(...base);
    expect(text.stdout).toContain('fell to $2,382 in November 2020');
    expect(text.stdout).toContain(
      'HS 2716 is left out by default, as news reports of China’s trade with North Korea do',
    );
    expect((await tidemark(...base, '--lang', 'ko')).stdout).toContain('기본 제외 품목: HS 2716');
    // Named codes replace the convention, and say nothing of it; none leaves out nothing.
    const named = await tidemark(...base, '--exclude-hs', '2716');
    expect(named.stdout).toContain('fell to $2,382 in November 2020');
    expect(named.stdout).not.toContain('by default');
    const all = JSON.parse((await tidemark(...base, '--exclude-hs', 'none', '--json')).stdout);
    expect(all.figures.value).toBe(2382 + 1_122_812);
    expect(all.convention).toBeUndefined();
    expect((await tidemark(...base, '--exclude-hs', 'none,2716')).code).toBe(2);
    // The reporter's side is still one flag away: China's exports to North Korea.
    expect((await tidemark(...base, '--subject', 'reporter')).stdout).toContain("China's exports to North Korea");
  });

  it("top lists the month's items with shares; series takes --subject partner", async () => {
    const r = await tidemark(
      'top',
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--period',
      '2020-11',
      '--flow',
      'import',
      '--exclude-hs',
      '2716',
    );
    expect(r.stdout).toMatch(/33049900\s+1,854\s+77\.8%/);
    const s = JSON.parse(
      (
        await tidemark(
          'series',
          '--reporter',
          'CHN',
          '--partner',
          'PRK',
          '--flow',
          'export',
          '--subject',
          'partner',
          '--exclude-hs',
          '2716',
          '--from',
          '2020-11',
          '--json',
        )
      ).stdout,
    );
    expect(s.points[0].value).toBe(2382);
    expect(s.label).toBe("North Korea's exports to China");
  });

  it('an empty series says why in the language asked for', async () => {
    const base = ['series', '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--from', '2030-01'];
    expect((await tidemark(...base)).stdout).toMatch(/are held from \d{4}-\d{2} to 2020-\d{2}, none from 2030-01\./);
    const ko = await tidemark(...base, '--lang', 'ko');
    expect(ko.stdout).toMatch(/자료는 \d{4}-\d{2}~2020-\d{2} 기간만 있고 \(2030-01 이후\)에는 없습니다\./);
    expect(ko.stdout).not.toMatch(/held|none from/);
  });

  it('watchlist lists flows in banned codes; bad flags are usage errors', async () => {
    const r = await tidemark('watchlist', '--reporter', 'CHN', '--from', '2020-01', '--to', '2020-01');
    expect(r.stdout).toMatch(/2020-01\s+CHN export\s+HS 87032390.*2397 \(2017\) ¶7/);
    expect((await tidemark('brief', '--reporter', 'CHN')).code).toBe(2);
    expect((await tidemark('top', '--period', '2020-11', '--level', '11')).code).toBe(2);
  });
});
