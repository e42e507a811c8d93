import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// Asked in yuan, `top` named english-full.csv, China's customs' dollar download, as the file lacking all
// partners: "english-full.csv lists only partners Chile, Hong Kong…". No file held January 2026 in yuan at
// all; the reason must say so, and name the dollar file only as what holds that month in dollars.
const GACC = resolve(__dirname, '../../../shared/corpora/gacc');
const DOLLARS = join(GACC, 'chinautils-samples/english-full.csv');
const YUAN = join(GACC, 'soybean-monthly/2024in.csv');
const absent = !existsSync(DOLLARS) || !existsSync(YUAN);
const why = absent ? ' (skipped: ../shared/corpora/gacc is absent)' : '';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-currency-reason-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const db = join(dir, 'gacc.sqlite');

beforeAll(async () => {
  if (absent) return;
  expect((await tidemark('import', DOLLARS, '--flow', 'export', '--db', db)).code).toBe(0);
  expect((await tidemark('import', YUAN, '--flow', 'import', '--db', db)).code).toBe(0);
});

const jan = ['--db', db, '--reporter', 'CHN', '--period', '2026-01', '--flow', 'export'];

describe.skipIf(absent)(`a reason asked in one currency names the files of that currency${why}`, () => {
  it('top --currency CNY: no yuan file holds the month, and the dollar file is named as holding it in dollars', async () => {
    const r = await tidemark('top', ...jan, '--by', 'partner', '--currency', 'CNY');
    expect(r.stdout.trim()).toBe(
      "No file held covers China's exports in January 2026 in CNY: english-full.csv holds that month only in USD. So the total and the shares are not known.",
    );
    const ko = await tidemark('top', ...jan, '--by', 'partner', '--currency', 'CNY', '--lang', 'ko');
    expect(ko.stdout.trim()).toBe(
      '2026년 1월 중국의 수출을 CNY 기준으로 다루는 파일이 없습니다. english-full.csv에는 그 달 수치가 USD 기준으로만 있습니다. 그래서 합계와 비중을 알 수 없습니다.',
    );
  });

  it('in dollars, the dollar file is the one that lists only some partners', async () => {
    const r = await tidemark('top', ...jan, '--by', 'partner', '--currency', 'USD');
    expect(r.stdout).toContain('english-full.csv lists only partners Chile, Hong Kong');
  });

  it('the brief says the same in English and Korean', async () => {
    const args = [...jan, '--partner', 'HKG', '--subject', 'reporter', '--currency', 'CNY'];
    const en = await tidemark('brief', ...args);
    expect(en.stdout).toContain(
      "No file held covers China's exports in January 2026 in CNY: english-full.csv holds that month only in USD.",
    );
    const ko = await tidemark('brief', ...args, '--lang', 'ko');
    expect(ko.stdout).toContain('2026년 1월 중국의 수출을 CNY 기준으로 다루는 파일이 없습니다.');
    expect(ko.stdout).not.toContain('상대국 칠레');
  });

  it('asked in dollars for a month held only in yuan, it names the yuan file', async () => {
    const s = await tidemark(
      'top',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--flow',
      'import',
      '--period',
      '2024-03',
      '--currency',
      'USD',
    );
    expect(s.stdout).toContain(
      "No file held covers China's imports in March 2024 in USD: 2024in.csv holds that month only in CNY.",
    );
  });
});
