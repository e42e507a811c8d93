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
