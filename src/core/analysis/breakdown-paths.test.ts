import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { createBreakdownRepo } from '../db/breakdown-repo';
import { createSummaryMaintenance } from '../db/summary-repo';
import { tempCore } from '../test-support/temp-core';
import { breakdownParts } from './breakdown-parts';
import { normalizeSelection } from './code-tree';

// The breakdown by code reads summed top-most codes (summary_code and the covering index); the code
// trees built from every row are the rules' own statement. On real mixes of files, both give the same items.
const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const absent = !existsSync(CORPORA);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';
const SAMPLE = resolve(__dirname, '../../../resources/sample/nk-china-published.csv');

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

async function load(files: [string, ImportOptions][]) {
  t = tempCore();
  for (const [path, options] of files) {
    const r = await t.call('importFiles', { files: [{ path }], options });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
  return t;
}

type Range = { reporter: string; partner?: string; flows: string[]; freq: 'month' | 'year'; from: string; to: string };

/** Every range held (each reporter, flow and period, for all partners and for each partner, and a whole span), by both paths. */
function compareAll(dbPath: string): { ranges: number; mixedCells: number; items: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const repo = createBreakdownRepo(db);
    const groups = db
      .prepare('SELECT DISTINCT reporter, flow, freq, period, family FROM summary_total ORDER BY 1, 2, 3, 4, 5')
      .all() as { reporter: string; flow: string; freq: 'month' | 'year'; period: string; family: string }[];
    const ranges: [Range, string][] = [];
    for (const g of groups) {
      const range = { reporter: g.reporter, flows: [g.flow], freq: g.freq, from: g.period, to: g.period };
      ranges.push([range, g.family]);
      const partners = db
        .prepare(
          'SELECT DISTINCT partner FROM summary_total WHERE reporter = ? AND flow = ? AND freq = ? AND period = ? AND family = ?',
        )
        .pluck()
        .all(g.reporter, g.flow, g.freq, g.period, g.family) as string[];
      for (const partner of partners) ranges.push([{ ...range, partner }, g.family]);
    }
    for (const s of db
      .prepare(
        'SELECT reporter, freq, family, MIN(period) AS lo, MAX(period) AS hi FROM summary_total GROUP BY 1, 2, 3',
      )
      .all() as { reporter: string; freq: 'month' | 'year'; family: string; lo: string; hi: string }[])
      ranges.push([
        { reporter: s.reporter, flows: ['import', 'export'], freq: s.freq, from: s.lo, to: s.hi },
        s.family,
      ]);
    let items = 0;
    // All goods covered, and a scope that covers only some prefixes (so codes keep their own level).
    for (const covered of [() => true, (k: string) => !k.endsWith('1')])
      for (const [range, family] of ranges)
        for (const level of [1, 2, 4, 6, 8]) {
          const o = { range, family, selection: normalizeSelection([], []), by: 'code' as const, level, covered };
          const viaSummary = breakdownParts(repo, o);
          const viaRows = breakdownParts(repo, { ...o, via: 'rows' });
          const sorted = (p: typeof viaSummary) => ({
            ...p,
            items: p.items
              .map(({ key, milli, classification }) => ({ key, milli, classification }))
              .sort((a, b) => (a.key < b.key ? -1 : 1)),
          });
          expect(sorted(viaSummary), `${JSON.stringify(range)} ${family} level ${level}`).toEqual(sorted(viaRows));
          items += viaRows.items.length;
        }
    const mixedCells = db.prepare('SELECT COUNT(*) FROM summary_total WHERE level IS NULL').pluck().get() as number;
    expect(createSummaryMaintenance(db).differences()).toEqual([]);
    return { ranges: ranges.length, mixedCells, items };
  } finally {
    db.close();
  }
}

describe.skipIf(absent)(`a breakdown by code from the summary equals one from every row${why}`, () => {
  it('on Comtrade TOTAL-and-items beside the sample (two editions in one year), also after an edit, a delete and a revert', async () => {
    const c = await load([
      [
        join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json'),
        { reporter: 'CHN', partner: 'PRK', flow: 'import' },
      ],
      [SAMPLE, {}],
    ]);
    const first = compareAll(c.core.dbPath);
    // Cells resolved from their rows (a TOTAL beside its items, H5 beside HS) are among those compared.
    expect(first.mixedCells).toBeGreaterThan(0);
    expect(first.items).toBeGreaterThan(100);

    const db = new Database(c.core.dbPath, { readonly: true });
    const pick = (sql: string) => db.prepare(sql).get() as { id: number; version: number; batch_id: number };
    const item = pick(
      "SELECT id, version, batch_id FROM trade_record WHERE code <> 'TOTAL' AND length(code) = 4 AND freq = 'year' ORDER BY id LIMIT 1",
    );
    const total = pick(
      "SELECT id, version, batch_id FROM trade_record WHERE code = 'TOTAL' AND freq = 'year' ORDER BY id LIMIT 1",
    );
    const sampleItem = pick(
      "SELECT id, version, batch_id FROM trade_record WHERE code = '27160000' ORDER BY id DESC LIMIT 1",
    );
    db.close();
    // An item moved under another chapter, a TOTAL changed, one of the sample's items deleted.
    await c.call('updateRecord', { id: item.id, field: 'code', value: '9999', version: item.version });
    await c.call('updateRecord', { id: total.id, field: 'value', value: '123456789', version: total.version });
    await c.call('deleteRecords', { ids: [sampleItem.id] });
    compareAll(c.core.dbPath);
    await c.call('revertBatch', { batchId: sampleItem.batch_id });
    compareAll(c.core.dbPath);
    await c.call('undo', {});
    compareAll(c.core.dbPath);
  }, 120_000);

  it('on World beside its partners with C00 beside C01, SITC beside HS, and HS2 beside HS6 files', async () => {
    const c = await load([
      [join(CORPORA, 'comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv'), {}],
      [join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv'), { goods: 'all' }],
      [join(CORPORA, 'comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv'), { goods: 'all' }],
      [join(CORPORA, 'comtrade/legacy-csv/Peksyaji_IDN_H5_tobacco.csv'), {}],
      [join(CORPORA, 'comtrade/plus-api-sample/CHN_imports_2010_annual_HS-60a6ad.json'), {}],
    ]);
    const r = compareAll(c.core.dbPath);
    expect(r.mixedCells).toBeGreaterThan(0);
    expect(r.items).toBeGreaterThan(100);
  }, 120_000);
});
