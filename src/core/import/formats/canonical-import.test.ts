import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe('importing a canonical CSV', () => {
  it('stores every row exactly, with codes as text and values to the milli', async () => {
    t = tempCore();
    const path = t.file(
      'a.csv',
      `${HEADER}\n2020-11,CHN,PRK,import,HS,0101,"Horses, live",1854,USD,2,head\n2020-11,CHN,PRK,export,HS,27160000,Electrical energy,12.345,USD,,\n`,
    );
    const report = await t.call('importFiles', { files: [{ path }], options: {} });
    expect(report.files[0]).toMatchObject({
      status: 'imported',
      format: 'tidemark-csv',
      encoding: 'utf-8',
      rowsRead: 2,
      rowsImported: 2,
      rowsRejected: 0,
      rowsSkipped: 0,
      currency: 'USD',
      error: null,
    });
    const page = await t.call('listRecords', {});
    expect(page.rows.map((r) => [r.code, r.description, r.value, r.quantity])).toEqual([
      ['0101', 'Horses, live', 1854, 2],
      ['27160000', 'Electrical energy', 12.345, null],
    ]);
    expect(page.rows[0]!.sourceRow).toBe(2);
  });

  it('rejects bad rows with a reason and keeps the good ones; counts always add up', async () => {
    t = tempCore();
    const path = t.file(
      'b.csv',
      `${HEADER}\n2020-13,CHN,PRK,import,HS,01,x,1,USD,,\n,,,,,,,,,,\n2020-11,CHN,PRK,import,HS,01,x,1,USD,,,extra\n2020-11,CHN,PRK,import,HS,01,x,1.2345,USD,,\n2020-11,CHN,PRK,import,HS,01,x,5,USD,,\n`,
    );
    const [f] = (await t.call('importFiles', { files: [{ path }], options: {} })).files;
    expect(f).toMatchObject({ rowsRead: 5, rowsImported: 1, rowsRejected: 3, rowsSkipped: 1 });
    const rejects = await t.call('listRejects', { batchId: f!.batchId! });
    expect(rejects.map((r) => [r.rowNumber, r.reason])).toEqual([
      [2, 'cast_error'],
      [4, 'too_many_columns'],
      [5, 'cast_error'],
    ]);
    expect(rejects[0]!.raw[0]).toBe('2020-13');
  });

  it('reports the same bytes again as a duplicate and changes nothing', async () => {
    t = tempCore();
    const path = t.file('c.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,01,x,1,USD,,\n`);
    await t.call('importFiles', { files: [{ path }], options: {} });
    const again = await t.call('importFiles', { files: [{ path, name: 'renamed.csv' }], options: {} });
    expect(again.files[0]!.status).toBe('duplicate');
    expect((await t.call('appInfo', {})).records).toBe(1);
  });

  it('fails a file with an unknown header without storing anything, and still imports the others', async () => {
    t = tempCore();
    const bad = t.file('bad.csv', 'foo,bar\n1,2\n');
    const good = t.file('good.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,01,x,1,USD,,\n`);
    const report = await t.call('importFiles', { files: [{ path: bad }, { path: good }], options: {} });
    expect(report.files.map((f) => f.status)).toEqual(['failed', 'imported']);
    expect(report.files[0]!.error!.code).toBe('format_unknown');
    expect((await t.call('listBatches', {})).length).toBe(1);
  });
});

describe('a revised release', () => {
  it('supersedes the figure it restates instead of adding to it, and keeps the old row', async () => {
    t = tempCore();
    const first = t.file(
      'nov.csv',
      `${HEADER}\n2020-11,CHN,PRK,import,HS,33049900,,1800,USD,,\n2020-11,CHN,PRK,import,HS,34011100,,19,USD,,\n`,
    );
    const revised = t.file('nov-rev.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,33049900,,1854,USD,,\n`);
    // The files hold every good and partner of their month, which they cannot say themselves.
    await t.call('importFiles', {
      files: [{ path: first }, { path: revised }],
      options: { goods: 'all', partners: 'all' },
    });
    const s = await t.call('series', { flow: 'import' });
    expect(s.points.map((p) => p.value)).toEqual([1873]);
    expect((await t.call('listRecords', {})).total).toBe(2);
    // The old figure is kept, for the record, but no longer counted or shown.
    expect((await t.call('appInfo', {})).records).toBe(2);
    expect(await t.call('listRevisions', {})).toEqual([
      expect.objectContaining({ code: '33049900', oldValue: 1800, newValue: 1854 }),
    ]);
  });
});

describe('values a spreadsheet damaged', () => {
  it('imports a value in scientific notation and flags it as rounded, in Tidemark’s own CSV too', async () => {
    t = tempCore();
    const path = t.file('resaved.csv', `${HEADER}\n2020,CHN,PRK,import,HS,TOTAL,,4.79482E+7,USD,,\n`);
    const [f] = (await t.call('importFiles', { files: [{ path }], options: {} })).files;
    expect(f).toMatchObject({ status: 'imported', rowsRejected: 0 });
    expect((await t.call('listRecords', {})).rows[0]!.value).toBe(47_948_200);
    expect(f!.warnings.find((w) => w.code === 'scientific_notation')?.message).toMatch(
      /4\.79482E\+7 = 47948200.*6 significant digits/,
    );
  });
});
