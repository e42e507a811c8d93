import type { ImportOptions } from '../../../shared/domain';
import { createNamingAllMissing } from '../formats/options-guess';
import { detectFormat } from '../formats/detect-format';
import { STOP, type FileReader, type RowVerdict, type SourceRow } from '../readers/reader-types';
import type {
  CodeCache,
  CommodityRef,
  FormatContext,
  NewRecord,
  RejectKey,
  RejectReason,
  RowMapper,
  StoredWarning,
} from '../formats/format-types';

/** Where mapped rows go: the writer itself, or a parser worker's batches on their way to it. */
export type RowSink = {
  /** `cache`: the format's entry for the record's code, where the sink may keep ids it derived (CodeCache). */
  record(r: NewRecord, sheet: string, line: number, cache?: CodeCache): RowVerdict;
  reference(ref: CommodityRef): RowVerdict;
  reject(sheet: string, line: number, raw: string[], reason: RejectReason, message: string, key: RejectKey): RowVerdict;
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
export type LoopResult = {
  formatId: string;
  nestedCodes: boolean;
  counts: RowCounts;
  currencies: string[];
  warnings: StoredWarning[];
  /** A byte range's loop (LoopHooks.range): what its mapper saw, for the file's mapper to absorb. */
  mapperState?: unknown;
};

/** A sheet's format and the mapper it made for the sheet's header. */
export type SheetMapper = { formatId: string; mapper: RowMapper };

/** How a caller other than the import (the preview) bends the loop, without a loop of its own. */
export type LoopHooks = {
  /**
   * The mapper for a sheet's header row; null where no format knows it (its rows are then only seen
   * by `watch`). By default the detected format's, naming every missing option at once.
   */
  mapperFor?(header: string[], ctx: FormatContext): SheetMapper | null;
  /** Sees each row of a chosen sheet before it is used (`isHeader` for a header); STOP ends the read there. */
  watch?(row: SourceRow, isHeader: boolean): RowVerdict;
  /**
   * One byte range of a CSV file parsed on its own thread (parse-ranges.ts): `header` is the file's
   * header row where another thread read it (every row here is then data); the mapper's `end` is not
   * called, its state is returned instead, and the warnings are the file mapper's to give.
   */
  range?: { header: string[] | null };
};

export function detectedMapper(
  header: string[],
  ctx: FormatContext,
  kind: FileReader['kind'] | undefined,
): SheetMapper {
  const format = detectFormat(header, ctx.options, kind);
  return {
    formatId: format.id,
    mapper: createNamingAllMissing((o) => format.mapper(header, { ...ctx, options: o }), ctx.options, ctx.fileName),
  };
}

export const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads every row of a file, detects each sheet's format from its header row and hands the mapped
 * rows to `sink`; a sink method that returns STOP ends the read there. The same loop runs on the
 * importing thread, in the parser worker and for the preview, so counts, rejects, skips and warnings
 * cannot differ between them.
 */
export function mapRows(
  reader: Pick<FileReader, 'read'> & Partial<Pick<FileReader, 'kind' | 'readTransient'>>,
  fileName: string,
  options: ImportOptions,
  sink: RowSink,
  onBytes: (bytesRead: number, rowsRead: number) => void,
  hooks: LoopHooks = {},
): LoopResult {
  const counts: RowCounts = { rowsRead: 0, rowsImported: 0, rowsRejected: 0, rowsSkipped: 0 };
  const currencies = new Set<string>();
  // A file nearly always repeats the row before's currency: a comparison, not a hash per row.
  let lastCurrency: string | null = null;
  const warnings: StoredWarning[] = [];
  const ctx: FormatContext = { fileName, options, warn: (code, message) => warnings.push({ code, message }) };
  const mapperFor = hooks.mapperFor ?? ((header: string[], c: FormatContext) => detectedMapper(header, c, reader.kind));
  const watch = hooks.watch;
  let formatId = '';
  // Each sheet (a CSV is one) starts with its own header row: its first row that is not blank.
  let sheet: string | null = null;
  let headerSeen = false;
  let mapper: RowMapper | null = null;
  let nestedCodes = false;
  const range = hooks.range;
  const endSheet = () => (range ? undefined : mapper?.end?.(counts.rowsRead));
  if (range?.header) {
    sheet = '';
    headerSeen = true;
    const made = mapperFor(range.header, ctx)!;
    formatId = made.formatId;
    mapper = made.mapper;
    nestedCodes = mapper.nestedCodes === true;
  }
  const chosen = options.sheets ? new Set(options.sheets) : null;
  // The loop keeps no row (the preview's watch keeps cells arrays only): a text reader's reused views will do.
  const read = reader.readTransient ?? reader.read;
  read.call(
    reader,
    (row: SourceRow): RowVerdict => {
      // Sheets the person left out are not read as data at all: not counted, not rejected.
      if (chosen && !chosen.has(row.sheet)) return;
      if (row.sheet !== sheet) {
        endSheet();
        sheet = row.sheet;
        headerSeen = false;
        mapper = null;
      }
      if (!headerSeen) {
        if (isBlank(row.cells)) return;
        if (watch?.(row, true) === STOP) return STOP;
        headerSeen = true;
        const made = mapperFor(row.cells, ctx);
        if (!made) return;
        formatId ||= made.formatId;
        mapper = made.mapper;
        nestedCodes ||= mapper.nestedCodes === true;
        return;
      }
      if (watch?.(row, false) === STOP) return STOP;
      counts.rowsRead++;
      if (!mapper) {
        counts.rowsSkipped++;
        return;
      }
      if (row.problem) {
        counts.rowsRejected++;
        return sink.reject(
          row.sheet,
          row.line,
          row.cells,
          row.problem.reason,
          row.problem.message,
          keyOf(mapper, row.cells),
        );
      }
      const fields = row.fields;
      const out = (fields && mapper.mapFields ? mapper.mapFields(fields) : null) ?? mapper.map(row.cells);
      if (out.kind === 'record') {
        counts.rowsImported++;
        const currency = out.record.currency;
        if (currency !== lastCurrency) currencies.add((lastCurrency = currency));
        return sink.record(out.record, row.sheet, row.line, out.cache);
      } else if (out.kind === 'reference') {
        counts.rowsImported++;
        return sink.reference(out.ref);
      } else if (out.kind === 'reject') {
        counts.rowsRejected++;
        return sink.reject(row.sheet, row.line, row.cells, out.reason, out.message, keyOf(mapper, row.cells));
      }
      counts.rowsSkipped++;
    },
    (bytes) => onBytes(bytes, counts.rowsRead),
  );
  endSheet();
  if (range) {
    const state = (mapper as RowMapper | null)?.split?.state();
    return { formatId, nestedCodes, counts, currencies: [...currencies], warnings: [], mapperState: state };
  }
  return { formatId, nestedCodes, counts, currencies: [...currencies], warnings };
}
