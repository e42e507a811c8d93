import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

const CORPORA = resolve(__dirname, '../../../shared/corpora');
const SUMMARY = join(CORPORA, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');
const FUZZ = join(CORPORA, 'fuzz/poi-spreadsheets');
const NOISY = [
  'clusterfuzz-testcase-minimized-POIHSSFFuzzer-4977868385681408.xls',
  'clusterfuzz-testcase-minimized-POIHSSFFuzzer-5436547081830400.xls',
].map((f) => join(FUZZ, f));
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tidemark on corpus files (skipped without ../shared/corpora)', () => {
  it.skipIf(!existsSync(SUMMARY))(
    'imports the national totals of gacc/monthly-summary-xlsx with --map constants and --scale 10000',
    async () => {
      const db = join(dir, 'summary.sqlite');
      const r = await tidemarkIn(
        dir,
        'import',
        SUMMARY,
        '--db',
        db,
        '--sheet',
        '全国',
        '--map',
        '时间=period,进口_当月=value',
        '--map',
        'code=TOTAL',
        '--map',
        'partner=WLD',
        '--map',
        'flow=import',
        '--reporter',
        'CHN',
        '--currency',
        'CNY',
        '--scale',
        '10000',
        '--json',
      );
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).files[0]).toMatchObject({
        status: 'imported',
        format: 'mapped',
        rowsImported: 18,
        rowsRejected: 0,
        currency: 'CNY',
      });
      const s = JSON.parse(
        (
          await tidemarkIn(
            dir,
            'series',
            '--db',
            db,
            '--reporter',
            'CHN',
            '--flow',
            'import',
            '--from',
            '2024',
            '--to',
            '2024',
            '--json',
          )
        ).stdout,
      );
      // The twelve 2024 months of 进口_当月, in yuan: an annual series summed from months.
      expect(s.points).toMatchObject([{ period: '2024', value: 25_476_168_930_000 }]);
    },
    60_000,
  );

  it.skipIf(!NOISY.every((f) => existsSync(f)))(
    'leaves stderr to its own one-line errors when SheetJS doubts a damaged .xls',
    async () => {
      const r = await tidemarkIn(dir, 'import', ...NOISY, '--db', join(dir, 'noise.sqlite'));
      expect(r.stderr).not.toMatch(/Missing Info/);
      for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^tidemark: [a-z_]+: /);
    },
    60_000,
  );
});
