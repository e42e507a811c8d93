import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const TABLE =
  'Month;HS;Goods;Country;USD\n'.replaceAll(';', ',') +
  [
    '2020-11,0101,"Horses, live",North Korea,"1,854"',
    '202011,00012345,Odd code,朝鲜,509',
    '2020年11月,271600,Electrical energy,408,1122812',
    '2020-13,0101,bad month,PRK,1',
  ].join('\n');
const MAP = { Month: 'period', HS: 'code', Goods: 'description', Country: 'partner', USD: 'value' } as const;

describe('any other table, mapped to Tidemark fields', () => {
  it('imports by the mapping, keeps leading zeros in codes, reads partners in any language, rejects what does not parse', async () => {
    t = tempCore();
    const path = t.file('mine.csv', TABLE);
    const [f] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: { map: MAP, reporter: 'CHN', flow: 'import', currency: 'USD' },
      })
    ).files;
    expect(f).toMatchObject({
      status: 'imported',
      format: 'mapped',
      rowsRead: 4,
      rowsImported: 3,
      rowsRejected: 1,
      currency: 'USD',
    });
    const page = await t.call('listRecords', {});
    expect(page.rows.map((r) => [r.period, r.reporter, r.partner, r.flow, r.code, r.description, r.value])).toEqual([
      ['2020-11', 'CHN', 'PRK', 'import', '0101', 'Horses, live', 1854],
      ['2020-11', 'CHN', 'PRK', 'import', '00012345', 'Odd code', 509],
      ['2020-11', 'CHN', 'PRK', 'import', '271600', 'Electrical energy', 1122812],
    ]);
    const rejects = await t.call('listRejects', { batchId: f!.batchId! });
    expect(rejects.map((r) => [r.rowNumber, r.reason])).toEqual([[5, 'cast_error']]);
  });

  it('wins over detection: a canonical-looking file is read by the mapping when one is given', async () => {
    t = tempCore();
    const path = t.file(
      'canon.csv',
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n2020-11,CHN,PRK,import,HS,0101,x,5,USD,,\n',
    );
    const map = { period: 'period', partner: 'partner', code: 'code', value: 'value' } as const;
    const [f] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: { map, reporter: 'KOR', flow: 'export', currency: 'EUR', scale: 1000 },
      })
    ).files;
    expect(f).toMatchObject({ format: 'mapped', rowsImported: 1, currency: 'EUR' });
    expect((await t.call('listRecords', {})).rows[0]).toMatchObject({ reporter: 'KOR', flow: 'export', value: 5000 });
  });

  it('asks for what neither the mapping nor the options say, naming the flag', async () => {
    t = tempCore();
    const path = t.file('mine.csv', TABLE);
    const report = await t.call('importFiles', {
      files: [{ path }],
      options: { map: MAP, reporter: 'CHN', flow: 'import' },
    });
    expect(report.files[0]!.error).toMatchObject({ code: 'missing_option' });
    expect(report.files[0]!.error!.message).toMatch(/--currency/);
    const unknownColumn = await t.call('importFiles', {
      files: [{ path }],
      options: { map: { ...MAP, Nope: 'unit' }, reporter: 'CHN', flow: 'import', currency: 'USD' },
    });
    expect(unknownColumn.files[0]!.error).toMatchObject({ code: 'header_mismatch' });
    expect(unknownColumn.files[0]!.error!.message).toMatch(/"Nope"/);
  });

  it('keeps each unknown partner apart under its own text (?Atlantis), flagged, never dropped', async () => {
    t = tempCore();
    const path = t.file('u.csv', 'Month,HS,Country,USD\n2020-11,01,Atlantis,7\n2020-11,01,Lemuria,8\n');
    await t.call('importFiles', {
      files: [{ path }],
      options: {
        map: { Month: 'period', HS: 'code', Country: 'partner', USD: 'value' },
        reporter: 'CHN',
        flow: 'import',
        currency: 'USD',
      },
    });
    const db = new Database(join(t.dir, 'test.sqlite'), { readonly: true });
    expect(db.prepare('SELECT partner, partner_raw FROM trade_record ORDER BY id').all()).toEqual([
      { partner: '?Atlantis', partner_raw: 'Atlantis' },
      { partner: '?Lemuria', partner_raw: 'Lemuria' },
    ]);
    expect(
      db.prepare("SELECT message FROM import_warning WHERE code NOT LIKE 'scope_%' ORDER BY id").pluck().all(),
    ).toEqual([expect.stringMatching(/"Atlantis"/), expect.stringMatching(/"Lemuria"/)]);
    db.close();
  });

  it('restores an HS code a spreadsheet saved as a number (301 → 0301) and imports a value in scientific notation, flagging both', async () => {
    t = tempCore();
    const path = t.file(
      'saved-by-excel.csv',
      'Month,HS,USD\n2020-11,301,1.12339E+11\n2020-11,3079100,509\n2020-11,0302,7\n2020-11,123456789,1\n',
    );
    const [f] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: {
          map: { Month: 'period', HS: { field: 'code', type: 'text' }, USD: 'value' },
          reporter: 'CHN',
          partner: 'PRK',
          flow: 'import',
          currency: 'USD',
        },
      })
    ).files;
    expect(f).toMatchObject({ status: 'imported', rowsImported: 4 });
    const page = await t.call('listRecords', {});
    // Filed under chapter 03 (fish), never under 30 (pharmaceuticals); the 9-digit code is kept as written.
    expect(page.rows.map((r) => [r.code, r.value])).toEqual([
      ['0301', 112_339_000_000],
      ['03079100', 509],
      ['0302', 7],
      ['123456789', 1],
    ]);
    const warned = Object.fromEntries(f!.warnings.map((w) => [w.code, w.message]));
    expect(warned.leading_zero_restored).toMatch(/2 HS codes had lost a leading zero.*"301" → "0301"/);
    expect(warned.scientific_notation).toMatch(
      /1 value was written in scientific notation.*\(e\.g\. 1\.12339E\+11 = 112339000000\).*6 significant digits/,
    );
    expect(warned.code_length_doubtful).toMatch(/"123456789"/);
    // The batch keeps the warnings: the Imports view and `tidemark batches` show them.
    const [batch] = await t.call('listBatches', {});
    expect(batch!.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['leading_zero_restored', 'scientific_notation', 'code_length_doubtful']),
    );
  });
});
