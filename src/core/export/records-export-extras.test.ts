import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

// One good to Korea split by province (as chinese-full.csv rows 4-6), beside a plain row and a total.
const ROWS = [
  `${HEADER},regime,province,aggregate`,
  '2020-01,CHN,KOR,import,HS,29012920,乙炔,92251,CNY,100,kg,10,21,0',
  '2020-01,CHN,KOR,import,HS,29012920,乙炔,2776533,CNY,6750,kg,10,31,0',
  '2020-01,CHN,KOR,import,HS,29012920,乙炔,3361,CNY,48,kg,10,=1+1,0',
  '2020-01,CHN,PRK,import,HS,0101,horses,10,CNY,,,,,0',
  '2020-01,CHN,PRK,import,HS,TOTAL,all goods,10,CNY,,,,,1',
];

async function load() {
  t = tempCore();
  await t.call('importFiles', { files: [{ path: t.file('split.csv', ROWS.join('\n')) }], options: {} });
}

/** Exports the grid's rows under `query` to a file of that name in the core's folder; returns its path. */
async function exportTo(format: 'csv' | 'xlsx', query: object, name: string): Promise<string> {
  await t.call('exportRecords', { format, query, path: join(t.dir, name) });
  return join(t.dir, name);
}
const csvLines = (path: string) => readFileSync(path, 'utf8').slice(1).trim().split('\n');

describe("exporting the grid's rows with the columns they carry", () => {
  it('adds trade mode, province and the total flag after the 11, formula-safe, where the rows shown hold them', async () => {
    await load();
    const lines = csvLines(await exportTo('csv', { sort: { column: 'value', dir: 'asc' } }, 'all.csv'));
    expect(lines[0]).toBe(`${HEADER},regime,province,aggregate`);
    expect(lines).toContain("2020-01,CHN,KOR,import,HS,29012920,乙炔,3361,CNY,48,kg,10,'=1+1,0");
    expect(lines).toContain('2020-01,CHN,KOR,import,HS,29012920,乙炔,92251,CNY,100,kg,10,21,0');
    expect(lines).toContain('2020-01,CHN,PRK,import,HS,TOTAL,all goods,10,CNY,,,,,1');
  });

  it('keeps the 11 columns alone where the rows shown hold nothing more', async () => {
    await load();
    const path = await exportTo('csv', { filters: { code: { op: 'equals', value: '0101' } } }, 'plain.csv');
    expect(csvLines(path)).toEqual([HEADER, '2020-01,CHN,PRK,import,HS,0101,horses,10,CNY,,']);
  });

  it('writes the same columns to XLSX, the flag a number and the province text', async () => {
    await load();
    const path = await exportTo('xlsx', { filters: { partner: { op: 'equals', value: 'KOR' } } }, 'kor.xlsx');
    const zip = unzipSync(readFileSync(path));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(strings).toContain('>regime<');
    expect(strings).toContain('>province<');
    expect(strings).toContain('>=1+1<');
    expect(sheet).not.toContain('<f>');
    // Korea's rows are no totals and are told so by their code and partner: no aggregate column.
    expect(strings).not.toContain('>aggregate<');
    expect(sheet).toMatch(/<c r="M2"/);
    expect(sheet).not.toMatch(/<c r="N2"/);
  });
});
