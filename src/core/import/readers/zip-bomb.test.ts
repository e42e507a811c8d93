import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { InflateBudget, LIMITS } from './limits';
import { buildXlsx } from '../../test-support/xlsx-fixture';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = resolve(__dirname, '../../../..');

/**
 * A raw deflate stream of `total` zero bytes, built without ever holding them: a full flush makes
 * each 64 MB segment self-contained, so one compressed segment repeated is a valid stream.
 */
function zerosDeflated(total: number): { segment: Buffer; repeats: number; tail: Buffer } {
  const seg = 64 * 1024 ** 2;
  return {
    segment: deflateRawSync(Buffer.alloc(seg), { level: 9, finishFlush: constants.Z_FULL_FLUSH }),
    repeats: total / seg,
    tail: deflateRawSync(Buffer.alloc(0)),
  };
}

/** Writes a zip whose entries are given already deflated (the bomb) or as plain bytes (stored). */
function writeZip(
  path: string,
  entries: { name: string; stored?: Uint8Array; deflated?: { parts: () => Iterable<Buffer>; size: number } }[],
): void {
  const fd = openSync(path, 'w');
  let pos = 0;
  const put = (b: Uint8Array) => (pos += writeSync(fd, b));
  const central: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const chunks = e.stored ? [Buffer.from(e.stored)] : [...e.deflated!.parts()];
    const csize = chunks.reduce((n, c) => n + c.length, 0);
    const usize = e.stored ? e.stored.length : e.deflated!.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(csize, 18);
    local.writeUInt32LE(Math.min(usize, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const offset = pos;
    put(local);
    put(name);
    for (const c of chunks) put(c);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.stored ? 0 : 8, 10);
    cd.writeUInt32LE(csize, 20);
    cd.writeUInt32LE(Math.min(usize, 0xfffffffe), 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
  }
  const cdStart = pos;
  for (const c of central) put(c);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(pos - cdStart, 12);
  eocd.writeUInt32LE(cdStart, 16);
  put(eocd);
  closeSync(fd);
}

const PROBE = `
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { openReader } from ${JSON.stringify(join(__dirname, 'open-reader.ts'))};
const fd = openSync(process.argv[2], 'r');
const head = Buffer.alloc(4096);
readSync(fd, head, 0, 4096, 0);
let rows = 0, code = 'none', message = '';
try { openReader({ fd, size: fstatSync(fd).size, head, name: 'bomb.xlsx' }).read(() => rows++, () => {}); }
catch (e) { code = e.code ?? 'crash'; message = e.message; }
closeSync(fd);
console.log(JSON.stringify({ rows, code, message, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

describe('zip bombs', () => {
  it('refuses a workbook whose sheet is 2 GB of compressed zeros with a typed error, RSS staying under 256 MB', () => {
    // The other parts come from a normal fixture, stored; only the sheet is the bomb.
    const parts = unzipSync(buildXlsx({ sheets: [{ name: 'S', rows: '' }] }));
    const total = 2 * 1024 ** 3;
    const z = zerosDeflated(total);
    const bomb = join(dir, 'bomb.xlsx');
    writeZip(bomb, [
      ...Object.entries(parts)
        .filter(([n]) => n !== 'xl/worksheets/sheet1.xml')
        .map(([name, stored]) => ({ name, stored })),
      {
        name: 'xl/worksheets/sheet1.xml',
        deflated: {
          size: total,
          parts: function* () {
            for (let i = 0; i < z.repeats; i++) yield z.segment;
            yield z.tail;
          },
        },
      },
    ]);
    const probe = join(dir, 'probe.ts');
    writeFileSync(probe, PROBE);
    // The probe's own package.json, so tsx never reads whatever lies in the temp folder above it.
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const out = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', probe, bomb], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 60_000,
      }),
    ) as { rows: number; code: string; message: string; maxRssMb: number };
    expect(out.code).toBe('file_too_large');
    expect(out.message).toMatch(/zip bomb/);
    expect(out.rows).toBe(0);
    expect(out.maxRssMb).toBeLessThan(256);
  }, 90_000);

  it('counts inflated bytes across the whole workbook, not per part', () => {
    const budget = new InflateBudget('w.xlsx', 10 * 1024 ** 2);
    budget.add('a.xml', 6 * 1024 ** 2, 1024 ** 2, 6 * 1024 ** 2);
    expect(() => budget.add('b.xml', 6 * 1024 ** 2, 1024 ** 2, 6 * 1024 ** 2)).toThrow(AppError);
    expect(() =>
      new InflateBudget('w.xlsx').add('c.xml', LIMITS.ratioGraceBytes + 1, 1024, LIMITS.ratioGraceBytes + 1),
    ).toThrow(/compressed more than 250:1/);
  });
});
