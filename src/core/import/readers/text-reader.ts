import { readSync } from 'node:fs';
import { CsvParser } from './csv-parser';
import { createDecoder, type Encoding } from './decode';
import type { OnRow, OpenedFile } from './reader-types';

const CHUNK = 1 << 20;

/**
 * Delimited text (CSV, TSV) to rows. Apart from readers.ts so the parser worker loads only this,
 * not the spreadsheet readers and their libraries (tens of MB of resident memory per thread).
 */
export function readText(
  file: OpenedFile,
  encoding: Encoding,
  delimiter: string,
  onRow: OnRow,
  onBytes: (n: number) => void,
): void {
  const parser = new CsvParser(delimiter);
  const decoder = createDecoder(encoding);
  // The parser's rows are SourceRows already: an object per row showed in the profile.
  const emit = onRow;
  const buf = Buffer.alloc(CHUNK);
  let pos = 0;
  for (;;) {
    const n = readSync(file.fd, buf, 0, CHUNK, pos);
    if (n === 0) break;
    let text = decoder.write(buf.subarray(0, n));
    if (pos === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    pos += n;
    parser.push(text, emit);
    onBytes(pos);
    if (parser.stopped) return;
  }
  parser.push(decoder.end(), emit);
  parser.end(emit);
}
