import type { ImportOptions } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { xlsReader } from './xls-reader';
import { xlsxReader } from './xlsx-reader';
import { createDecoder, detectEncoding, type Encoding } from './decode';
import type { FileReader, OpenedFile } from './reader-types';
import { readText } from './text-reader';
import { jsonReader } from './json-reader';

/** Chooses a reader from the file's first bytes, never from its name. */
export function openReader(file: OpenedFile, encodingOverride?: Encoding): FileReader {
  const h = file.head;
  if (h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04) return xlsxReader(file);
  if (h[0] === 0xd0 && h[1] === 0xcf && h[2] === 0x11 && h[3] === 0xe0) return xlsReader(file);
  const encoding = encodingOverride ?? detectEncoding(h);
  const firstLine =
    createDecoder(encoding)
      .write(h.subarray(0, 64 * 1024))
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  if (/^\s*[[{]/.test(firstLine)) return jsonReader(file, encoding);
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  const delimiter = tabs > commas ? '\t' : ',';
  return {
    kind: delimiter === '\t' ? 'tsv' : 'csv',
    encoding,
    read: (onRow, onBytes) => readText(file, encoding, delimiter, onRow, onBytes),
    readTransient: (onRow, onBytes) => readText(file, encoding, delimiter, onRow, onBytes, true),
  };
}

/**
 * The options a reader can honour: a choice of sheets means nothing to a text file and is dropped;
 * a workbook must hold every sheet chosen.
 */
export function withSheetsChecked(reader: FileReader, options: ImportOptions, fileName: string): ImportOptions {
  if (!options.sheets) return options;
  if (!reader.sheetNames) return { ...options, sheets: undefined };
  const names = reader.sheetNames();
  const missing = options.sheets.filter((s) => !names.includes(s));
  if (missing.length > 0) {
    throw new AppError('bad_input', {
      key: 'reader.noSheet',
      params: {
        file: fileName,
        missing: missing.map((m) => `"${m}"`).join(', '),
        sheets: names.map((n) => `"${n}"`).join(', '),
      },
    });
  }
  return options;
}
