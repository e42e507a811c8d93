import { utils, write } from '@e965/xlsx';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openDb } from '../../db/open';
import { writeSyntheticCsv } from '../../test-support/synthetic-csv';
import { HEADER, tempCore } from '../../test-support/temp-core';
import { sourceParseWorker } from './parse-channel';
import { findRepeatedFigures, RepeatWatch } from './repeated-figures';
import { importFile } from './run-import';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const corpora = resolve(__dirname, '../../../../../shared/corpora');
const WORKBOOK = resolve(corpora, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');

/** A summary workbook as China's customs compile them: a national sheet, then a city with the same columns. */
function twoSheets(): Buffer {
  const wb = utils.book_new();
  const sheet = (rows: [string, number][]) => utils.aoa_to_sheet([['时间', '进口_当月'], ...rows]);
  utils.book_append_sheet(
    wb,
    sheet([
      ['2024-01', 2186228],
      ['2024-02', 1607197],
    ]),
    '全国',
  );
  utils.book_append_sheet(
    wb,
    sheet([
      ['2024-01', 48000],
      ['2024-02', 41000],
    ]),
    '北京市',
  );
  return write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const MAPPED = {
  map: { 时间: 'period', 进口_当月: 'value' },
  constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' },
  reporter: 'CHN',
  currency: 'CNY',
} as const;

const values = async () =>
  (await t.call('series', { reporter: 'CHN', partner: 'WLD', flow: 'import' })).points.map((p) => [p.period, p.value]);

describe('a figure a file states more than once', () => {
  it('in one CSV: its rows are added, and the import says so, naming one; parts of a split are not repeats', async () => {
    t = tempCore();
    const path = t.file(
      'twice.csv',
      `${HEADER}\n2024-01,CHN,WLD,import,HS,TOTAL,,100,USD,,\n2024-02,CHN,WLD,import,HS,TOTAL,,7,USD,,\n2024-01,CHN,WLD,import,HS,TOTAL,,200,USD,,\n`,
    );
    const [f] = (await t.call('importFiles', { files: [{ path }], options: {} })).files;
    expect(f).toMatchObject({ status: 'imported', rowsImported: 3 });
    const warning = f!.warnings!.find((w) => w.code === 'repeated_figures');
    expect(warning).toMatchObject({
      key: 'warn.repeatedFigures',
      params: { count: 1, period: '2024-01', reporter: 'CHN', partner: 'WLD', flow: 'import', code: 'TOTAL' },
    });
    expect(warning!.message).toContain('1 figure is stated more than once in the file');
    expect(warning!.message).toContain('They were added together');
    expect(await values()).toEqual([
      ['2024-01', 300],
      ['2024-02', 7],
    ]);

    // Two rows of one month that differ in their customs procedure are the parts of a split, not repeats.
    const split = t.file('regimes.csv', 'Month,Regime,CNY\n2024-03,一般贸易,5\n2024-03,加工贸易,6\n');
    const [g] = (
      await t.call('importFiles', {
        files: [{ path: split }],
        options: { ...MAPPED, map: { Month: 'period', Regime: 'regime', CNY: 'value' } },
      })
    ).files;
    expect(g).toMatchObject({ status: 'imported', rowsImported: 2 });
    expect(g!.warnings!.map((w) => w.code)).not.toContain('repeated_figures');
  });

  it('across sheets not chosen: refused, naming the sheets and --sheet, with nothing stored; chosen, added and said', async () => {
    t = tempCore();
    const path = t.file('summary.xlsx', twoSheets());
    const [refused] = (await t.call('importFiles', { files: [{ path }], options: MAPPED })).files;
    expect(refused).toMatchObject({
      status: 'failed',
      error: {
        code: 'bad_input',
        key: 'import.sheetsRepeatFigures',
        params: { sheetA: '全国', sheetB: '北京市', more: 0, count: 2, period: '2024-01', code: 'TOTAL' },
      },
    });
    expect(refused!.error!.message).toContain('its sheets 全国 and 北京市 state the same 2 figures');
    expect(refused!.error!.message).toContain('--sheet NAME');
    expect(await t.call('listBatches', {})).toEqual([]);
    expect((await t.call('listRecords', {})).rows).toEqual([]);

    // One sheet: the nation's figure alone, nothing to say.
    const [one] = (await t.call('importFiles', { files: [{ path }], options: { ...MAPPED, sheets: ['全国'] } })).files;
    expect(one).toMatchObject({ status: 'imported', rowsImported: 2 });
    expect(one!.warnings!.map((w) => w.code)).not.toContain('repeated_figures');
    expect(await values()).toEqual([
      ['2024-01', 2186228],
      ['2024-02', 1607197],
    ]);

    // Both sheets named: the person said they belong together (parts); added, and said.
    const [both] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: { ...MAPPED, sheets: ['全国', '北京市'], replace: true },
      })
    ).files;
    expect(both).toMatchObject({ status: 'imported', rowsImported: 4 });
    expect(both!.warnings!.find((w) => w.code === 'repeated_figures')).toMatchObject({
      key: 'warn.repeatedFiguresSheets',
      params: { count: 2, sheetA: '全国', sheetB: '北京市', more: 0, period: '2024-01' },
    });
    expect(await values()).toEqual([
      ['2024-01', 2234228],
      ['2024-02', 1648197],
    ]);
  });

  it.skipIf(!existsSync(WORKBOOK))(
    `China's summary workbook, all 13 sheets: refused, not the regions counted on top of the nation${existsSync(WORKBOOK) ? '' : ' (skipped: ../shared/corpora is absent)'}`,
    async () => {
      t = tempCore();
      const options = { ...MAPPED, scale: 10000 };
      const [f] = (await t.call('importFiles', { files: [{ path: WORKBOOK }], options })).files;
      expect(f).toMatchObject({
        status: 'failed',
        error: { code: 'bad_input', params: { sheetA: '全国', sheetB: '北京市', more: 11, count: 18 } },
      });
      expect(await t.call('listBatches', {})).toEqual([]);
      const [one] = (
        await t.call('importFiles', { files: [{ path: WORKBOOK }], options: { ...options, sheets: ['全国'] } })
      ).files;
      expect(one!.warnings!.map((w) => w.code)).not.toContain('repeated_figures');
      expect((await values())[0]).toEqual(['2024-01', 2186228340000]);
    },
  );
});

describe('finding repeated figures, whichever way the rows were written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-repeats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // 3,000 distinct figures, then two of them again.
  const path = join(dir, 'big.csv');
  writeSyntheticCsv(path, 3000);
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  writeFileSync(path, [...lines, lines[1000], lines[2000]].join('\n') + '\n');

  it.each(['never', 'always', 'merge'] as const)(
    'indexes %s (bulk-indexes.ts), rows parsed on another thread: both repeats, found also where the watch gave up',
    (bulkIndexes) => {
      const db = openDb(join(dir, `${bulkIndexes}.sqlite`));
      migrate(db, () => {});
      const tuning = { bulkIndexes, parseWorker: sourceParseWorker, parseWorkerMinRows: 0 };
      const report = importFile(db, { path }, {}, () => {}, tuning);
      expect(report.warnings!.find((w) => w.code === 'repeated_figures')?.params).toMatchObject({ count: 2 });
      const gaveUp = new RepeatWatch();
      gaveUp.gaveUp = true;
      const found = findRepeatedFigures(db, report.batchId!, gaveUp);
      expect(found).toMatchObject({ figures: 2, acrossSheets: 0, sheets: [''] });
      // A split part is no repeat: the same figure's key with a regime set is kept apart.
      const watch = new RepeatWatch();
      watch.add(1, 2, 3, 4, 5, 6, 7, 1, 0, 0, 0, 0, 0);
      watch.add(1, 2, 3, 4, 5, 6, 7, 1, 9, 0, 0, 0, 0);
      watch.add(1, 2, 3, 4, 5, 6, 8, 1, 0, 0, 0, 0, 0);
      expect(watch.candidates).toEqual([]);
      watch.add(1, 2, 3, 4, 5, 6, 7, 1, 9, 0, 0, 0, 0);
      expect(watch.candidates).toEqual([1, 2, 3, 4, 5, 6]);
      db.close();
    },
  );
});
