import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/domain';
import { tempCore } from '../../test-support/temp-core';

const CORPORA = resolve(__dirname, '../../../../../shared/corpora');
const COMTRADE = join(CORPORA, 'comtrade');
const absent = !existsSync(COMTRADE);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** A quote-aware CSV split, written for the test so the count does not trust the importer's parser. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.replace(/\r$/, ''));
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

async function importOne(path: string, options: ImportOptions = {}) {
  const [f] = (await t.call('importFiles', { files: [{ path }], options })).files;
  return f!;
}

function db() {
  return new Database(join(t.dir, 'test.sqlite'), { readonly: true });
}

describe.skipIf(absent)(`UN Comtrade legacy CSV from the corpora${why}`, () => {
  const dir = join(COMTRADE, 'legacy-csv');
  const dataFiles = absent ? [] : readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.includes('error_response'));

  it.each(dataFiles)('%s imports every row, with the value sum the file states', async (name) => {
    t = tempCore();
    const [header, ...rows] = csvRows(readFileSync(join(dir, name), 'utf8'));
    const valueAt = header!.indexOf('Trade Value (US$)');
    // Two values in one file were saved by a spreadsheet as "1.12339E+11": read them digit by digit.
    const exact = (v: string) => (/e/i.test(v) ? BigInt(Number(v).toFixed(0)) : BigInt(v));
    const expected = rows.reduce((s, r) => s + exact(r[valueAt]!), 0n);
    const f = await importOne(join(dir, name));
    expect(f).toMatchObject({
      status: 'imported',
      format: 'comtrade',
      rowsRead: rows.length,
      rowsImported: rows.length,
      rowsRejected: 0,
      rowsSkipped: 0,
      currency: 'USD',
    });
    const d = db();
    const sum = d
      .prepare('SELECT sum(value_milli) / 1000 FROM trade_record WHERE batch_id = ?')
      .pluck()
      .get(f.batchId) as number;
    d.close();
    expect(BigInt(sum)).toBe(expected);
  });

  it('maps flows 1/2/3 and M/X by code or name, and keeps re-exports as their own flow', async () => {
    t = tempCore();
    const a = await importOne(join(dir, 'sstaple15_USA-CHN_H5_2017_HS2_12col.csv'));
    const b = await importOne(join(dir, 'Ntacyica_cement_H0_XM_codes.csv'));
    const d = db();
    const flows = (batch: number) =>
      d.prepare('SELECT flow, count(*) n FROM trade_record WHERE batch_id = ? GROUP BY flow ORDER BY flow').all(batch);
    const usa = flows(a.batchId!) as { flow: string; n: number }[];
    expect(usa.map((r) => r.flow)).toEqual(expect.arrayContaining(['export', 'import', 're-export']));
    const cement = flows(b.batchId!) as { flow: string }[];
    // This file writes Trade Flow Code 0 and the flow as "M" in the name column.
    expect(cement.map((r) => r.flow)).toEqual(['import']);
    d.close();
  });

  it('reads partner codes as ISO 3166 (842 → USA, 156 → CHN, 344 → HKG) and restores HS leading zeros', async () => {
    t = tempCore();
    await importOne(join(dir, 'sstaple15_USA-CHN_H5_2017_HS2_12col.csv'));
    await importOne(join(dir, 'shjain6670_CHN_S4_2010-2014_5partners.csv'));
    const d = db();
    const pairs = d.prepare('SELECT DISTINCT reporter, partner FROM trade_record ORDER BY 1, 2').all();
    expect(pairs).toEqual(
      expect.arrayContaining([
        { reporter: 'USA', partner: 'CHN' },
        { reporter: 'CHN', partner: 'HKG' },
        { reporter: 'CHN', partner: 'KOR' },
      ]),
    );
    // The 12-column file wrote chapter 01 as "1"; SITC "00" stays as written.
    expect(d.prepare("SELECT count(*) FROM trade_record WHERE reporter = 'USA' AND code = '01'").pluck().get()).toBe(3);
    expect(
      d.prepare("SELECT count(*) FROM trade_record WHERE classification = 'S4' AND code = '00'").pluck().get(),
    ).toBeGreaterThan(0);
    d.close();
  });

  it("flags World rows (partner 0 / W00) and customs-procedure breakdowns (C01) as aggregates, keeps EU-28 as reporter C97, Comtrade's EU", async () => {
    t = tempCore();
    const f = await importOne(join(dir, 'Ntacyica_cement_H0_XM_codes.csv'));
    const d = db();
    const world = d
      .prepare("SELECT count(*) n, sum(is_aggregate) agg FROM trade_record WHERE partner = 'WLD'")
      .get() as { n: number; agg: number };
    expect(world.n).toBeGreaterThan(0);
    expect(world.agg).toBe(world.n);
    // 205 rows restate a C00 total for procedure C01 (clearance for home use); they are kept, with the procedure as regime.
    expect(
      d
        .prepare("SELECT count(*) FROM trade_record WHERE partner <> 'WLD' AND is_aggregate = 1 AND regime IS NULL")
        .pluck()
        .get(),
    ).toBe(0);
    expect(d.prepare("SELECT count(*) FROM trade_record WHERE regime = 'C01' AND is_aggregate = 1").pluck().get()).toBe(
      205,
    );
    expect(d.prepare("SELECT count(*) FROM trade_record WHERE reporter = 'C97'").pluck().get()).toBeGreaterThan(0);
    // Every partner of the file is in Comtrade's lists: none is unknown.
    const warnings = d.prepare('SELECT code FROM import_warning WHERE batch_id = ?').pluck().all(f.batchId);
    expect(warnings).not.toContain('unknown_area');
    d.close();
  });

  it('ends the saved error response with a clear typed error and stores nothing', async () => {
    t = tempCore();
    const f = await importOne(join(dir, 'Peksyaji_error_response_query_too_complex.csv'));
    expect(f.status).toBe('failed');
    expect(f.error).toMatchObject({ code: 'format_unknown' });
    expect(f.error!.message).toMatch(
      /error message UN Comtrade saved in place of the table \(the query was too complex\)/,
    );
    expect(await t.call('listBatches', {})).toEqual([]);
  });
});

describe.skipIf(absent)(`Comtrade+ API JSON from the corpora${why}`, () => {
  const dir = join(COMTRADE, 'plus-api-sample');

  it.each(['CHN_imports_2010_annual_HS-60a6ad.json', 'CHN_2010_annual_HS-5e2730_from_httptest_mock.json'])(
    '%s imports every record with the primaryValue sum',
    async (name) => {
      t = tempCore();
      const data = (
        JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
          data: { primaryValue: number; flowCode: string; partnerISO: string }[];
        }
      ).data;
      const f = await importOne(join(dir, name));
      expect(f).toMatchObject({
        status: 'imported',
        format: 'comtrade',
        rowsRead: data.length,
        rowsImported: data.length,
        currency: 'USD',
      });
      const d = db();
      const rows = d
        .prepare('SELECT reporter, partner, flow, period, code, value_milli FROM trade_record ORDER BY source_row')
        .all() as { flow: string; partner: string; period: string; code: string; value_milli: number }[];
      d.close();
      expect(rows.reduce((s, r) => s + r.value_milli, 0)).toBe(
        data.reduce((s, r) => s + Math.round(r.primaryValue * 1000), 0),
      );
      expect(rows.map((r) => r.flow)).toEqual(data.map((r) => (r.flowCode === 'M' ? 'import' : 'export')));
      expect(rows.map((r) => r.partner)).toEqual(data.map((r) => r.partnerISO));
      expect(rows.every((r) => r.period === '2010' && r.code === 'TOTAL')).toBe(true);
    },
  );

  it('refuses the bulk-file listing with a sentence saying what it is', async () => {
    t = tempCore();
    const f = await importOne(join(dir, 'bulk_listing_HS-4f1d0f.json'));
    expect(f.error).toMatchObject({ code: 'format_unknown' });
    expect(f.error!.message).toMatch(/list of bulk files/);
  });

  // Before: "does not recognise this JSON file's fields (2 cells)… map its columns", as if a mapping could import them.
  it.each([
    'legacy-reference/partnerAreas.json',
    'legacy-reference/reporterAreas.json',
    'plus-reference/Reporters.json',
    'plus-reference/TradeDataItems.json',
  ])('refuses %s as a list of codes with no figures, and imports HS.json, which has parents', async (file) => {
    t = tempCore();
    const f = await importOne(join(COMTRADE, file));
    expect(f.error).toMatchObject({ code: 'format_unknown' });
    expect(f.error!.message).toBe(
      `${file.split('/')[1]} is a list of codes and their names (such as UN Comtrade's lists of reporters, partners or data fields), not trade figures: there is nothing in it to import. Import a data download instead.`,
    );
    expect(await importOne(join(COMTRADE, 'plus-reference/HS.json'))).toMatchObject({
      status: 'imported',
      format: 'commodity-reference',
    });
  });
});

describe.skipIf(absent)(`legacy Comtrade API JSON from the corpora${why}`, () => {
  it('imports {"dataset": […]} records (rtCode, ptCode, rgCode, TradeValue) with their sum', async () => {
    t = tempCore();
    const path = join(COMTRADE, 'legacy-reference/legacy_api_response_sample_success_data.json');
    const data = (JSON.parse(readFileSync(path, 'utf8')) as { dataset: { TradeValue: number }[] }).dataset;
    const f = await importOne(path);
    expect(f).toMatchObject({
      status: 'imported',
      format: 'comtrade',
      rowsRead: data.length,
      rowsImported: data.length,
    });
    const d = db();
    const rows = d
      .prepare(
        'SELECT reporter, partner, flow, period, code, is_aggregate agg, value_milli / 1000 v FROM trade_record ORDER BY flow',
      )
      .all();
    d.close();
    expect(rows).toEqual([
      expect.objectContaining({
        reporter: 'ALB',
        partner: 'WLD',
        flow: 'export',
        period: '2014',
        code: 'TOTAL',
        agg: 1,
      }),
      { reporter: 'ALB', partner: 'WLD', flow: 'import', period: '2014', code: 'TOTAL', agg: 1, v: 5_229_972_238 },
    ]);
    expect((rows as { v: number }[]).reduce((s, r) => s + r.v, 0)).toBe(data.reduce((s, r) => s + r.TradeValue, 0));
  });
});

describe.skipIf(absent)(`China–DPRK annual figures from the Comtrade+ API${why}`, () => {
  const dir = join(COMTRADE, 'china-dprk-annual');
  const sums = () => {
    const d = db();
    const r = d
      .prepare(
        "SELECT flow, period, value_milli / 1000 v, is_aggregate FROM trade_record WHERE reporter = 'CHN' AND partner = 'PRK' AND code = 'TOTAL' ORDER BY period, flow",
      )
      .all();
    d.close();
    return r as { flow: string; period: string; v: number; is_aggregate: number }[];
  };

  it('without a reporter and partner in the file, asks for them by flag instead of guessing', async () => {
    t = tempCore();
    const f = await importOne(join(dir, 'comtrade_sample.json'));
    expect(f.error).toMatchObject({ code: 'missing_option' });
    expect(f.error!.message).toMatch(/--reporter/);
  });

  it("stores China's 2020 imports from PRK as 47,948,195 USD and exports as 490,967,988, and Dec 2024 as a month", async () => {
    t = tempCore();
    const f = await importOne(join(dir, 'comtrade_sample.json'), { reporter: 'CHN', partner: 'PRK' });
    expect(f).toMatchObject({ status: 'imported', rowsRead: 6, rowsImported: 6 });
    expect(sums()).toEqual([
      { flow: 'export', period: '2020', v: 490_967_988, is_aggregate: 1 },
      { flow: 'import', period: '2020', v: 47_948_195, is_aggregate: 1 },
      { flow: 'export', period: '2022', v: 894_039_906, is_aggregate: 1 },
      { flow: 'import', period: '2022', v: 133_677_748, is_aggregate: 1 },
      { flow: 'export', period: '2024-12', v: 212_455_984, is_aggregate: 1 },
      { flow: 'import', period: '2024-12', v: 37_651_684, is_aggregate: 1 },
    ]);
  });

  it("stores China's imports from PRK by commodity: TOTAL 2019 = 215,240,258 and 2020 = 47,948,195; HS 2716 in 2020 = 11,848,244", async () => {
    t = tempCore();
    const raw = JSON.parse(readFileSync(join(dir, 'comtrade_china_dprk_exports.json'), 'utf8')) as Record<
      string,
      { data: Record<string, { val: number }> }
    >;
    const points = Object.values(raw).flatMap((s) => Object.values(s.data));
    const f = await importOne(join(dir, 'comtrade_china_dprk_exports.json'), {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
    });
    expect(f).toMatchObject({ status: 'imported', rowsRead: points.length, rowsImported: points.length });
    const totals = new Map(sums().map((r) => [r.period, r.v]));
    expect(totals.get('2019')).toBe(215_240_258);
    expect(totals.get('2020')).toBe(47_948_195);
    const d = db();
    expect(
      d.prepare("SELECT value_milli / 1000 FROM trade_record WHERE code = '2716' AND period = '2020'").pluck().get(),
    ).toBe(11_848_244);
    expect(d.prepare("SELECT code FROM trade_record WHERE code = '03' LIMIT 1").pluck().get()).toBe('03');
    expect(d.prepare('SELECT sum(value_milli) FROM trade_record').pluck().get()).toBe(
      points.reduce((s, p) => s + Math.round(p.val * 1000), 0),
    );
    d.close();
  });
});

describe('Comtrade+ CSV and TSV', () => {
  const header =
    'typeCode\tfreqCode\trefPeriodId\trefYear\trefMonth\tperiod\treporterCode\treporterISO\treporterDesc\tflowCode\tflowDesc\tpartnerCode\tpartnerISO\tpartnerDesc\tpartner2Code\tclassificationCode\tcmdCode\tcmdDesc\taggrLevel\tisLeaf\tcustomsCode\tmotCode\tqtyUnitAbbr\tqty\tnetWgt\tprimaryValue';
  const row = (
    month: string,
    flow: string,
    partner: string,
    iso: string,
    code: string,
    value: string,
    leaf = 'true',
    mot = '0',
  ) =>
    [
      'C',
      'M',
      `2020${month}01`,
      '2020',
      String(Number(month)),
      `2020${month}`,
      '156',
      'CHN',
      'China',
      flow,
      '',
      partner,
      iso,
      '',
      '0',
      'H5',
      code,
      '',
      String(code.length),
      leaf,
      'C00',
      mot,
      'kg',
      '10',
      '10',
      value,
    ].join('\t');

  it('reads a monthly bulk TSV: months, aggregates above the detail level, breakdowns kept as aggregates, counts add up', async () => {
    t = tempCore();
    const path = t.file(
      'bulk.tsv',
      [
        header,
        row('11', 'M', '408', 'PRK', 'TOTAL', '2382', 'false'),
        row('11', 'M', '408', 'PRK', '33', '1854', 'false'),
        row('11', 'M', '408', 'PRK', '3304', '1854'),
        row('11', 'M', '408', 'PRK', '34', '528'),
        row('11', 'M', '0', 'W00', 'TOTAL', '9999', 'false'),
        row('11', 'RX', '410', 'KOR', '34', '7.5'),
        row('11', 'M', '408', 'PRK', '3304', '1000', 'true', '2100'),
        row('12', 'X', '999', 'ZZ9', '34', '3'),
      ].join('\n'),
    );
    const f = await importOne(path);
    expect(f).toMatchObject({
      status: 'imported',
      format: 'comtrade',
      rowsRead: 8,
      rowsImported: 8,
      rowsSkipped: 0,
      rowsRejected: 0,
    });
    const d = db();
    const rows = d
      .prepare('SELECT period, flow, partner, code, is_aggregate agg, partner_raw raw FROM trade_record ORDER BY id')
      .all();
    d.close();
    expect(rows).toEqual([
      { period: '2020-11', flow: 'import', partner: 'PRK', code: 'TOTAL', agg: 1, raw: null },
      { period: '2020-11', flow: 'import', partner: 'PRK', code: '33', agg: 1, raw: null },
      { period: '2020-11', flow: 'import', partner: 'PRK', code: '3304', agg: 0, raw: null },
      { period: '2020-11', flow: 'import', partner: 'PRK', code: '34', agg: 0, raw: null },
      { period: '2020-11', flow: 'import', partner: 'WLD', code: 'TOTAL', agg: 1, raw: null },
      { period: '2020-11', flow: 're-export', partner: 'KOR', code: '34', agg: 0, raw: null },
      // A breakdown by transport mode 2100 restates part of 3304's total.
      { period: '2020-11', flow: 'import', partner: 'PRK', code: '3304', agg: 1, raw: null },
      // A number in no Comtrade list keeps its own identity: C999, never a shared bucket.
      { period: '2020-12', flow: 'export', partner: 'C999', code: '34', agg: 0, raw: '999' },
    ]);
  });

  it('reads the portal CSV (comma-separated) the same way', async () => {
    t = tempCore();
    const path = t.file(
      'portal.csv',
      [header, row('01', '1', '408', 'PRK', '2716', '1122812')].map((l) => l.replaceAll('\t', ',')).join('\r\n'),
    );
    const f = await importOne(path);
    expect(f).toMatchObject({ status: 'imported', rowsImported: 1 });
    const page = await t.call('listRecords', {});
    expect(page.rows[0]).toMatchObject({
      period: '2020-01',
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      code: '2716',
      value: 1122812,
      currency: 'USD',
      quantity: 10,
      unit: 'kg',
    });
  });
});
