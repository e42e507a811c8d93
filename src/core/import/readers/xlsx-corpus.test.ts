import {
  closeSync,
  existsSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { fuzzImport } from '../../test-support/fuzz-import';
import { recordFigures } from '../../test-support/reliability';
import { openReader } from './open-reader';
import type { SourceRow } from './reader-types';

const corpora = resolve(__dirname, '../../../../../shared/corpora');
const workbook = join(corpora, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');
const fuzzDir = join(corpora, 'fuzz/poi-spreadsheets');

function read(path: string): SourceRow[] {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const rows: SourceRow[] = [];
    openReader({ fd, size: fstatSync(fd).size, head: head.subarray(0, n), name: path.split('/').pop()! }).read(
      (r) => void rows.push(r),
      () => {},
    );
    return rows;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync(workbook))('the GACC monthly summary workbook (corpora folder absent: skipped)', () => {
  const rows = existsSync(workbook) ? read(workbook) : [];
  const bySheet = new Map<string, SourceRow[]>();
  for (const r of rows) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);

  it('reads 13 sheets in workbook order, each a header and 18 months', () => {
    expect([...bySheet.keys()]).toEqual([
      '全国',
      '北京市',
      '上海市',
      '深圳市',
      '南京市',
      '合肥市',
      '浙江省',
      '杭州市',
      '宁波市',
      '温州市',
      '湖州市',
      '金华市',
      '台州市',
    ]);
    for (const sheetRows of bySheet.values()) {
      expect(sheetRows).toHaveLength(19);
      expect(sheetRows[0]!.cells.slice(0, 4)).toEqual(['时间', '进出口_当月', '进出口_当月同比', '进出口_年初至今']);
      expect(sheetRows.map((r) => r.line)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
      expect(sheetRows.every((r) => r.cells.length === 13 && r.problem === null)).toBe(true);
    }
    expect(
      bySheet
        .get('全国')!
        .map((r) => r.cells[0])
        .slice(1, 4),
    ).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('gives the values an independent unzip and scan of the sheet XML gives', () => {
    const parts = unzipSync(readFileSync(workbook), {
      filter: (f) => /^xl\/worksheets\/sheet(1|13)\.xml$/.test(f.name),
    });
    const cellValue = (xml: string, ref: string) =>
      new RegExp(`<c r="${ref}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`).exec(xml)?.[1];
    for (const [n, sheet] of [
      [1, '全国'],
      [13, '台州市'],
    ] as const) {
      const xml = strFromU8(parts[`xl/worksheets/sheet${n}.xml`]!);
      const sheetRows = bySheet.get(sheet)!;
      for (const [ref, row, col] of [
        ['B2', 1, 1],
        ['D19', 18, 3],
        ['L13', 12, 11],
        ['H7', 6, 7],
      ] as const) {
        expect(sheetRows[row]!.cells[col]).toBe(cellValue(xml, ref));
      }
    }
    // PROVENANCE.txt: national 2024 year-to-date total (December row) 4,384,679,258.
    expect(bySheet.get('全国')![12]!.cells.slice(0, 4)).toEqual(['2024-12', expect.any(String), '', '4384679258']);
  });
});

describe.skipIf(!existsSync(fuzzDir))(
  'hostile and malformed spreadsheets from Apache POI (corpora folder absent: skipped)',
  () => {
    const files = existsSync(fuzzDir) ? readdirSync(fuzzDir).filter((f) => /\.xlsx?$/.test(f)) : [];

    it.each(files)(
      '%s ends as rows or a typed error within 2 s',
      (name) => {
        const started = performance.now();
        let outcome: string;
        try {
          const rows = read(join(fuzzDir, name));
          expect(
            rows.every((r) => Array.isArray(r.cells) && r.line >= 1 && r.cells.every((c) => typeof c === 'string')),
          ).toBe(true);
          outcome = `rows:${rows.length}`;
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          outcome = (err as AppError).code;
        }
        expect(performance.now() - started).toBeLessThan(2000);
        expect(outcome).toMatch(/^rows:|^(format_unknown|file_too_large)$/);
      },
      10_000,
    );

    it('imports each into a database holding a batch: imported or a typed error, and a failure changes nothing', () => {
      const work = mkdtempSync(join(tmpdir(), 'tidemark-poi-'));
      try {
        const r = fuzzImport(
          files.map((f) => join(fuzzDir, f)),
          work,
          5000,
        );
        recordFigures('fuzz-poi', {
          files: r.files,
          imported: r.imported,
          typedErrors: r.typedErrors,
          untypedErrors: r.untypedErrors.length,
          databaseChanges: r.databaseChanges.length,
          unsound: r.unsound.length,
          slow: r.slow.length,
        });
        expect([...r.untypedErrors, ...r.databaseChanges, ...r.unsound, ...r.slow]).toEqual([]);
        expect(r.imported + r.typedErrors).toBe(files.length);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }, 120_000);

    it('reads the valid old-format workbook with its Chinese text', () => {
      const rows = read(join(fuzzDir, 'chinese-provinces.xls'));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => r.cells.some((c) => /[\u4e00-\u9fff]/.test(c)))).toBe(true);
      expect(rows.every((r) => r.sheet === 'provinces')).toBe(true);
    });

    it('refuses duplicate zip entries (even differing only in case) instead of picking one', () => {
      for (const f of ['duplicate-filename.xlsx', 'duplicate-filename-case-insensitive.xlsx']) {
        expect(() => read(join(fuzzDir, f))).toThrow(
          expect.objectContaining({ code: 'format_unknown', message: expect.stringContaining('two entries named') }),
        );
      }
    });
  },
);
