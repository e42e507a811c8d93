import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

const BIN = resolve(__dirname, '../../../bin/tidemark.mjs');

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const top = (q: {
  reporter: string;
  partner?: string;
  from: string;
  level: number;
  lang?: 'en' | 'ko' | 'zh';
  classification?: string;
}) => t.call('breakdown', { flow: 'import', top: 20, ...q });

describe('top items name a code from the families shared/classification.ts lists', () => {
  it('names an EU CN8 or US HTS file’s HS headings as HS, as its figures are counted', async () => {
    t = tempCore();
    const csv = [
      HEADER,
      '2023-05,DEU,FRA,import,CN8,27160000,,5,EUR,,',
      '2023-05,USA,CAN,import,HTS,2716000000,,7,USD,,',
    ].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('n.csv', csv) }], options: { goods: 'all' } });
    for (const [reporter, partner] of [
      ['DEU', 'FRA'],
      ['USA', 'CAN'],
    ] as const) {
      const b = await top({ reporter, partner, from: '2023-05', level: 4 });
      expect(b.classification).toBe('HS');
      expect(b.items.map((i) => [i.key, i.description, i.descriptionEn])).toEqual([
        ['2716', 'Electrical energy', 'Electrical energy'],
      ]);
    }
  });
});

describe('a code no nomenclature names is named from the code above it, said to be its, beside what the file said', () => {
  // China customs' 2022 split of 12019010 into GM (12019019) and non-GM (12019011) yellow soya beans is in no
  // bundled list (China's English names are of 2019-2021); HS 120190 above both is.
  const rows = [
    HEADER,
    '2025-10,CHN,BRA,import,HS,12019019,转基因黄大豆,23502851966,CNY,,',
    '2025-10,CHN,BRA,import,HS,12019020,黑大豆，种用除外,5,CNY,,',
    '2025-10,CHN,BRA,import,HS,12079998,Other oil seeds as the file says,4,CNY,,',
    '2025-10,CHN,BRA,import,S4,22220,,3,CNY,,',
  ];
  const soya = { key: '12019019', partOf: '120190', source: '转基因黄大豆' };
  const parent = 'Soya beans; other than seed, whether or not broken';

  it('in English and Korean, the HS 6-digit parent’s name with its code; in Chinese, the file’s own', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('soy.csv', rows.join('\n')) }], options: {} });
    const q = { reporter: 'CHN', partner: 'BRA', from: '2025-10', level: 8 };
    const en = await top(q);
    expect(en.items.find((i) => i.key === '12019019')).toMatchObject({
      ...soya,
      description: parent,
      descriptionEn: parent,
      partOfEn: '120190',
    });
    // Named exactly where a list names it; an English description in the file is the code's own name.
    expect(en.items.filter((i) => i.key !== '12019019').map((i) => [i.key, i.description, i.partOf])).toEqual([
      ['12019020', 'Black soya beans, not for cultivation', null],
      ['12079998', 'Other oil seeds as the file says', null],
    ]);
    expect((await top({ ...q, lang: 'ko' })).items.find((i) => i.key === '12019019')).toMatchObject({
      ...soya,
      description: parent,
    });
    expect((await top({ ...q, lang: 'zh' })).items.find((i) => i.key === '12019019')).toMatchObject({
      description: '转基因黄大豆',
      partOf: null,
      descriptionEn: parent,
      partOfEn: '120190',
    });
    // SITC has no bundled names and is never named from HS: no name, and no wider code's.
    const sitc = await top({ ...q, level: 5, classification: 'S4' });
    expect(sitc.items.map((i) => [i.key, i.description, i.partOf])).toEqual([['22220', '', null]]);
  });

  it('with no reporter asked, names China’s codes with China’s names where China alone holds them', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('soy.csv', rows.join('\n')) }], options: {} });
    const b = await t.call('breakdown', { partner: 'BRA', flow: 'import', from: '2025-10', level: 8 });
    expect(b.items.find((i) => i.key === '12019020')?.description).toBe('Black soya beans, not for cultivation');
  });

  it('`tidemark top` says whose name it prints, in English and Korean', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('soy.csv', rows.join('\n')) }], options: {} });
    t.core.close();
    const db = join(t.dir, 'test.sqlite');
    const line = async (...more: string[]) => {
      const args = [BIN, 'top', '--db', db, '--partner', 'BRA', '--period', '2025-10', ...more];
      const { stdout } = await promisify(execFile)(process.execPath, args);
      return stdout.split('\n').find((l) => l.startsWith('12019019 '));
    };
    expect(await line()).toMatch(
      /\s+Soya beans; other than seed, whether or not broken \(part of HS 120190; in the file: 转基因黄大豆\)$/,
    );
    expect(await line('--lang', 'ko')).toMatch(
      /\s+Soya beans; other than seed, whether or not broken \(HS 120190의 일부, 파일 표기: 转基因黄大豆\)$/,
    );
    expect(await line('--lang', 'zh')).toMatch(/\s+转基因黄大豆$/);
  }, 60_000);
});

describe('the brief names its top items as the breakdown does', () => {
  it('tells China’s 12019019 as part of HS 120190, in its text and its figures’ labels, in English and Korean', async () => {
    t = tempCore();
    const csv = [
      HEADER,
      '2025-10,CHN,BRA,import,HS,TOTAL,,30000000000,CNY,,',
      '2025-10,CHN,BRA,import,HS,12019019,转基因黄大豆,23502851966,CNY,,',
      '2025-10,CHN,BRA,export,HS,TOTAL,,9000000000,CNY,,',
    ].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('b.csv', csv) }], options: {} });
    const q = { reporter: 'CHN', partner: 'BRA', period: '2025-10', flow: 'import' as const };
    const en = await t.call('brief', q);
    expect(en.text).toContain(
      'By item, HS 12019019 (part of HS 120190, Soya beans; other than seed, whether or not broken) took the largest',
    );
    expect(en.figures.items[0]!.description).toBe(
      'Soya beans; other than seed, whether or not broken (part of HS 120190)',
    );
    const ko = await t.call('brief', { ...q, lang: 'ko' });
    expect(ko.text).toContain('HS 12019019(HS 120190 Soya beans; other than seed, whether or not broken의 일부)');
  });
});
