import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportOptions, ImportPreview, PreviewRecord } from '../../../shared/domain';
import { readNote } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import { moneyToDecimal } from '../../../shared/money';
import { WORLD } from '../../reference/areas';
import { SNIFF_LENGTH } from '../readers/decode';
import { detectFormat } from '../formats/detect-format';
import { MissingOptionError, PLACEHOLDERS, suggestFor, type MissingOptionName } from '../formats/options-guess';
import { openReader, withSheetsChecked } from '../readers/open-reader';
import { STOP, type FileReader } from '../readers/reader-types';
import type { Format, FormatContext, NewRecord, RowMapper } from '../formats/format-types';
import { mapRows } from './row-loop';

export const PREVIEW_ROWS = 20;
/** Rows read at most, so a file of rejects or blanks cannot make a preview read it all. */
const PREVIEW_SCAN = 1000;

export type PreviewResult = Omit<ImportPreview, 'duplicateOf'>;

/**
 * The first rows of a file exactly as an import with these options would store them, and what the
 * file leaves for the user to say. Reads only the start of the file and writes nothing. A header no
 * format knows is not an error here: the preview says so (`recognised: false`) and carries the raw
 * rows, so the person can map its columns.
 */
export function previewImport(file: { path: string; name?: string }, givenOptions: ImportOptions): PreviewResult {
  const name = file.name ?? basename(file.path);
  const fd = openReadable(file.path);
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, SNIFF_LENGTH));
    readSync(fd, head, 0, head.length, 0);
    const reader = openReader({ fd, size, head, name }, givenOptions.encoding);
    const options = withSheetsChecked(reader, givenOptions, name);
    const sheets = reader.sheetNames?.() ?? [];
    const sample: string[][] = [];
    let recognised = true;
    const missing: MissingOptionName[] = [];
    const rows: PreviewRecord[] = [];
    const rejects: ImportPreview['rejects'] = [];
    let header: string[] | null = null;
    let format = '';
    let scanned = 0;
    // Whether the rows read say the file's scope themselves: a TOTAL row (all goods), a World row (all partners).
    let allGoods = false;
    let allPartners = false;
    const enough = () => (rows.length >= PREVIEW_ROWS ? STOP : undefined);
    const { warnings } = mapRows(
      reader,
      name,
      options,
      {
        record: (r, sheet, line) => {
          allGoods ||= r.code === 'TOTAL';
          allPartners ||= r.partner === WORLD;
          rows.push(toPreview(r, sheet, line, missing));
          return enough();
        },
        reference: () => {},
        reject: (sheet, row, raw, reason, message) => {
          rejects.push({ sheet, row, raw, reason, ...readNote(message) });
        },
      },
      () => {},
      {
        mapperFor: (cells, ctx) => {
          const f = recognise(cells, options, reader.kind);
          if (!f) {
            recognised = false;
            return null;
          }
          format = f.id;
          return {
            formatId: f.id,
            mapper: createWithPlaceholders(
              (opts) => f.mapper(cells, { ...ctx, options: opts } satisfies FormatContext),
              options,
              missing,
            ),
          };
        },
        watch: (row, isHeader) => {
          if (isHeader) {
            // Only the first sheet: its header is the one the dialog shows.
            if (header) return STOP;
            header = row.cells;
            return;
          }
          if (sample.length < PREVIEW_ROWS) sample.push(row.cells);
          if (!recognised) return sample.length >= PREVIEW_ROWS ? STOP : undefined;
          if (++scanned > PREVIEW_SCAN) return STOP;
        },
      },
    );
    if (!header) throw new AppError('format_unknown', { key: 'import.noHeader', params: { file: name } });
    // A nomenclature holds no trade, and an unrecognised table is not read yet: nothing to ask.
    const scopeQuestions =
      format === 'commodity-reference' || !recognised
        ? []
        : [...(allGoods ? [] : (['goods'] as const)), ...(allPartners ? [] : (['partners'] as const))];
    return {
      file: name,
      format,
      encoding: reader.encoding,
      kind: reader.kind,
      header,
      rows,
      rejects: rejects.slice(0, PREVIEW_ROWS),
      missing,
      suggestions: suggestFor(name, missing),
      warnings: warnings.map((w) => ({ code: w.code, ...readNote(w.message) })),
      sample,
      sheets,
      recognised,
      scopeQuestions,
    };
  } finally {
    closeSync(fd);
  }
}

/** The header's format, or null where none knows it (the preview then asks for a mapping). */
function recognise(header: string[], options: ImportOptions, kind: FileReader['kind']): Format | null {
  try {
    return detectFormat(header, options, kind);
  } catch (err) {
    if (err instanceof AppError && err.code === 'format_unknown') return null;
    throw err;
  }
}

/** Builds the mapper, noting each option it asks for and standing in for it, until it is satisfied. */
function createWithPlaceholders(
  create: (o: ImportOptions) => RowMapper,
  options: ImportOptions,
  missing: MissingOptionName[],
): RowMapper {
  let opts = options;
  for (;;) {
    try {
      return create(opts);
    } catch (err) {
      if (!(err instanceof MissingOptionError) || missing.includes(err.option)) throw err;
      missing.push(err.option);
      opts = { ...opts, ...PLACEHOLDERS[err.option] };
    }
  }
}

function toPreview(r: NewRecord, sheet: string, line: number, missing: MissingOptionName[]): PreviewRecord {
  const blank = (field: MissingOptionName, v: string) => (missing.includes(field) ? '' : v);
  return {
    sheet,
    row: line,
    period: blank('period', r.period),
    periodMonths: r.periodMonths ?? 1,
    reporter: blank('reporter', r.reporter),
    partner: blank('partner', r.partner),
    partnerRaw: r.partnerRaw ?? null,
    flow: blank('flow', r.flow),
    classification: r.classification,
    code: r.code,
    description: r.description,
    value: moneyToDecimal({ units: r.value, exp: r.valueExp }),
    currency: blank('currency', r.currency),
    quantity: r.quantity,
    unit: r.unit,
    quantity2: r.quantity2,
    unit2: r.unit2,
    regime: r.regime,
    province: r.province,
    isAggregate: r.isAggregate ?? false,
  };
}

function openReadable(path: string): number {
  try {
    const fd = openSync(path, 'r');
    if (fstatSync(fd).isFile()) return fd;
    closeSync(fd);
  } catch (err) {
    throw new AppError('file_unreadable', {
      key: 'import.unreadable',
      params: { path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message },
    });
  }
  throw new AppError('file_unreadable', { key: 'import.notAFile', params: { path } });
}
