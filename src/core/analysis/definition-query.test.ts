import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// A definition's codes are named and summed in its own classification: SITC 32 is coal, coke and
// briquettes; HS 32 is tanning and dyeing extracts. A database holding both must not read one as the other.

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const row = (cls: string, code: string, value: number, currency = 'USD', period = '2014') =>
  `${period},CHN,DEU,import,${cls},${code},,${value},${currency},,`;

/** Each classification's rows as its own download, as Comtrade gives them. */
async function load(lines: string[]) {
  t = tempCore();
  for (const cls of ['S4', 'HS']) {
    const own = lines.filter((l) => l.split(',')[4] === cls);
    if (!own.length) continue;
    const path = t.file(`${cls}.csv`, [HEADER, ...own].join('\n'));
    await t.call('importFiles', { files: [{ path }], options: {} });
  }
}

const coal = { name: 'coal', reporter: 'CHN', partner: 'DEU', flow: 'import' as const, hs: ['32'] };

describe('a definition in its own classification', () => {
  it('reads an S4 definition of code 32 as SITC coal, not HS 32, in a series, a breakdown and a brief', async () => {
    await load([
      row('S4', 'TOTAL', 9000),
      row('S4', '32', 5000),
      row('HS', 'TOTAL', 9000),
      row('HS', '3201', 700),
      ...['01', '02'].flatMap((m) => [
        row('S4', 'TOTAL', 800, 'USD', `2015-${m}`),
        row('S4', '32', 500, 'USD', `2015-${m}`),
        row('HS', 'TOTAL', 800, 'USD', `2015-${m}`),
        row('HS', '3201', 70, 'USD', `2015-${m}`),
      ]),
    ]);
    const saved = await t.call('saveDefinition', { ...coal, classification: 's4' });
    expect(saved.classification).toBe('S4');
    const s = await t.call('series', { def: 'coal', from: '2014', to: '2014', frequency: 'year' });
    expect(s.classification).toBe('SITC');
    expect(s.points.map((p) => p.value)).toEqual([5000]);

    const b = await t.call('breakdown', { def: 'coal', from: '2014', level: 2 });
    // Code 32 itself is the breakdown's total: SITC coal's, not HS 32's 700.
    expect([b.classification, b.total]).toEqual(['SITC', 5000]);

    const brief = await t.call('brief', { reporter: 'CHN', partner: 'DEU', period: '2015-02', def: 'coal' });
    expect(brief.figures.value).toBe(500);

    // An HS definition of the same code is read as HS, as every definition saved before was: never SITC coal.
    await t.call('saveDefinition', { ...coal, name: 'dyes' });
    const hs = await t.call('series', { def: 'dyes', from: '2014', to: '2014', frequency: 'year' });
    expect(hs.classification).toBe('HS');
    expect(hs.points.map((p) => p.value)).not.toContain(5000);
  });

  it('refuses a query naming another classification than its definition, naming both', async () => {
    await load([row('S4', 'TOTAL', 9000), row('S4', '32', 5000), row('HS', 'TOTAL', 9000), row('HS', '3201', 700)]);
    await t.call('saveDefinition', { ...coal, classification: 'S4' });
    const asked = { def: 'coal', from: '2014', to: '2014', frequency: 'year', classification: 'HS' } as const;
    await expect(t.call('series', asked)).rejects.toMatchObject({
      code: 'bad_input',
      message: expect.stringMatching(/"coal" holds codes in S4, but HS was asked for/),
    });
    await expect(t.call('breakdown', { def: 'coal', from: '2014', classification: 'H5' })).rejects.toMatchObject({
      code: 'bad_input',
    });
    // The same family (S3 or SITC for an S4 definition) reads the same figures: no conflict.
    const same = await t.call('series', { ...asked, classification: 'SITC' });
    expect(same.points.map((p) => p.value)).toEqual([5000]);
  });

  it('reads the currency the definition names where the files hold two', async () => {
    await load([
      row('S4', 'TOTAL', 9000),
      row('S4', '32', 5000),
      row('S4', 'TOTAL', 63000, 'CNY'),
      row('S4', '32', 35000, 'CNY'),
    ]);
    await t.call('saveDefinition', { ...coal, classification: 'S4', currency: 'CNY' });
    const s = await t.call('series', { def: 'coal', from: '2014', to: '2014', frequency: 'year' });
    expect([s.currency, s.points.map((p) => p.value)]).toEqual(['CNY', [35000]]);
    // A currency the query names itself wins, as its reporter and partner do.
    const usd = await t.call('series', { def: 'coal', from: '2014', to: '2014', frequency: 'year', currency: 'USD' });
    expect([usd.currency, usd.points.map((p) => p.value)]).toEqual(['USD', [5000]]);
  });

  it('refuses an unknown classification, listing those it can be', async () => {
    await load([row('S4', 'TOTAL', 9000)]);
    await expect(t.call('saveDefinition', { ...coal, classification: 'S9' })).rejects.toMatchObject({
      code: 'bad_input',
      message: expect.stringMatching(/no classification "S9".*HS, H0, .*SITC, S1, S2, S3, S4, BEC/),
    });
    expect(await t.call('listDefinitions', {})).toEqual([]);
  });
});

const CORPUS = join(
  __dirname,
  '../../../../shared/corpora/comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv',
);

describe.skipIf(!existsSync(CORPUS))('an S4 Comtrade file beside HS rows (shared corpora)', () => {
  it("reads China's 2010 SITC 32 imports from Germany as the file states them, not HS 32", async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: CORPUS }], options: {} });
    const hs = t.file(
      'hs.csv',
      [HEADER, row('HS', 'TOTAL', 9_000_000, 'USD', '2010'), row('HS', '3201', 777, 'USD', '2010')].join('\n'),
    );
    await t.call('importFiles', { files: [{ path: hs }], options: {} });
    await t.call('saveDefinition', { ...coal, classification: 'S4' });
    const s = await t.call('series', { def: 'coal', from: '2010', to: '2010', frequency: 'year' });
    // The file's row: S4 2010, CHN imports from DEU, 32 "Coal, coke and briquettes", US$ 118,878.
    expect(s.points.map((p) => p.value)).toEqual([118878]);
  });
});
if (!existsSync(CORPUS)) console.warn(`skipped: ${CORPUS} is absent`);
