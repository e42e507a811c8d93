import { describe, expect, it } from 'vitest';
import { createDecoder } from './decode';

const bytes = (...parts: (string | number[])[]) =>
  parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)));

describe('the UTF-8 decoder, which copies ASCII chunks without decoding them', () => {
  it('gives the text a whole-file decode gives, with a character split across chunks and ASCII after it', () => {
    const d = createDecoder('utf-8');
    // é is C3 A9: its first byte ends one chunk, so the next (ASCII-looking) chunk must still go through the decoder.
    const chunks = bytes('hello,', 'world\n', [0x63, 0x61, 0x66, 0xc3], [0xa9, 0x2c, 0x78], 'plain ascii\n', '2,3');
    const text = chunks.map((c) => d.write(c)).join('') + d.end();
    expect(text).toBe('hello,world\ncafé,xplain ascii\n2,3');
  });

  it('drops a BOM once, at the start only', () => {
    const d = createDecoder('utf-8-bom');
    const text = bytes([0xef, 0xbb, 0xbf], 'a,b\n', '1,2\n')
      .map((c) => d.write(c))
      .join('');
    expect(text).toBe('a,b\n1,2\n');
  });

  it('still refuses invalid UTF-8 after ASCII chunks', () => {
    const d = createDecoder('utf-8');
    d.write(Buffer.from('a,b\n'));
    d.write(Buffer.from('1,2\n'));
    expect(() => d.write(Buffer.from([0x31, 0xff, 0x0a]))).toThrow(/not valid UTF-8/);
    // A character cut short by ASCII: the ASCII goes to the decoder, which holds the lead byte.
    const cut = createDecoder('utf-8');
    cut.write(Buffer.from('a,b\n'));
    cut.write(Buffer.from([0x31, 0xc3]));
    expect(() => cut.write(Buffer.from('2,3\n'))).toThrow(/not valid UTF-8/);
  });
});

describe('the UTF-16 decoders', () => {
  it('decode every chunk, though ASCII text in UTF-16 is bytes under 0x80 too', () => {
    for (const [encoding, bom, order] of [
      ['utf-16le', [0xff, 0xfe], 'utf16le'],
      ['utf-16be', [0xfe, 0xff], 'swap'],
    ] as const) {
      const d = createDecoder(encoding);
      const utf16 = (s: string) => {
        const b = Buffer.from(s, 'utf16le');
        return order === 'swap' ? b.swap16() : b;
      };
      // Three chunks, as a file of more than two CHUNKs reads: "a\0b\0" must not come out as Latin-1.
      const text = [Buffer.from(bom), utf16('ab,cd\n'), utf16('ef,gh\n'), utf16('12,34\n')]
        .map((c) => d.write(c))
        .join('');
      expect(text, encoding).toBe('ab,cd\nef,gh\n12,34\n');
    }
  });
});
