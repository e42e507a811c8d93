import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { ExportRecordsInput, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { milliToDecimal } from '../../shared/money';
import { protectCell } from '../../shared/spreadsheet-safety';
import type { RecordsRepo } from '../db/records-repo';
import { CANONICAL_HEADER } from '../import/canonical-format';
import { csvText, writeCsvLines } from './csv-lines';
import { XlsxWriter } from './xlsx-writer';

type Input = z.output<typeof ExportRecordsInput>;
export type ExportResult = { rows: number; path: string | null; fileName: string; base64: string | null };

/** An inline answer travels as JSON over IPC or HTTP; past this the desktop app's save dialog is the way. */
const INLINE_LIMIT = 64 * 1024 * 1024;

const exact = (n: number) => milliToDecimal(Math.round(n * 1000));

/** One record as canonical-CSV cells (text), in CANONICAL_HEADER order. */
function csvCells(r: TradeRecord): string[] {
  return [r.period, r.reporter, r.partner, r.flow, r.classification, r.code, r.description, exact(r.value), r.currency, r.quantity === null ? '' : String(r.quantity), r.unit];
}


const NUMERIC = new Set([7, 9]);

function writeCsv(rows: Iterable<TradeRecord>, path: string): number {
  const lines = function* () {
    // Numbers are written as plain decimals; everything else is text and may need the apostrophe.
    for (const r of rows) yield csvCells(r).map((c, i) => (NUMERIC.has(i) ? c : csvText(c))).join(',');
  };
  return writeCsvLines(path, CANONICAL_HEADER, lines());
}

function writeXlsx(rows: Iterable<TradeRecord>, path: string): number {
  const xlsx = new XlsxWriter(path, 'Records', [...CANONICAL_HEADER]);
  let n = 0;
  try {
    for (const r of rows) {
      xlsx.row(csvCells(r).map((c, i) => (NUMERIC.has(i) ? (c === '' ? null : Number(c)) : protectCell(c))));
      n++;
    }
  } catch (err) {
    xlsx.abort();
    throw err;
  }
  xlsx.close();
  return n;
}

/**
 * Exactly the rows the grid shows (its sort, filters and deleted/visible choice), streamed to a file.
 * Without a path the file is written to a temporary folder and handed back inline, for the browser.
 */
export function exportRecords(records: RecordsRepo, input: Input): ExportResult {
  const fileName = input.path ? basename(input.path) : `tidemark-records.${input.format}`;
  if (input.path && !input.path.toLowerCase().endsWith(`.${input.format}`)) {
    throw new AppError('bad_input', `An ${input.format.toUpperCase()} export needs a file name ending in .${input.format}.`);
  }
  const dir = input.path ? null : mkdtempSync(join(tmpdir(), 'tidemark-export-'));
  const path = input.path ?? join(dir!, fileName);
  try {
    const rows = records.iterate(input.query);
    const n = input.format === 'csv' ? writeCsv(rows, path) : writeXlsx(rows, path);
    if (!dir) return { rows: n, path, fileName, base64: null };
    if (statSync(path).size > INLINE_LIMIT) {
      throw new AppError('file_too_large', 'This export is larger than 64 MB; filter the grid further, or export from the desktop app or the CLI, which write straight to a file.');
    }
    return { rows: n, path: null, fileName, base64: readFileSync(path).toString('base64') };
  } catch (err) {
    if (input.path) rmSync(path, { force: true });
    throw err;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
