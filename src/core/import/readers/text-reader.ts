import { CsvParser, type OnCsvView } from './csv-parser';
import { createDecoder, type Encoding } from './decode';
import type { OnRow, OpenedFile } from './reader-types';
import { CHUNK, TextChunks } from './text-chunks';

export { CHUNK };

/**
 * Delimited text (CSV, TSV) to rows. Apart from readers.ts so the parser worker loads only this,
 * not the spreadsheet readers and their libraries (tens of MB of resident memory per thread).
 * `transient`: each row is the parser's one reused view (FileReader.readTransient), not a copy.
 */
export function readText(
  file: OpenedFile,
  encoding: Encoding,
  delimiter: string,
  onRow: OnRow,
  onBytes: (n: number) => void,
  transient = false,
): void {
  const parser = new CsvParser(delimiter);
  const decoder = createDecoder(encoding);
  const onView: OnCsvView = transient ? onRow : (v) => onRow(v.toRow());
  const chunks = new TextChunks(file.fd, decoder, parser);
  let pos = 0;
  for (;;) {
    const n = chunks.push(pos, CHUNK, onView);
    if (n === 0) break;
    pos += n;
    onBytes(pos);
    if (parser.stopped) return;
  }
  parser.pushViews(decoder.end(), onView);
  parser.endViews(onView);
}
