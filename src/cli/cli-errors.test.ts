import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, oneError, SAMPLE, tidemarkIn } from './cli-harness';

// Each test spawns the command several times; on a shared, loaded machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const db = join(dir, 'trade.sqlite');

beforeAll(async () => {
  expect((await tidemark('import', SAMPLE, '--db', db)).code).toBe(0);
  const deu = join(dir, 'deu.csv');
  writeFileSync(
    deu,
    'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n2020-11,CHN,DEU,import,HS,27160000,,5,USD,,\n',
  );
  expect((await tidemark('import', deu, '--db', db)).code).toBe(0);
}, 60_000);

describe('errors are one line with a code, never a stack trace', () => {
  it('a reader that closes the pipe early (| head) ends it quietly, exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'series', '--db', db, '--reporter', 'CHN', '--partner', 'PRK'], {
      cwd: dir,
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // Our end is closed before the command writes anything, as a reader that has already stopped leaves it.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
  it('brief --period 2020-13 is a usage error, not a crash; --json adds the error as JSON on stdout', async () => {
    // A year (2020) writes a brief of the year; a month that is none is refused, saying what a period is.
    const message = '--period is a month such as 2020-11 or a year such as 2020, not "2020-13"';
    const r = await tidemark('brief', '--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--period', '2020-13');
    expect(r.code).toBe(2);
    expect(oneError(r)).toEqual({ code: 'usage', message });
    const json = await tidemark(
      'brief',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--period',
      '2020-13',
      '--json',
    );
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'usage', message } });
  });

  it('a database Tidemark refuses is one line, exit 1', async () => {
    const future = join(dir, 'future.sqlite');
    const raw = new Database(future);
    raw.pragma('application_id = 0x54644d6b');
    raw.pragma('user_version = 999');
    raw.close();
    const r = await tidemark('series', '--db', future);
    expect(r.code).toBe(1);
    expect(oneError(r).code).toBe('db_from_future');
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'not a database at all, just some notes\n'.repeat(200));
    const t = await tidemark('series', '--db', text, '--json');
    expect(t.code).toBe(1);
    expect(JSON.parse(t.stdout).error.code).toBe(oneError(t).code);
  });

  it('--db naming no file is an error for every command but import, and creates nothing', async () => {
    const none = join(dir, 'none.sqlite');
    for (const args of [
      ['series'],
      ['brief', '--reporter', 'CHN', '--partner', 'PRK', '--period', '2020-11'],
      ['top', '--period', '2020-11'],
      ['watchlist'],
      ['revisions'],
      ['rejects'],
      ['batches'],
      ['undo'],
      ['definitions'],
      ['export', '--out', join(dir, 'o.csv')],
    ]) {
      const r = await tidemark(...args, '--db', none);
      expect(r.code, args[0]).toBe(2);
      expect(oneError(r), args[0]).toEqual({
        code: 'no_database',
        message: `no database at ${none}; import a file to create one (tidemark import FILE --db ${none})`,
      });
    }
    expect(existsSync(none)).toBe(false);
    expect((await tidemark('import', SAMPLE, '--db', none)).code).toBe(0);
    expect(existsSync(none)).toBe(true);
  }, 60_000);

  it('names every missing flag at once', async () => {
    expect(oneError(await tidemark('brief'))).toEqual({
      code: 'usage',
      message: 'brief is missing --db PATH, --reporter, --partner and --period (see tidemark help brief)',
    });
    expect(oneError(await tidemark('import'))).toEqual({
      code: 'usage',
      message: 'import is missing a file to import and --db PATH (see tidemark help import)',
    });
    expect((await tidemark('revert', '--db', db)).code).toBe(2);
  });

  it('--flow, --subject and country codes are case-insensitive', async () => {
    const r = await tidemark(
      'series',
      '--db',
      db,
      '--reporter',
      'chn',
      '--partner',
      'Prk',
      '--flow',
      'Export',
      '--subject',
      'Partner',
      '--from',
      '2020-10',
      '--to',
      '2020-10',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).points).toMatchObject([{ period: '2020-10', value: 1400000 }]);
    expect(oneError(await tidemark('series', '--db', db, '--flow', 'sideways'))).toEqual({
      code: 'usage',
      message: '--flow is import, export, total, re-export or re-import, not "sideways"',
    });
  });

  it('area codes, classifications, languages and levels are checked before anything is read', async () => {
    // c490 is Comtrade's Other Asia, nes: a code of the right shape, so the question is whether it is held.
    expect(oneError(await tidemark('series', '--db', db, '--partner', 'c490'))).toEqual({
      code: 'not_held',
      message: 'no partner C490; the partners held are DEU, PRK',
    });
    expect(oneError(await tidemark('series', '--db', db, '--partner', 'China'))).toEqual({
      code: 'usage',
      message:
        '--partner takes a country or area code such as CHN, C490 (Comtrade\'s Other Asia, nes) or G199, not "China"',
    });
    expect(oneError(await tidemark('series', '--db', db, '--classification', 'S 4'))).toEqual({
      code: 'usage',
      message: '--classification is a classification such as HS, H5, SITC or S4, not "S 4"',
    });
    expect(oneError(await tidemark('top', '--db', db, '--period', '2020-11', '--level', '11'))).toEqual({
      code: 'usage',
      message: '--level is the code length to group by, 1 to 10 (HS 2, 4, 6, 8; SITC 1 to 5), not "11"',
    });
    expect(
      oneError(
        await tidemark(
          'brief',
          '--db',
          db,
          '--reporter',
          'CHN',
          '--partner',
          'PRK',
          '--period',
          '2020-10',
          '--lang',
          'zh',
        ),
      ),
    ).toEqual({ code: 'usage', message: '--lang is en or ko, not "zh"' });
    const top = await tidemark(
      'top',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--partner',
      'DEU',
      '--period',
      '2020-11',
      '--classification',
      'hs',
      '--lang',
      'ZH',
      '--json',
    );
    expect(top.code).toBe(0);
    expect(JSON.parse(top.stdout)).toMatchObject({ classification: 'HS', items: [{ key: '27160000', value: 5 }] });
  });
});

describe('no silent empties', () => {
  it('a partner, reporter or code never held is a usage error naming it, with the nearest held ones', async () => {
    const partner = await tidemark('series', '--db', db, '--partner', 'DUE');
    expect(partner.code).toBe(2);
    expect(oneError(partner)).toEqual({ code: 'not_held', message: 'no partner DUE; did you mean DEU?' });
    // In the language asked for.
    expect(oneError(await tidemark('series', '--db', db, '--partner', 'DUE', '--lang', 'ko'))).toEqual({
      code: 'not_held',
      message: '상대국 DUE 없음. DEU을(를) 찾으셨나요?',
    });
    expect(
      oneError(await tidemark('top', '--db', db, '--period', '2020-11', '--reporter', 'CHM', '--hs', '2761')),
    ).toEqual({ code: 'not_held', message: 'no reporter CHM; did you mean CHN?; no code 2761; did you mean 2716?' });
    expect(
      oneError(await tidemark('brief', '--db', db, '--reporter', 'CHN', '--partner', 'KOR', '--period', '2020-11')),
    ).toEqual({ code: 'not_held', message: 'no partner KOR; the partners held are DEU, PRK' });
    // Codes are checked, and suggested, in the classification asked for: the HS codes held are no SITC codes.
    expect(
      oneError(await tidemark('top', '--db', db, '--period', '2020-11', '--hs', '2716', '--classification', 'S4')),
    ).toEqual({ code: 'not_held', message: 'no SITC code 2716: the database holds no SITC codes' });
  });

  it('an empty series says why: only annual figures, only totals, outside the span; reversed dates are refused', async () => {
    const base = ['series', '--db', db, '--reporter', 'CHN', '--partner', 'PRK'];
    expect((await tidemark(...base, '--flow', 'import', '--from', '2018-01', '--to', '2018-12')).stdout.trim()).toBe(
      "No monthly figures are held for China's imports from North Korea from 2018-01 to 2018-12; annual figures are (2018). Ask for an annual series.",
    );
    expect(
      (await tidemark(...base, '--flow', 'import', '--subject', 'partner', '--exclude-hs', '2716')).stdout.trim(),
    ).toBe(
      "Only totals are held for North Korea's imports from China, so the commodity filter (excluding HS 2716) cannot be applied to them.",
    );
    expect((await tidemark(...base, '--flow', 'import', '--from', '2010-01', '--to', '2012-12')).stdout.trim()).toBe(
      "Figures for China's imports from North Korea are held from 2020-08 to 2021-08, none from 2010-01 to 2012-12.",
    );
    const reversed = await tidemark(...base, '--from', '2021-01', '--to', '2020-01');
    expect(reversed.code).toBe(2);
    expect(oneError(reversed).message).toBe(
      'The series runs backwards: it starts in 2021-01 and ends in 2020-01. Swap them.',
    );
  });
});
