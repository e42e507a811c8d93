import type { ImportOptions } from '../../../shared/domain';
import { createNamingAllMissing } from '../formats/options-guess';
import { detectFormat } from '../formats/detect-format';
import type { FileReader, SourceRow } from '../readers/open-reader';
import type { CommodityRef, FormatContext, NewRecord, RejectKey, RejectReason, RowMapper } from '../formats/format-types';

/** Where mapped rows go: the writer itself, or a parser worker's batches on their way to it. */
export type RowSink = {
  record(r: NewRecord, sheet: string, line: number): void;
  reference(ref: CommodityRef): void;
  reject(sheet: string, line: number, raw: string[], reason: RejectReason, message: string, key: RejectKey): void;
};

const UNKNOWN: RejectKey = { period: null, reporter: null, partner: null, flow: null };

/** Best effort: a row that failed may fail to say where it belongs too; then it belongs nowhere known. */
function keyOf(mapper: RowMapper, cells: string[]): RejectKey {
  try {
    return { ...UNKNOWN, ...mapper.keyOf?.(cells) };
  } catch {
    return UNKNOWN;
  }
}

export type RowCounts = { rowsRead: number; rowsImported: number; rowsRejected: number; rowsSkipped: number };
export type LoopResult = { formatId: string; nestedCodes: boolean; counts: RowCounts; currencies: string[]; warnings: { code: string; message: string }[] };

/**
 * Reads every row of a file, detects each sheet's format from its header row and hands the mapped
 * rows to `sink`. The same loop runs on the importing thread or in the parser worker, so counts,
 * rejects, skips and warnings cannot differ between the two.
 */
export function mapRows(reader: Pick<FileReader, 'read'> & Partial<Pick<FileReader, 'kind'>>, fileName: string, options: ImportOptions, sink: RowSink, onBytes: (bytesRead: number, rowsRead: number) => void): LoopResult {
  const counts: RowCounts = { rowsRead: 0, rowsImported: 0, rowsRejected: 0, rowsSkipped: 0 };
  const currencies = new Set<string>();
  const warnings: { code: string; message: string }[] = [];
  const ctx: FormatContext = { fileName, options, warn: (code, message) => warnings.push({ code, message }) };
  let formatId = '';
  // Each sheet (a CSV is one) starts with its own header row.
  let sheet: string | null = null;
  let mapper: RowMapper | null = null;
  let nestedCodes = false;
  const endSheet = () => mapper?.end?.(counts.rowsRead);
  const chosen = options.sheets ? new Set(options.sheets) : null;
  reader.read((row: SourceRow) => {
    // Sheets the person left out are not read as data at all: not counted, not rejected.
    if (chosen && !chosen.has(row.sheet)) return;
    if (row.sheet !== sheet || !mapper) {
      if (row.sheet !== sheet) endSheet();
      sheet = row.sheet;
      if (row.cells.every((c) => c.trim() === '')) return;
      const format = detectFormat(row.cells, options, reader.kind);
      formatId ||= format.id;
      const header = row.cells;
      mapper = createNamingAllMissing((o) => format.mapper(header, { ...ctx, options: o }), options, fileName);
      nestedCodes ||= mapper.nestedCodes === true;
      return;
    }
    counts.rowsRead++;
    if (row.problem) {
      counts.rowsRejected++;
      sink.reject(row.sheet, row.line, row.cells, row.problem.reason, row.problem.message, keyOf(mapper, row.cells));
      return;
    }
    const out = mapper.map(row.cells);
    if (out.kind === 'record') {
      counts.rowsImported++;
      currencies.add(out.record.currency);
      sink.record(out.record, row.sheet, row.line);
    } else if (out.kind === 'reference') {
      counts.rowsImported++;
      sink.reference(out.ref);
    } else if (out.kind === 'reject') {
      counts.rowsRejected++;
      sink.reject(row.sheet, row.line, row.cells, out.reason, out.message, keyOf(mapper, row.cells));
    } else counts.rowsSkipped++;
  }, (bytes) => onBytes(bytes, counts.rowsRead));
  endSheet();
  return { formatId, nestedCodes, counts, currencies: [...currencies], warnings };
}
