import type { z } from 'zod';
import type { ExportRecordsInput, TradeRecord } from '../../shared/domain';
import { milliToDecimal } from '../../shared/money';
import type { RecordsRepo } from '../db/records-repo';
import { CANONICAL_HEADER } from '../../shared/canonical-header';
import { csvText, writeCsvLines } from './csv-lines';
import { extrasNeeded, type ExtraCells, type RecordExtras } from './record-extras';
import { XlsxWriter } from './xlsx-writer';
import type { CanonicalExtra } from '../../shared/canonical-header';

type Input = z.output<typeof ExportRecordsInput>;
export type ExportQuery = Input['query'];
export type ExportFormat = Input['format'];
/** Rows written so far, of how many. */
export type ExportProgress = (rows: number, total: number) => void;

const exact = (n: number) => milliToDecimal(Math.round(n * 1000));

/** One record as canonical-CSV cells (text), in CANONICAL_HEADER order. */
function csvCells(r: TradeRecord): string[] {
  return [
    r.period,
    r.reporter,
    r.partner,
    r.flow,
    r.classification,
    r.code,
    r.description,
    exact(r.value),
    r.currency,
    r.quantity === null ? '' : String(r.quantity),
    r.unit,
  ];
}

const NUMERIC = new Set([7, 9]);
const PROGRESS_EVERY = 5000;

function* counted(rows: Iterable<TradeRecord>, total: number, progress: ExportProgress): Generator<TradeRecord> {
  let n = 0;
  for (const r of rows) {
    yield r;
    if (++n % PROGRESS_EVERY === 0) progress(n, total);
  }
}

/** A record with the extra cells its export writes, in `extras` order. */
type Out = { r: TradeRecord; extra: (string | null)[] };
/** The extras that count as numbers in a spreadsheet. */
const NUMERIC_EXTRA = new Set<CanonicalExtra>(['months', 'quantity2', 'aggregate']);

/** With a BOM: these files are opened in spreadsheets, which need it to read UTF-8 as UTF-8. */
function writeCsv(rows: Iterable<Out>, extras: CanonicalExtra[], path: string): number {
  const lines = function* () {
    // Numbers are written as plain decimals; everything else is text and may need the apostrophe.
    for (const { r, extra } of rows)
      yield [
        ...csvCells(r).map((c, i) => (NUMERIC.has(i) ? c : csvText(c))),
        ...extra.map((c, i) => (NUMERIC_EXTRA.has(extras[i]!) ? (c ?? '') : csvText(c))),
      ].join(',');
  };
  return writeCsvLines(path, [...CANONICAL_HEADER, ...extras], lines(), true);
}

/** Text cells go in as they are: an XLSX string cell is never a formula, so no apostrophe is needed or wanted. */
async function writeXlsx(rows: Iterable<Out>, extras: CanonicalExtra[], path: string): Promise<number> {
  const xlsx = new XlsxWriter(path, 'Records', [...CANONICAL_HEADER, ...extras]);
  let n = 0;
  for (const { r, extra } of rows) {
    await xlsx.row([
      ...csvCells(r).map((c, i) => (NUMERIC.has(i) ? (c === '' ? null : Number(c)) : c)),
      ...extra.map((c, i) => (c !== null && NUMERIC_EXTRA.has(extras[i]!) ? Number(c) : c)),
    ]);
    n++;
  }
  await xlsx.close();
  return n;
}

/**
 * Exactly the rows the grid shows (its sort, filters, batch and deleted/visible choice), streamed to
 * `path`. Returns the rows written; `progress` hears every few thousand. With `extras`, the columns past
 * the 11 that the rows shown hold (trade mode, province, a total's flag…) follow them, as the canonical CSV
 * writes them: found by a first read of the rows, made only where the database holds any such column.
 */
export async function writeRecordsFile(
  records: RecordsRepo,
  format: ExportFormat,
  query: ExportQuery,
  path: string,
  progress: ExportProgress = () => {},
  extras?: RecordExtras,
): Promise<number> {
  const total = records.list({ ...query, after: null, skip: 0, limit: 1 }).total;
  progress(0, total);
  const lookup = extras?.possible() ? extras : null;
  const columns = lookup
    ? extrasNeeded(
        (function* () {
          for (const r of records.iterate(query)) yield lookup.of(r.id);
        })(),
      )
    : [];
  const pick = (cells: ExtraCells | undefined) => columns.map((k) => cells?.[k] ?? null);
  const rows = (function* () {
    for (const r of counted(records.iterate(query), total, progress))
      yield { r, extra: columns.length ? pick(lookup?.of(r.id)?.cells) : [] };
  })();
  const n = format === 'csv' ? writeCsv(rows, columns, path) : await writeXlsx(rows, columns, path);
  progress(n, n);
  return n;
}
