import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/domain';
import { migrate } from '../../db/migrate';
import { openDb } from '../../db/open';
import { createSummaryMaintenance } from '../../db/summary-repo';
import { storedContents } from '../../test-support/stored-contents';
import { HEADER } from '../../test-support/temp-core';
import { sourceParseWorker } from './parse-channel';
import { planRanges } from './parse-ranges';
import { importFile, type ImportTuning } from './run-import';

// A file parsed in byte ranges on several threads must store exactly what one thread stores: the
// same records in the same order with the same source rows, rejects, descriptions, warnings, summaries.
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ONE: ImportTuning = { parseWorker: sourceParseWorker, parseWorkerMinRows: 0, parseThreads: 1 };
const ranged = (threads: number, rangeBytes: number): ImportTuning => ({
  ...ONE,
  parseThreads: threads,
  parseRangeBytes: rangeBytes,
});

type Outcome = { report?: unknown; error?: { code?: string; message?: string }; contents: Record<string, unknown[]> };

function importOnce(file: string, tuning: ImportTuning, options: ImportOptions = {}): Outcome {
  const db = openDb(join(dir, `db-${Math.random().toString(36).slice(2)}.sqlite`));
  migrate(db, () => {});
  try {
    try {
      const report = importFile(db, { path: file }, options, () => {}, tuning);
      expect(createSummaryMaintenance(db).differences()).toEqual([]);
      return { report, contents: storedContents(db) };
    } catch (err) {
      const e = err as { code?: string; message?: string };
      return { error: { code: e.code, message: e.message }, contents: storedContents(db) };
    }
  } finally {
    db.close();
  }
}

const RANGE = 4096;
const ROW_BYTES = 70;

/**
 * A Tidemark CSV with a BOM and CRLF line ends, whose every other cut (planRanges, RANGE bytes apart)
 * lands just after a newline inside a quoted description; values in scientific notation and codes
 * that lost a zero (warnings with counts and first examples), rejects, blank rows. Returns the byte
 * offsets just after each quoted newline.
 */
function trickyCsv(path: string, rows: number): number[] {
  const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\r\n`)];
  let length = parts[0]!.length + parts[1]!.length;
  const inside: number[] = [];
  let lastCut = 0;
  let cuts = 0;
  const push = (s: string) => {
    const b = Buffer.from(s);
    parts.push(b);
    length += b.length;
  };
  for (let i = 0; i < rows; i++) {
    const nextAt = lastCut + RANGE;
    const code = String(10_000_000 + ((i * 7919) % 90_000_000));
    // Every other cut: a row whose quoted \r\n holds the first newline at or after nextAt - 1.
    if (cuts % 2 === 0 && length + ROW_BYTES > nextAt - 1) {
      const prefix = `2021-03,CHN,KOR,export,HS,${code},"Goods`;
      const pad = 'x'.repeat(Math.max(0, nextAt - 2 - length - Buffer.byteLength(prefix)));
      const nl = length + Buffer.byteLength(`${prefix}${pad}\r\n`);
      // Half of them hold a whole valid row on their second line: the next range's worker, starting
      // there, stores it as a record, which the writer must drop, with its sums and codes.
      const second =
        cuts % 4 === 0
          ? '2019-05,CHN,PRK,import,HS,27160000,Electric energy,999,USD,1,kWh\r\n'
          : 'second line, ""quoted""';
      push(`${prefix}${pad}\r\n${second}",12.5,USD,3,kg\r\n`);
      inside.push(nl);
      lastCut = nl;
      cuts++;
      continue;
    }
    const month = String(1 + (i % 12)).padStart(2, '0');
    if (i % 53 === 7) push(`2020-13,CHN,PRK,import,HS,${code},,1,USD,,\r\n`);
    else if (i % 61 === 9) push(',,,,,,,,,,\r\n');
    else if (i % 67 === 11) push(`2020-01,CHN,PRK,import,HS,${code},say "hi",1,USD,,\r\n`);
    else {
      const value = i % 41 === 5 ? `${1 + (i % 9)}.2345E+${8 + (i % 4)}` : `${i * 13}.${i % 1000}`;
      const hs = i % 43 === 4 ? String(100 + (i % 800)) : code;
      push(
        `20${10 + (i % 15)}-${month},CHN,${i % 2 ? 'PRK' : 'KOR'},${i % 2 ? 'import' : 'export'},HS,${hs},"Goods, kind ${i % 300}",${value},${i % 5 ? 'USD' : 'EUR'},${i % 1000}.5,kg\r\n`,
      );
    }
    // A plain row whose line end is the first newline at or after nextAt - 1: a cut between records.
    if (length - 1 >= nextAt - 1) {
      lastCut = length;
      cuts++;
    }
  }
  writeFileSync(path, Buffer.concat(parts));
  return inside;
}

describe('a CSV file parsed in byte ranges', () => {
  it('stores byte for byte what one thread stores, with quoted newlines at the cuts, CRLF and a BOM', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-ranges-'));
    const csv = join(dir, 'tricky.csv');
    const inside = trickyCsv(csv, 6000);
    // The cuts the import makes: some fall inside a record, some between records.
    const fd = openSync(csv, 'r');
    const size = statSync(csv).size;
    const plan = planRanges(
      fd,
      size,
      readFileSync(csv).subarray(0, 1 << 20),
      'utf-8-bom',
      ',',
      'tricky.csv',
      {},
      RANGE,
    );
    closeSync(fd);
    expect(plan).not.toBeNull();
    const cuts = plan!.splits.slice(1, -1);
    expect(cuts.filter((c) => inside.includes(c)).length).toBeGreaterThan(10);
    expect(cuts.filter((c) => !inside.includes(c)).length).toBeGreaterThan(10);

    const one = importOnce(csv, ONE);
    expect(one.report).toMatchObject({ status: 'imported' });
    const records = one.contents.records!;
    expect(records.length).toBeGreaterThan(5000);
    expect(one.contents.rejects!.length).toBeGreaterThan(100);
    expect(one.contents.warnings!.length).toBeGreaterThanOrEqual(2);
    for (const threads of [2, 3]) {
      const many = importOnce(csv, ranged(threads, RANGE));
      expect(many.report).toEqual(one.report);
      expect(many.contents).toEqual(one.contents);
    }
  }, 120_000);

  it('reads a file shorter than one range on one thread, as before', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-ranges-'));
    const csv = join(dir, 'short.csv');
    trickyCsv(csv, 40);
    const fd = openSync(csv, 'r');
    const head = readFileSync(csv);
    expect(planRanges(fd, head.length, head, 'utf-8-bom', ',', 'short.csv', {}, RANGE)).toBeNull();
    closeSync(fd);
    const one = importOnce(csv, ONE);
    expect(one.report).toMatchObject({ status: 'imported', rowsImported: expect.any(Number) });
    expect(importOnce(csv, ranged(3, RANGE))).toEqual(one);
  });
});

const CORPORA = resolve(__dirname, '../../../../../shared/corpora');
const absent = !existsSync(CORPORA);
const published = 'published/nk-china-reported-figures/nk_china_trade_reported_figures.csv';
/** Corpus CSV files and the options they import with: Comtrade (ranges), a mapping (ranges), GACC (one thread). */
const CORPUS: [file: string, options: ImportOptions][] = [
  ...[
    'Ntacyica_cement_H0_XM_codes.csv',
    'sstaple15_USA-CHN_H5_2017_HS2_12col.csv',
    'shjain6670_CHN_S4_2010-2014_5partners.csv',
    'Peksyaji_IDN_H5_tobacco.csv',
  ].map((f): [string, ImportOptions] => [`comtrade/legacy-csv/${f}`, {}]),
  // "China-DPRK" is no partner Tidemark knows: unknown-area warnings, given once each, from every range.
  [
    published,
    {
      map: { period: 'period', scope: 'partner', metric: 'flow', value_usd: 'value' },
      constants: { code: 'TOTAL', reporter: 'CHN', currency: 'USD' },
    },
  ],
  [
    published,
    {
      map: { period: 'period', metric: 'flow', value_usd: 'value' },
      constants: { code: 'TOTAL', reporter: 'CHN', partner: 'PRK', currency: 'USD' },
    },
  ],
  ['gacc/soybean-monthly/2023.csv', { flow: 'import' }],
];

describe.skipIf(absent)(
  `corpus CSV files parsed in ranges${absent ? ' (skipped: ../shared/corpora is absent)' : ''}`,
  () => {
    it.each(CORPUS)(
      '%s stores what one thread stores, cut every 2 KiB on 3 threads',
      (file, options) => {
        dir = mkdtempSync(join(tmpdir(), 'tidemark-ranges-'));
        const path = join(CORPORA, file);
        const one = importOnce(path, ONE, options);
        expect(one.error).toBeUndefined();
        expect(importOnce(path, ranged(3, 2048), options)).toEqual(one);
      },
      120_000,
    );
  },
);
