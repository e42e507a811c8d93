import { describe, expect, it } from 'vitest';
import { Utf8Chunks } from './utf8-chunks';

function decodeIn(bytes: Uint8Array, cuts: number[]): string {
  const d = new Utf8Chunks();
  let out = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out += d.decode(bytes.subarray(from, cut));
    from = cut;
  }
  return out + d.end();
}

describe('UTF-8 chunk decoding', () => {
  // ASCII runs between 2-, 3- and 4-byte characters, and bytes that are not UTF-8 at all.
  const bytes = Buffer.concat([
    Buffer.from('<t>Horses</t><t>é朝鲜😀</t>abcd<t>ü</t>x'),
    Buffer.from([0xe6, 0x9c, 0x41, 0x42, 0x43, 0x44, 0xff, 0x80, 0x80]),
    Buffer.from('tail😀'),
  ]);
  const expected = new TextDecoder().decode(bytes);

  it('gives exactly what TextDecoder gives, cut anywhere once or twice', () => {
    for (let i = 0; i <= bytes.length; i++) {
      expect(decodeIn(bytes, [i])).toBe(expected);
      for (let j = i; j <= bytes.length; j++) expect(decodeIn(bytes, [i, j])).toBe(expected);
    }
  });

  it('gives exactly what TextDecoder gives, in pieces of 1 to 5 bytes', () => {
    for (const size of [1, 2, 3, 4, 5]) {
      const cuts: number[] = [];
      for (let i = size; i < bytes.length; i += size) cuts.push(i);
      expect(decodeIn(bytes, cuts)).toBe(expected);
    }
  });

  it('keeps a leading byte-order mark as text, for the tokenizer to skip', () => {
    expect(decodeIn(Buffer.from('\uFEFF<a/>'), [])).toBe('\uFEFF<a/>');
  });
});
