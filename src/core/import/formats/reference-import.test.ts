import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';

const CORPORA = resolve(__dirname, '../../../../../shared/corpora');
const HS_CSV = join(CORPORA, 'reference/hs-nomenclature/harmonized-system.csv');
const HS_JSON = join(CORPORA, 'comtrade/plus-reference/HS.json');
const GACC_LISTS = join(CORPORA, 'gacc/code-lists');
const absent = !existsSync(HS_CSV);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const refs = (sql: string, ...args: unknown[]) => {
  const db = new Database(join(t.dir, 'test.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...args);
  } finally {
    db.close();
  }
};

describe('commodity nomenclatures (reference files)', () => {
  it('stores code, description and parent in commodity_ref, not as trade; a later file restates a description', async () => {
    t = tempCore();
    const first = t.file(
      'hs.csv',
      'code,description,parent\n27,"Mineral fuels, oils",\n2716,Electrical energy,27\n271600,Electrical energy,2716\n',
    );
    const second = t.file('hs-zh.csv', 'code,description,parent\n2716,电能,27\n2716,Electrical energy (revised),27\n');
    const report = await t.call('importFiles', { files: [{ path: first }, { path: second }], options: {} });
    expect(report.files.map((f) => [f.format, f.rowsImported])).toEqual([
      ['commodity-reference', 3],
      ['commodity-reference', 2],
    ]);
    expect((await t.call('appInfo', {})).records).toBe(0);
    // Each file keeps its own rows (a revert of the second gives the name back to the first); the later names the code.
    expect(
      refs("SELECT batch_id, lang, description, parent FROM commodity_ref WHERE code = '2716' ORDER BY batch_id, lang"),
    ).toEqual([
      { batch_id: 1, lang: 'en', description: 'Electrical energy', parent: '27' },
      { batch_id: 2, lang: 'en', description: 'Electrical energy (revised)', parent: '27' },
      { batch_id: 2, lang: 'zh', description: '电能', parent: '27' },
    ]);
  });
});

describe('names from an imported nomenclature', () => {
  it('names codes in Korean where a Korean nomenclature is held, and in English beside it', async () => {
    t = tempCore();
    const ko = t.file('hs-ko.csv', 'code,description\n2716,전기 에너지\n');
    const data = t.file('data.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,27160000,电力,1122812,USD,,\n`);
    // The data file holds all goods of its month (its one code is all of 2716): a 4-digit item is then covered.
    await t.call('importFiles', { files: [{ path: ko }, { path: data }], options: { goods: 'all' } });
    const b = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2020-11',
      level: 4,
      lang: 'ko',
    });
    expect(b.items.map((i) => [i.key, i.description, i.descriptionEn])).toEqual([
      ['2716', '전기 에너지', 'Electrical energy'],
    ]);
  });
});

describe.skipIf(absent)(`HS 2022 nomenclatures from the corpora${why}`, () => {
  it('imports datasets/harmonized-system: every code, the TOTAL root without a parent of its own', async () => {
    t = tempCore();
    const lines = readFileSync(HS_CSV, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const [f] = (await t.call('importFiles', { files: [{ path: HS_CSV }], options: {} })).files;
    expect(f).toMatchObject({
      status: 'imported',
      format: 'commodity-reference',
      rowsRead: lines.length - 1,
      rowsImported: lines.length - 1,
      rowsRejected: 0,
    });
    expect(refs("SELECT count(*) n FROM commodity_ref WHERE classification = 'HS'")).toEqual([{ n: 6940 }]);
    expect(
      refs("SELECT description, parent FROM commodity_ref WHERE code IN ('271600', 'TOTAL') ORDER BY code"),
    ).toEqual([
      { description: 'Electrical energy', parent: '2716' },
      { description: 'Total of all HS2022 commodities', parent: null },
    ]);
    expect(refs("SELECT parent FROM commodity_ref WHERE code = '01'")).toEqual([{ parent: 'TOTAL' }]);
  });

  it("imports Comtrade+'s HS.json tree ({results:[{id,text,parent}]}), without the code repeated in the text", async () => {
    t = tempCore();
    const results = (JSON.parse(readFileSync(HS_JSON, 'utf8')) as { results: { id: string }[] }).results;
    const [f] = (await t.call('importFiles', { files: [{ path: HS_JSON }], options: {} })).files;
    expect(f).toMatchObject({ status: 'imported', format: 'commodity-reference', rowsRead: results.length });
    expect(f!.rowsImported + f!.rowsRejected).toBe(results.length);
    expect(refs("SELECT description FROM commodity_ref WHERE code = '0101'")).toEqual([
      { description: expect.stringMatching(/^Horses/) },
    ]);
  });
});

describe.skipIf(absent)(`China customs' 8-digit code lists, in either language${why}`, () => {
  // The English list as published quotes "herring-bone" inside 4 quoted names: those rows are rejects, saying so.
  it.each([
    ['zh-hs8-2021.csv', 'zh', '电力', 0],
    ['en-hs8-2021.csv', 'en', 'Electrical energy', 4],
  ])(
    'imports %s (its edition-year column is no sign of trade data) as %s names',
    async (file, lang, electricity, malformed) => {
      t = tempCore();
      const [f] = (await t.call('importFiles', { files: [{ path: join(GACC_LISTS, file) }], options: {} })).files;
      expect(f).toMatchObject({
        status: 'imported',
        format: 'commodity-reference',
        encoding: 'gb18030',
        rowsImported: 8589 - malformed,
        rowsRejected: malformed,
      });
      expect(refs("SELECT classification, lang, description FROM commodity_ref WHERE code = '27160000'")).toEqual([
        { classification: 'HS', lang, description: electricity },
      ]);
      expect((await t.call('appInfo', {})).records).toBe(0);
    },
  );
});
