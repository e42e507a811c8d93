import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSyncInflater } from './inflate-sync';

/** Sheet-like XML: compressible, with enough variety to use every deflate block kind. */
function sampleXml(rows: number): Buffer {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 0x1_0000_0000;
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${Math.floor(rand() * 5000)}</v></c><c r="B${r}"><v>${rand()}</v></c></row>`,
    );
  return Buffer.from(parts.join(''));
}

function inflate(deflated: Uint8Array, piece: number, native: boolean): Buffer {
  const out: Buffer[] = [];
  const inflater = createSyncInflater((chunk) => void out.push(Buffer.from(chunk)), native);
  try {
    for (let pos = 0; pos < deflated.length; pos += piece)
      inflater.push(deflated.subarray(pos, pos + piece), pos + piece >= deflated.length);
  } finally {
    inflater.close();
  }
  return Buffer.concat(out);
}

describe('synchronous inflate', () => {
  const xml = sampleXml(5_000);
  const deflated = deflateRawSync(xml);

  it("uses Node's native zlib on this Node", () => {
    const inflater = createSyncInflater(() => {});
    expect(inflater.native).toBe(true);
    inflater.close();
    expect(createSyncInflater(() => {}, false).native).toBe(false);
  });

  it('gives the same bytes natively and through the fallback, whatever the piece size', () => {
    for (const piece of [13, 2048, 16 * 1024, deflated.length]) {
      expect(inflate(deflated, piece, true).equals(xml)).toBe(true);
      expect(inflate(deflated, piece, false).equals(xml)).toBe(true);
    }
  });

  it('throws on a truncated or damaged stream, natively and through the fallback', () => {
    const truncated = deflated.subarray(0, deflated.length >> 1);
    const damaged = Buffer.from(deflated);
    damaged.fill(0xff, 100, 140);
    for (const native of [true, false]) {
      expect(() => inflate(truncated, 4096, native)).toThrow();
      expect(() => inflate(damaged, 4096, native)).toThrow();
    }
  });
});
