import { CsvParser } from './csv-parser';
import { createDecoder, type Encoding } from './decode';
import type { OnRow, OpenedFile } from './reader-types';
import { CHUNK, TextChunks } from './text-chunks';

/** Where a byte range's parse stopped: at `end` (one of the split points, or the file's size), past `newlines` \n. */
export type RangeEnd = { end: number; newlines: number };

/**
 * One byte range of delimited text to row views, as readText reads the whole file would give them:
 * from `from` (a split point, taken to start a record) to the first split point in `splits` (ascending,
 * the last the file's size) where a record ends. A split that falls inside a record (a quoted newline)
 * is passed by: the parse goes on to the next one, so no record is ever cut in two.
 *
 * The reads stay on readText's grid of CHUNK-sized chunks, cut at the split points, so every row meets
 * the same text ends as on one thread; a row's line is counted from this range's start (1).
 */
export function readTextRange(
  file: OpenedFile,
  encoding: Encoding,
  delimiter: string,
  from: number,
  splits: readonly number[],
  onRow: OnRow,
  onBytes: (n: number) => void,
): RangeEnd {
  const parser = new CsvParser(delimiter);
  const decoder = createDecoder(encoding, from > 0);
  const chunks = new TextChunks(file.fd, decoder, parser);
  let pos = from;
  let s = 0;
  while (s < splits.length && splits[s]! <= from) s++;
  for (;;) {
    const split = splits[s] ?? file.size;
    const chunkEnd = Math.min((Math.floor(pos / CHUNK) + 1) * CHUNK, file.size);
    const to = Math.min(chunkEnd, split);
    // Cut short of the chunk's end: the row left open is judged at the chunk's end, as readText judges it.
    const n = to > pos ? chunks.push(pos, to - pos, onRow, to < chunkEnd) : 0;
    pos += n;
    if (n === 0 || pos >= file.size) {
      parser.pushViews(decoder.end(), onRow);
      parser.endViews(onRow);
      onBytes(pos);
      return { end: file.size, newlines: parser.nextLine - 1 };
    }
    onBytes(pos);
    if (pos === split) {
      if (parser.atRecordEnd) return { end: split, newlines: parser.nextLine - 1 };
      s++;
    }
  }
}
