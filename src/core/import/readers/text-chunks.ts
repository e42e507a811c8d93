import { readSync } from 'node:fs';
import type { CsvParser, OnCsvView } from './csv-parser';
import type { Decoder } from './decode';

/**
 * 256 KiB: Node returns a decoded text of more than about 1 MB (its EXTERN_APEX) as an external
 * two-byte string, on which every charCodeAt, slice and hash ran at about half speed, and whose
 * slices (every cell) were two-byte too; below it, V8 keeps ASCII text one byte per character.
 * UTF-16 and GB18030 decode to up to twice their bytes, so the chunk stays well under the limit.
 */
export const CHUNK = 1 << 18;

/** The most bytes of a held row put back in front of the next chunk; a longer row (rare) is joined. */
const MAX_HELD = 1 << 16;

/**
 * A text file's chunks, read and decoded into a CSV parser. Where a chunk is ASCII (the decoder's
 * shortcut), the row left open at its end is kept as bytes in front of the next chunk and decoded
 * with it as one string: the parser's join of its held row with the next text copied every chunk a
 * second time (110 MB per 1M rows; bench:parse 1.44 -> 1.35 s CPU per 1M rows without it).
 */
export class TextChunks {
  private readonly buf = Buffer.alloc(MAX_HELD + CHUNK);
  /** Bytes at buf's start: the parser's held row, the last ASCII chunk's end. */
  private held = 0;

  constructor(
    private readonly fd: number,
    private readonly decoder: Decoder,
    private readonly parser: CsvParser,
  ) {}

  /** Reads up to `length` (at most CHUNK) bytes at `pos` and pushes their text; returns how many it read. */
  push(pos: number, length: number, onView: OnCsvView, cut = false): number {
    const { buf, parser } = this;
    const held = this.held;
    const n = readSync(this.fd, buf, held, length, pos);
    if (n === 0) return 0;
    const fresh = buf.subarray(held, held + n);
    this.held = 0;
    if (this.decoder.copiesAscii?.(fresh)) {
      // One byte per character throughout, so the row the parser holds is the last `keep` bytes.
      parser.pushViews(buf.toString('latin1', 0, held + n), onView, cut, held > 0);
      const keep = parser.held;
      if (keep <= MAX_HELD) {
        buf.copyWithin(0, held + n - keep, held + n);
        this.held = keep;
      }
      return n;
    }
    let text = this.decoder.write(fresh);
    if (pos === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    parser.pushViews(text, onView, cut);
    return n;
  }
}
