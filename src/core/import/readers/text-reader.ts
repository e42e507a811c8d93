import { readSync } from 'node:fs';
import { CsvParser } from './csv-parser';
import { createDecoder, type Encoding } from './decode';
import type { OnRow, OpenedFile } from './reader-types';

/**
 * 256 KiB: Node returns a decoded text of more than about 1 MB (its EXTERN_APEX) as an external
 * two-byte string, on which every charCodeAt, slice and hash ran at about half speed, and whose
 * slices (every cell) were two-byte too; below it, V8 keeps ASCII text one byte per character.
 * UTF-16 and GB18030 decode to up to twice their bytes, so the chunk stays well under the limit.
 */
export const CHUNK = 1 << 18;

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
  const push = transient ? parser.pushViews.bind(parser) : parser.push.bind(parser);
  const emit = onRow;
  const buf = Buffer.alloc(CHUNK);
  let pos = 0;
  for (;;) {
    const n = readSync(file.fd, buf, 0, CHUNK, pos);
    if (n === 0) break;
    let text = decoder.write(buf.subarray(0, n));
    if (pos === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    pos += n;
    push(text, emit);
    onBytes(pos);
    if (parser.stopped) return;
  }
  push(decoder.end(), emit);
  if (transient) parser.endViews(emit);
  else parser.end(emit);
}
