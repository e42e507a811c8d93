import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How many leading bytes decide between strict UTF-8 and GB18030. */
const SNIFF_BYTES = 1 << 20;

/** A BOM wins; else strict UTF-8 if the sniffed bytes are valid; else GB18030 (China customs). */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, trimPartialUtf8(head.subarray(0, SNIFF_BYTES)));
  return isUtf8(sample) ? 'utf-8' : 'gb18030';
}

export const SNIFF_LENGTH = SNIFF_BYTES;

/** Length of `bytes` without a multi-byte UTF-8 sequence cut off at its end. */
function trimPartialUtf8(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

export type Decoder = {
  write(chunk: Uint8Array): string;
  end(): string;
  /**
   * Whether write(chunk) would give the chunk's bytes as Latin-1 text, one character per byte, and
   * leave the decoder as it was (its ASCII shortcut): then a reader may decode those bytes itself,
   * together with bytes it kept from before (text-chunks.ts). Absent where there is no shortcut.
   */
  copiesAscii?(chunk: Uint8Array): boolean;
};

/**
 * A chunk that is all ASCII as text, or null: ASCII is its own UTF-8 (and Latin-1), and Buffer's latin1
 * copy of it costs a fraction of a decode. Only for a chunk that does not continue a character cut at
 * the previous chunk's end; the streaming decoders here and in utf8-chunks.ts track that themselves.
 */
export function asciiText(c: Uint8Array): string | null {
  return isAscii(c) ? Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('latin1') : null;
}

/**
 * A streaming decoder that fails loudly on bytes the chosen encoding cannot read. `midFile`: it starts
 * inside the file (a byte range), where a U+FEFF is text, not a byte order mark to drop.
 */
export function createDecoder(encoding: Encoding, midFile = false): Decoder {
  if (encoding === 'gb18030') {
    const d = iconv.getDecoder('gb18030', { stripBOM: !midFile });
    return { write: (c) => d.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength)), end: () => d.end() ?? '' };
  }
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const d = new TextDecoder(label, { fatal: true, ignoreBOM: midFile });
  const guard = (f: () => string): string => {
    try {
      return f();
    } catch {
      throw new AppError('file_unreadable', {
        key: 'reader.notValidEncoding',
        params: { encoding: label.toUpperCase() },
      });
    }
  };
  // ASCII is its own UTF-8, and Buffer's latin1 copy of it costs a fraction of a decode (measured
  // as about 5% of the parser thread). Only once the decoder has seen the first bytes (a BOM is its
  // to drop) and holds no partial character, i.e. the chunk before ended on an ASCII byte. UTF-8 only:
  // UTF-16's ASCII letters are bytes under 0x80 too ("a" is 61 00), which Latin-1 would read as two.
  const shortcut = label === 'utf-8';
  let seen = 0;
  let whole = true;
  return {
    write: (c) => {
      const ascii = shortcut && seen >= 3 && whole ? asciiText(c) : null;
      if (ascii !== null) return ascii;
      seen += c.byteLength;
      whole = c.byteLength === 0 ? whole : c[c.byteLength - 1]! < 0x80;
      return guard(() => d.decode(c, { stream: true }));
    },
    end: () => guard(() => d.decode()),
    copiesAscii: (c) => shortcut && seen >= 3 && whole && isAscii(c),
  };
}
