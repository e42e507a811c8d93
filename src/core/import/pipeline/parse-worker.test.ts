import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain';
import { migrate } from '../../db/migrate';
import { openDb, type Db } from '../../db/open';
import { createSummaryMaintenance } from '../../db/summary-repo';
import { storedContents } from '../../test-support/stored-contents';
import { HEADER } from '../../test-support/temp-core';
import { sourceParseWorker } from './parse-channel';
import { BATCH_RECORDS } from './parsed-batch';
import { importFile, type ImportTuning } from './run-import';

// The parser worker must be invisible: the same file gives the same database, row for row, on one
// thread or on two. Its batches hold BATCH_RECORDS records and 1,024 rejects, so the file spans many.
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ONE_THREAD: ImportTuning = {};
const TWO_THREADS: ImportTuning = { parseWorker: sourceParseWorker, parseWorkerMinRows: 0, parseThreads: 1 };
/** Three parser threads on byte ranges of 64 KiB (parse-ranges.ts), the writer taking them in file order. */
const RANGES: ImportTuning = { ...TWO_THREADS, parseThreads: 3, parseRangeBytes: 1 << 16 };

function messyCsv(path: string): void {
  const lines = [HEADER];
  for (let i = 0; i < 3 * BATCH_RECORDS + 17; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const code = String(10_000_000 + ((i * 7919) % 90_000_000));
    if (i % 7 === 3)
      lines.push(`2020-13,CHN,PRK,import,HS,${code},,1,USD,,`); // cast_error
    else if (i % 11 === 5)
      lines.push('2020-01,CHN,PRK,import'); // missing_columns
    else if (i % 13 === 6)
      lines.push(`2020-01,CHN,PRK,import,HS,${code},say "hi",1,USD,,`); // unquoted_value (reader)
    else if (i % 17 === 8)
      lines.push(',,,,,,,,,,'); // skipped
    else {
      const currency = i % 5 === 0 ? 'EUR' : 'USD';
      const quantity = i % 3 === 0 ? '' : `${i % 1000}.5`;
      const description = i % 4 === 0 ? '' : `"Goods, kind ${i % 300}"`;
      // Some groups pass 2^53 milli-units: their sums must stay exact.
      const value = i % 1000 === 1 ? '9007199254740' : `${i * 13}.${i % 1000}`;
      lines.push(
        `20${10 + (i % 15)}-${month},CHN,${i % 2 ? 'PRK' : 'KOR'},${i % 2 ? 'import' : 'export'},HS,${i % 97 === 0 ? 'TOTAL' : code},${description},${value},${currency},${quantity},${quantity ? 'kg' : ''}`,
      );
    }
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

function freshDb(name: string): Db {
  const db = openDb(join(dir, name));
  migrate(db, () => {});
  return db;
}

describe('the parser worker', () => {
  it('stores exactly what one thread stores: records, rejects, skips, descriptions, summaries and counts', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-parse-worker-'));
    const csv = join(dir, 'messy.csv');
    messyCsv(csv);
    const results = [ONE_THREAD, TWO_THREADS, RANGES].map((tuning, i) => {
      const db = freshDb(`db${i}.sqlite`);
      try {
        const seen: ImportProgress[] = [];
        const report = importFile(db, { path: csv }, {}, (p) => seen.push(p), tuning);
        expect(createSummaryMaintenance(db).differences()).toEqual([]);
        // Every event has moved the bar (so it has an ETA), and the last ends full, on the file's row count.
        expect(seen.filter((p) => p.bytesRead === 0)).toEqual([]);
        expect(seen.at(-1)).toMatchObject({ done: true, rows: report.rowsRead, percent: 100 });
        // The same file again is a duplicate (the parser worker, started before the hash, is stopped).
        expect(importFile(db, { path: csv }, {}, () => {}, tuning)).toMatchObject({
          status: 'duplicate',
          batchId: report.batchId,
        });
        return { report, contents: storedContents(db) };
      } finally {
        db.close();
      }
    });
    const [one, two, ranged] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];
    expect(one.report.rowsRejected).toBeGreaterThan(1024);
    expect(one.report.rowsSkipped).toBeGreaterThan(0);
    expect(one.report.rowsRead).toBe(one.report.rowsImported + one.report.rowsRejected + one.report.rowsSkipped);
    expect(one.contents.records!.length).toBeGreaterThan(2 * BATCH_RECORDS);
    expect(one.contents.summary!.some((row) => (row as bigint[])[9]! > 2n ** 53n)).toBe(true);
    expect(two.report).toEqual(one.report);
    expect(two.contents).toEqual(one.contents);
    expect(ranged.report).toEqual(one.report);
    expect(ranged.contents).toEqual(one.contents);
  });

  it('reports a parse failure with the same code and sentence, and stores nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-parse-worker-'));
    const csv = join(dir, 'bad.csv');
    // Valid UTF-8 for the whole sniffed head, then a byte that is not: the decoder fails mid-file.
    const good = Buffer.from(`${HEADER}\n${'2020-01,CHN,PRK,import,HS,01,,1,USD,,\n'.repeat(30_000)}`);
    writeFileSync(csv, Buffer.concat([good, Buffer.from([0xff, 0x0a])]));
    const errors = [ONE_THREAD, TWO_THREADS, RANGES].map((tuning, i) => {
      const db = freshDb(`db${i}.sqlite`);
      try {
        let thrown: unknown = null;
        try {
          importFile(db, { path: csv }, {}, () => {}, tuning);
        } catch (err) {
          thrown = err;
        }
        expect(
          db.prepare('SELECT (SELECT count(*) FROM trade_record) + (SELECT count(*) FROM import_batch)').pluck().get(),
        ).toBe(0);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        return thrown as { code?: string; message?: string } | null;
      } finally {
        db.close();
      }
    });
    expect(errors[0]).toMatchObject({ code: 'file_unreadable' });
    for (const other of errors.slice(1))
      expect({ code: other?.code, message: other?.message }).toEqual({
        code: errors[0]?.code,
        message: errors[0]?.message,
      });
  });
});
