import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';
import { buildXlsx } from '../test-support/xlsx-fixture';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const GACC_HEADER = [
  '数据年月',
  '贸易伙伴编码',
  '贸易伙伴名称',
  '商品编码',
  '商品名称',
  '第一数量',
  '第一计量单位',
  '第二数量',
  '第二计量单位',
  '人民币',
];
/** A GACC download written here: GB18030, quoted, trailing commas, thousands separators, "?". */
function gaccFile(rows: string[][]): Buffer {
  const line = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(',')},\n`;
  return iconv.encode([GACC_HEADER, ...rows].map(line).join(''), 'gb18030');
}
const ELECTRICITY = ['202011', '109', '朝鲜', '27160000', '电力', '1,296,592', '千瓦时', '0', '?', '16,536,067,327'];
const FISH = ['202011', '109', '朝鲜', '03019190', '其他鱼苗，鲜活', '12', '千克', '0', '?', '2,345'];

async function recordWithCode(code: string) {
  const { rows } = await t.call('listRecords', { limit: 100 });
  return rows.find((r) => r.code === code)!;
}

describe('the raw source row in the provenance panel', () => {
  it('re-reads a GB18030 customs row cell for cell, even after the record is edited', async () => {
    t = tempCore();
    const path = t.file('朝鲜进口.csv', gaccFile([FISH, ELECTRICITY]));
    await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } });
    const r = await recordWithCode('27160000');
    await t.call('updateRecord', { id: r.id, field: 'value', value: '1', version: r.version });

    const src = await t.call('recordSource', { id: r.id });
    // The reader's cells: quotes gone, thousands separators and "?" as the file has them; the
    // trailing comma is the empty eleventh cell.
    expect(src.rawCells).toEqual([...ELECTRICITY, '']);
    expect(src.rawHeader).toEqual([...GACC_HEADER, '']);
    expect(src).toMatchObject({ row: 3, edited: true, encoding: 'gb18030', asImported: { value: '16536067327' } });
    expect(src.note).toContain('re-read from the copy of the file');
    // The UI says the same in its own language from `copy`, not from the English `note`.
    expect(src.copy).toBe('kept');
  });

  it('re-reads a canonical CSV row, and says so plainly when the copy is not there', async () => {
    t = tempCore();
    const row = '2020-11,CHN,PRK,import,HS,27160000,"Electrical energy, kWh",1122812,USD,,';
    await t.call('importFiles', {
      files: [{ path: t.file('desk.csv', [HEADER, '2020-10,CHN,PRK,import,HS,0000,x,1,USD,,', row].join('\n')) }],
      options: {},
    });
    const r = await recordWithCode('27160000');
    const src = await t.call('recordSource', { id: r.id });
    expect(src.rawCells).toEqual([
      '2020-11',
      'CHN',
      'PRK',
      'import',
      'HS',
      '27160000',
      'Electrical energy, kWh',
      '1122812',
      'USD',
      '',
      '',
    ]);
    expect(src.rawHeader).toEqual(HEADER.split(','));

    // A batch imported before the copy was kept (schema 5) has no batch_source row.
    const db = new Database(t.core.dbPath);
    try {
      db.prepare('DELETE FROM batch_source').run();
    } finally {
      db.close();
    }
    const old = await t.call('recordSource', { id: r.id });
    expect(old).toMatchObject({ rawCells: null, rawHeader: null, asImported: { value: '1122812' } });
    expect(old.note).toContain('not a copy of the file');
    expect(old.copy).toBe('not_kept');
  });

  it('re-reads a workbook row on its own sheet, numbers as the cell holds them', async () => {
    t = tempCore();
    const inline = (v: string) => `<c t="inlineStr"><is><t>${v}</t></is></c>`;
    const header = HEADER.split(',').map(inline).join('');
    const data =
      ['2020-11', 'CHN', 'PRK', 'import', 'HS', '0101', 'Horses'].map(inline).join('') +
      '<c><v>1854</v></c>' +
      inline('USD') +
      '<c><v>2</v></c>' +
      inline('head');
    const path = t.file(
      'a.xlsx',
      Buffer.from(
        buildXlsx({
          sheets: [
            { name: 'Notes', rows: '<row r="1"></row>' },
            { name: 'Trade', rows: `<row r="1">${header}</row><row r="3">${data}</row>` },
          ],
        }),
      ),
    );
    await t.call('importFiles', { files: [{ path }], options: {} });
    const r = await recordWithCode('0101');
    const src = await t.call('recordSource', { id: r.id });
    expect(src).toMatchObject({
      sheet: 'Trade',
      row: 3,
      rawCells: ['2020-11', 'CHN', 'PRK', 'import', 'HS', '0101', 'Horses', '1854', 'USD', '2', 'head'],
    });
    expect(src.rawHeader).toEqual(HEADER.split(','));
  });

  it('keeps the file compressed, smaller than the file itself', async () => {
    t = tempCore();
    const rows = Array.from({ length: 2000 }, (_, i) => [
      `2020${String((i % 12) + 1).padStart(2, '0')}`,
      '109',
      '朝鲜',
      String(10_000_000 + i),
      '电力',
      '1',
      '千克',
      '0',
      '?',
      '1,000',
    ]);
    const bytes = gaccFile(rows);
    await t.call('importFiles', { files: [{ path: t.file('big.csv', bytes) }], options: { flow: 'export' } });
    const db = new Database(t.core.dbPath, { readonly: true });
    try {
      const kept = db.prepare('SELECT length(compressed) AS n, method FROM batch_source').get() as {
        n: number;
        method: string;
      };
      expect(kept.method).toBe('gzip');
      expect(kept.n).toBeLessThan(bytes.length / 3);
    } finally {
      db.close();
    }
  });
});
