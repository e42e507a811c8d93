import { readSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { LIMITS } from './limits';

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

export type ZipFile = { fd: number; size: number; name: string };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const MAX_COMMENT = 0xffff;

/**
 * Reads the zip's central directory (only the directory, with positioned reads, so memory is
 * bounded by the entry count) and returns its entries by lower-cased name: OPC part names are
 * case-insensitive, and two entries with the same name make the file ambiguous, so they are refused.
 */
export function readZipDirectory(file: ZipFile): Map<string, ZipEntry> {
  const damaged = (why: string) =>
    new AppError('format_unknown', { key: 'reader.notWorkbook', params: { file: file.name, why } });
  const tailLen = Math.min(file.size, 22 + MAX_COMMENT + 20);
  const tail = readAt(file, file.size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('its zip directory is missing (the file is truncated or not a zip)');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) throw damaged('its zip64 directory is missing');
    const z64 = readAt(file, safeNumber(tail.readBigUInt64LE(loc + 8)), 56);
    if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw damaged('its zip64 directory is damaged');
    count = safeNumber(z64.readBigUInt64LE(32));
    cdSize = safeNumber(z64.readBigUInt64LE(40));
    cdOffset = safeNumber(z64.readBigUInt64LE(48));
  }
  if (count > LIMITS.maxZipEntries) {
    throw new AppError('file_too_large', {
      key: 'reader.tooManyEntries',
      params: { file: file.name, count: count.toLocaleString('en'), max: LIMITS.maxZipEntries.toLocaleString('en') },
    });
  }
  // Each central entry is at least 46 bytes and at most 46 + 3 × 65535.
  if (
    cdOffset + cdSize > file.size ||
    cdSize > 64 * 1024 ** 2 ||
    cdSize > count * (46 + 3 * 0xffff) ||
    cdSize < count * 46
  )
    throw damaged('its zip directory is out of bounds');
  const cd = readAt(file, cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) throw damaged('its zip directory is damaged');
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) throw damaged('its zip directory is damaged');
    const entry: ZipEntry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    applyZip64Extra(entry, cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    if (entry.localOffset + 30 + entry.compressedSize > file.size)
      throw damaged(`its entry ${entry.name} lies outside the file`);
    const key = entry.name.toLowerCase();
    if (entries.has(key))
      throw damaged(`it holds two entries named ${entry.name}, so which one Excel would read is unclear`);
    entries.set(key, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Sizes and offsets of 0xFFFFFFFF live in the zip64 extra field (id 1), in that order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return;
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let q = i + 4;
      const next = () =>
        q + 8 <= i + 4 + len && q + 8 <= extra.length ? safeNumber(extra.readBigUInt64LE((q += 8) - 8)) : null;
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localOffset === 0xffffffff) entry.localOffset = next() ?? entry.localOffset;
      return;
    }
    i += 4 + len;
  }
}

function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

export function readAt(file: ZipFile, position: number, length: number): Buffer {
  const buf = Buffer.alloc(Math.max(0, Math.min(length, file.size - position)));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(file.fd, buf, got, buf.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === buf.length ? buf : buf.subarray(0, got);
}
