import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../../test-support/temp-core';
import { suggestFromFileName } from './options-guess';

const GACC = resolve(__dirname, '../../../../../shared/corpora/gacc');
const haveCorpora = existsSync(GACC);
const corpusNote = haveCorpora ? '' : ' (skipped: ../shared/corpora is absent)';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** The file read independently of the importer: GB18030, one row per line, quoted cells. */
function independent(path: string): { header: string[]; rows: string[][] } {
  const lines = iconv
    .decode(readFileSync(path), 'gb18030')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cells = (l: string) => l.replace(/,\s*$/, '').replace(/^"|"$/g, '').split('","');
  return { header: cells(lines[0]!), rows: lines.slice(1).map(cells) };
}
function valueSum(path: string): { rows: number; sum: bigint; currencyHeader: string } {
  const { header, rows } = independent(path);
  const at = header.findIndex((h) => ['人民币', '美元', 'US dollar', 'Renminbi Yuan'].includes(h));
  return {
    rows: rows.length,
    sum: rows.reduce((s, r) => s + BigInt(r[at]!.replace(/,/g, '')), 0n),
    currencyHeader: header[at]!,
  };
}
function sql<T>(query: string, ...params: unknown[]): T[] {
  const db = new Database(t.core.dbPath, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}
async function allRecords() {
  return (await t.call('listRecords', { limit: 1000 })).rows;
}

describe.skipIf(!haveCorpora)(`China customs soybean downloads${corpusNote}`, () => {
  const dir = `${GACC}/soybean-monthly`;
  const files = haveCorpora ? readdirSync(dir).filter((f) => f.endsWith('.csv')) : [];
  const PUBLISHED: Record<string, [number, bigint]> = {
    '2024in.csv': [36, 359_701_179_444n],
    '2023.csv': [40, 402_526_956_940n],
    '2024out.csv': [29, 5_409_809n],
  };

  it.each(files)('%s imports every row with the sum the file states, in CNY', async (name) => {
    t = tempCore();
    // 2023.csv says nothing in its name; its PROVENANCE says it holds imports.
    const flow = suggestFromFileName(name).flow ?? 'import';
    const path = `${dir}/${name}`;
    const want = valueSum(path);
    if (PUBLISHED[name]) expect([want.rows, want.sum]).toEqual(PUBLISHED[name]);
    const [f] = (await t.call('importFiles', { files: [{ path }], options: { flow } })).files;
    expect(f).toMatchObject({
      status: 'imported',
      format: 'gacc',
      encoding: 'gb18030',
      rowsRead: want.rows,
      rowsImported: want.rows,
      rowsRejected: 0,
      rowsSkipped: 0,
      currency: 'CNY',
    });
    const rows = await allRecords();
    expect(rows).toHaveLength(want.rows);
    expect(BigInt(rows.reduce((s, r) => s + r.value, 0))).toBe(want.sum);
    expect(new Set(rows.map((r) => `${r.reporter} ${r.flow} ${r.currency}`))).toEqual(new Set([`CHN ${flow} CNY`]));
    expect(
      rows.every((r) => ['ARG', 'BRA', 'USA', 'CAN', 'RUS', 'URY', 'KOR', 'JPN', 'HKG', 'PRK'].includes(r.partner)),
    ).toBe(true);
    expect(rows.some((r) => r.description.includes('\uFFFD'))).toBe(false);
    expect(rows.every((r) => /^1201\d{4}$/.test(r.code) && /^\d{4}-\d{2}$/.test(r.period))).toBe(true);
  });

  it('keeps full-width commas in names, "?" units as missing, and no 0 of an unknown unit', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: `${dir}/2024out.csv` }], options: { flow: 'export' } });
    const black = (await allRecords()).find((r) => r.code === '12019020')!;
    expect(black.description).toBe('黑大豆，种用除外');
    expect(
      sql<{ quantity2: number; unit2: string | null }>(
        'SELECT quantity2, unit2 FROM trade_record WHERE code = ? LIMIT 1',
        '12019020',
      )[0],
      // The file's "0","?": soybeans have no second unit. A 0 of no unit was exported as a quantity of 0.
    ).toEqual({ quantity2: null, unit2: null });
  });
});

describe.skipIf(!haveCorpora)(`chinautils GACC samples${corpusNote}`, () => {
  const dir = `${GACC}/chinautils-samples`;
  const files = haveCorpora ? readdirSync(dir).filter((f) => f.endsWith('.csv')) : [];

  it.each(files)('%s imports (with --period where it has no date column), sums matching the file', async (name) => {
    t = tempCore();
    const path = `${dir}/${name}`;
    const want = valueSum(path);
    const [f] = (await t.call('importFiles', { files: [{ path }], options: { flow: 'export', period: '2026-01' } }))
      .files;
    expect(f).toMatchObject({
      status: 'imported',
      format: 'gacc',
      rowsRead: want.rows,
      rowsImported: want.rows,
      currency: want.currencyHeader === '人民币' ? 'CNY' : 'USD',
    });
    const rows = await allRecords();
    expect(BigInt(rows.reduce((s, r) => s + r.value, 0))).toBe(want.sum);
    expect(rows.every((r) => r.period === '2026-01' && !r.description.includes('\uFFFD'))).toBe(true);
  });

  it('reads English columns in any order the same way, with regime and province codes', async () => {
    const stored = async (name: string) => {
      t = tempCore();
      await t.call('importFiles', { files: [{ path: `${dir}/${name}` }], options: { flow: 'export' } });
      const out = sql<Record<string, unknown>>(
        'SELECT partner, code, value, regime, province, quantity, unit FROM trade_record ORDER BY id',
      );
      t.dispose();
      return out;
    };
    const full = await stored('english-full.csv');
    expect(full.map((r) => r.partner)).toEqual(['HKG', 'MAC', 'KOR', 'TWN', 'CHL']);
    expect(full[3]).toMatchObject({
      code: '29012920',
      value: 234351,
      regime: '15',
      province: '61',
      quantity: 1248,
      unit: 'Kilogram',
    });
    expect(await stored('english-full-permutated.csv')).toEqual(full);
  });

  it('asks for the period of a file without a date column, naming --period', async () => {
    t = tempCore();
    const [f] = (
      await t.call('importFiles', { files: [{ path: `${dir}/chinese-full.csv` }], options: { flow: 'import' } })
    ).files;
    expect(f!.status).toBe('failed');
    expect(f!.error).toMatchObject({ code: 'missing_option' });
    expect(f!.error!.message).toContain('--period');
  });

  it('stores a query without a partner column as trade with the world, marked as an aggregate', async () => {
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: `${dir}/english-degenerate.csv` }],
      options: { flow: 'import', period: '2026' },
    });
    expect(sql('SELECT DISTINCT partner, is_aggregate, freq FROM trade_record')).toEqual([
      { partner: 'WLD', is_aggregate: 1, freq: 'year' },
    ]);
  });
});

/** A GACC download written here: GB18030, quoted, trailing commas, thousands separators, "?". */
function gaccFile(rows: string[][]): Buffer {
  const header = [
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
  const line = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(',')},\n`;
  return iconv.encode([header, ...rows].map(line).join(''), 'gb18030');
}

describe('a China customs file written here', () => {
  const rows = [
    ['202011', '109', '朝鲜', '27160000', '电力', '1,296,592', '千瓦时', '0', '?', '16,536,067,327'],
    ['202011', '199', '亚洲其他国家(地区)', '27160000', '电力', '?', '?', '?', '?', '1,000'],
    ['2020年1-2月', '109', '朝鲜', '03019190', '其他鱼苗，鲜活', '12', '千克', '0', '?', '2,345'],
    ['202011', '109', '朝鲜', '27160000', '电力', '5', '千瓦时', '0', '?', '1,23'],
  ];

  it('maps 109 to PRK and 199 to its own area G199, stores Jan–Feb as two months, rejects a malformed number', async () => {
    t = tempCore();
    const path = t.file('朝鲜进口.csv', gaccFile(rows));
    const [f] = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files;
    expect(f).toMatchObject({
      status: 'imported',
      encoding: 'gb18030',
      rowsRead: 4,
      rowsImported: 3,
      rowsRejected: 1,
      rowsSkipped: 0,
      currency: 'CNY',
    });
    expect(
      sql('SELECT partner, partner_raw, period, period_months, value, quantity, unit FROM trade_record ORDER BY id'),
    ).toEqual([
      {
        partner: 'PRK',
        partner_raw: null,
        period: '2020-11',
        period_months: 1,
        value: 16536067327,
        quantity: 1296592,
        unit: '千瓦时',
      },
      {
        partner: 'G199',
        partner_raw: null,
        period: '2020-11',
        period_months: 1,
        value: 1000,
        quantity: null,
        unit: null,
      },
      {
        partner: 'PRK',
        partner_raw: null,
        period: '2020-02',
        period_months: 2,
        value: 2345,
        quantity: 12,
        unit: '千克',
      },
    ]);
    const rejects = await t.call('listRejects', { batchId: f!.batchId! });
    expect(rejects.map((r) => [r.rowNumber, r.reason, r.raw[9]])).toEqual([[5, 'cast_error', '1,23']]);
    const warnings = sql<{ code: string; message: string }>('SELECT code, message FROM import_warning ORDER BY id');
    // The file can say neither that it holds every good nor every partner: it covers what it lists, and says so.
    expect(warnings.map((w) => w.code).sort()).toEqual([
      'gacc_combined_months',
      'scope_goods_listed',
      'scope_partners_listed',
    ]);
  });

  it('stores nothing when the flow is missing, and says how to give it', async () => {
    t = tempCore();
    const path = t.file('nk.csv', gaccFile(rows));
    const [f] = (await t.call('importFiles', { files: [{ path }], options: {} })).files;
    expect(f).toMatchObject({ status: 'failed', rowsImported: 0, error: { code: 'missing_option' } });
    expect(f!.error!.message).toContain('--flow import|export');
    expect(await t.call('appInfo', {})).toMatchObject({ records: 0, batches: 0 });
  });

  it('refuses a reporter or currency that contradicts the file', async () => {
    t = tempCore();
    const path = t.file('nk.csv', gaccFile(rows));
    const [f] = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import', currency: 'USD' } }))
      .files;
    expect(f!.error!.message).toContain('CNY');
    expect((await t.call('appInfo', {})).records).toBe(0);
  });

  it("warns that a file of exactly 10,000 rows is probably cut off at GACC's download limit", async () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        `2020${String((i % 12) + 1).padStart(2, '0')}`,
        '109',
        '朝鲜',
        String(10_000_000 + i),
        'x',
        '1',
        '千克',
        '0',
        '?',
        '1,000',
      ]);
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: t.file('a.csv', gaccFile(many(10_000))) }, { path: t.file('b.csv', gaccFile(many(9_999))) }],
      options: { flow: 'export' },
    });
    const warned = sql<{ file_name: string }>(
      "SELECT b.file_name FROM import_warning w JOIN import_batch b ON b.id = w.batch_id WHERE w.code = 'gacc_row_cap'",
    );
    expect(warned).toEqual([{ file_name: 'a.csv' }]);
  });

  it('previews the first rows as they would be stored, asks for the flow, suggests it from the name, writes nothing', async () => {
    t = tempCore();
    const path = t.file('2020in.csv', gaccFile(rows));
    const p = await t.call('previewImport', { file: { path }, options: {} });
    expect(p).toMatchObject({
      file: '2020in.csv',
      format: 'gacc',
      encoding: 'gb18030',
      kind: 'csv',
      missing: ['flow'],
      suggestions: { flow: 'import' },
    });
    expect(p.header.slice(0, 2)).toEqual(['数据年月', '贸易伙伴编码']);
    expect(p.rows[0]).toMatchObject({
      row: 2,
      period: '2020-11',
      partner: 'PRK',
      flow: '',
      value: '16536067327',
      currency: 'CNY',
      quantity: 1296592,
      unit2: null,
    });
    expect(p.rows[2]).toMatchObject({ period: '2020-02', periodMonths: 2 });
    expect(p.rejects.map((r) => r.reason)).toEqual(['cast_error']);
    expect(await t.call('appInfo', {})).toMatchObject({ records: 0, batches: 0 });
    const answered = await t.call('previewImport', { file: { path }, options: { flow: 'import', scale: 1000 } });
    expect(answered.missing).toEqual([]);
    expect(answered.rows[1]).toMatchObject({ flow: 'import', value: '1000000', partner: 'G199', partnerRaw: null });
  });
});

describe.skipIf(!haveCorpora)(`previewing a real download${corpusNote}`, () => {
  it('shows the first 20 of 36 rows of 2024in.csv', async () => {
    t = tempCore();
    const path = `${GACC}/soybean-monthly/2024in.csv`;
    const p = await t.call('previewImport', { file: { path, name: basename(path) }, options: {} });
    expect(p.rows).toHaveLength(20);
    expect(p.missing).toEqual(['flow']);
    expect(p.suggestions).toEqual({ flow: 'import' });
    // Soybeans only, for a few partners: the file cannot say it holds all goods or all partners, so the dialog asks.
    expect(p.scopeQuestions).toEqual(['goods', 'partners']);
  });
});
