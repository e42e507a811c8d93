import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../core/test-support/corpus-database';
import { cliWorkspace, oneError } from './cli-harness';

const SUMMARY = join(CORPORA, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');
const { db, tidemark } = cliWorkspace('tidemark-cli-columns-');

/** The README's monthly-summary import, for one of the workbook's columns as one flow. */
const importColumn = (column: string, flow: string, scale: string, ...more: string[]) =>
  tidemark(
    'import',
    SUMMARY,
    '--sheet',
    '全国',
    '--map',
    `时间=period,${column}=value`,
    '--map',
    'code=TOTAL',
    '--map',
    'partner=WLD',
    '--map',
    `flow=${flow}`,
    '--reporter',
    'CHN',
    '--currency',
    'CNY',
    '--scale',
    scale,
    '--db',
    db,
    ...more,
  );

describe.skipIf(corporaAbsent)(`tidemark import: each flow's column of one workbook${corporaSkipped}`, () => {
  it('imports 出口_当月 as exports after 进口_当月 as imports; the same column twice is refused', async () => {
    expect((await importColumn('进口_当月', 'import', '10000')).code).toBe(0);
    // Before: exit 1, "already_imported: … is already imported (batch 1) with other options (…)".
    const exports = await importColumn('出口_当月', 'export', '1000', '--json');
    expect(exports.code).toBe(0);
    expect(JSON.parse(exports.stdout).files[0]).toMatchObject({ status: 'imported', batchId: 2, rowsImported: 18 });
    const batches = await tidemark('batches', '--db', db);
    expect(batches.stdout).toMatch(/ 1 +imported +18 +CHN import 2024-01\.\.2025-06/);
    expect(batches.stdout).toMatch(/ 2 +imported +18 +CHN export 2024-01\.\.2025-06/);
    expect((await importColumn('进口_当月', 'import', '10000', '--json')).stdout).toMatch(/"status": ?"duplicate"/);
    const twice = await importColumn('出口_当月', 'import', '1000');
    expect(twice.code).toBe(1);
    expect(oneError(twice)).toMatchObject({ code: 'already_imported', message: expect.stringMatching(/\(batch 2\)/) });
    // 万元, not thousands: --replace takes the place of the exports' import only.
    const replaced = await importColumn('出口_当月', 'export', '10000', '--replace', '--json');
    expect(JSON.parse(replaced.stdout).files[0]).toMatchObject({ status: 'imported', batchId: 3 });
    const after = (await tidemark('batches', '--db', db)).stdout;
    expect(after).toMatch(/ 1 +imported +18 +CHN import/);
    expect(after).toMatch(/ 2 +reverted/);
    expect(after).toMatch(/ 3 +imported +18 +CHN export/);
    const series = await tidemark(
      'series',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--partner',
      'WLD',
      '--flow',
      'total',
      '--from',
      '2024-01',
      '--to',
      '2024-01',
      '--json',
    );
    expect(JSON.parse(series.stdout).points.map((p: { value: number }) => p.value)).toEqual([3763564840000]);
  });
});
