import { MAX_FILE_BYTES } from '../../src/core/import/pipeline/run-import';
import { closeSync, existsSync, openSync, renameSync, statSync, writeSync } from 'node:fs';

/** Tidemark's canonical CSV header, which the benchmark file uses so the real import path reads it. */
export const BENCH_HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';

const REPORTERS = ['CHN', 'KOR', 'JPN', 'USA', 'DEU', 'RUS', 'IND', 'VNM', 'THA', 'MYS'];
const PARTNERS = [
  'PRK',
  'CHN',
  'KOR',
  'JPN',
  'USA',
  'DEU',
  'RUS',
  'IND',
  'VNM',
  'THA',
  'MYS',
  'SGP',
  'IDN',
  'PHL',
  'AUS',
  'NZL',
  'CAN',
  'MEX',
  'BRA',
  'ARG',
  'CHL',
  'PER',
  'GBR',
  'FRA',
  'ITA',
  'ESP',
  'NLD',
  'BEL',
  'CHE',
  'AUT',
  'POL',
  'CZE',
  'HUN',
  'ROU',
  'TUR',
  'SAU',
  'ARE',
  'IRN',
  'ISR',
  'EGY',
  'ZAF',
  'NGA',
  'KEN',
  'ETH',
  'PAK',
  'BGD',
  'LKA',
  'MMR',
  'KHM',
  'MNG',
];
const NOUNS = [
  'parts',
  'apparatus',
  'articles',
  'preparations',
  'fabrics',
  'machines',
  'instruments',
  'products',
  'compounds',
  'yarn',
];
const ADJ = [
  'woven',
  'electric',
  'frozen',
  'refined',
  'synthetic',
  'other',
  'of iron or steel',
  'of plastics',
  'knitted',
  'dried',
];
const UNITS = ['kg', 'u', 'l', 'm2', 'pair'];

/** A small seeded PRNG (mulberry32): the same seed always writes the same bytes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 5,000 commodity codes, each with a description that has commas in it (so it must be quoted). */
function commodities(rand: () => number): { code: string; description: string; unit: string }[] {
  const out: { code: string; description: string; unit: string }[] = [];
  const seen = new Set<string>();
  while (out.length < 5000) {
    const code = String(Math.floor(rand() * 1e8)).padStart(8, '0');
    if (seen.has(code)) continue;
    seen.add(code);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const description = `"${pick(NOUNS)}, ${pick(ADJ)}, ""n.e.s."", heading ${code.slice(0, 4)}"`;
    out.push({ code, description, unit: pick(UNITS) });
  }
  return out;
}

/** Writes `rows` data rows (plus the header) to `path` unless a complete file is already there. */
export function generateCustomsCsv(path: string, rows: number, seed = 20240101): { path: string; bytes: number } {
  return generateCustomsCsvParts(path, rows, rows, seed)[0]!;
}

/**
 * The same rows as generateCustomsCsv, written to as many files of at most `partRows` rows as they
 * need, each with its header: a decade of trade (50M rows, 5 GB) is larger than one file Tidemark
 * imports (MAX_FILE_BYTES), so it arrives as downloads do, in parts. One part keeps `path`; more are
 * named `<path without .csv>.part-1-of-2.csv` and so on. Files already there are reused.
 */
export function generateCustomsCsvParts(
  path: string,
  rows: number,
  partRows: number,
  seed = 20240101,
): { path: string; bytes: number }[] {
  if (!(rows >= 1 && partRows >= 1))
    throw new Error(`Need at least one row per file, got ${rows} in parts of ${partRows}.`);
  const count = Math.ceil(rows / partRows);
  const paths = Array.from({ length: count }, (_, k) =>
    count === 1 ? path : path.replace(/\.csv$/, '') + `.part-${k + 1}-of-${count}.csv`,
  );
  if (paths.every((p) => existsSync(p))) return paths.map((p) => ({ path: p, bytes: statSync(p).size }));
  const rand = rng(seed);
  const goods = commodities(rand);
  let fd = -1;
  let part = -1;
  const close = () => {
    if (fd === -1) return;
    closeSync(fd);
    fd = -1;
    renameSync(`${paths[part]}.part`, paths[part]!);
  };
  try {
    let chunk: string[] = [];
    for (let i = 0; i < rows; i++) {
      if (i % partRows === 0) {
        if (fd !== -1) writeSync(fd, chunk.join(''));
        chunk = [];
        close();
        fd = openSync(`${paths[++part]}.part`, 'w');
        writeSync(fd, `${BENCH_HEADER}\n`);
      }
      const year = 2015 + Math.floor(rand() * 10);
      const month = 1 + Math.floor(rand() * 12);
      const reporter = REPORTERS[Math.floor(rand() * REPORTERS.length)]!;
      let partner = PARTNERS[Math.floor(rand() * PARTNERS.length)]!;
      if (partner === reporter) partner = 'PRK';
      const g = goods[Math.floor(rand() * goods.length)]!;
      const value = Math.floor(rand() * 1e9);
      const quantity = (rand() * 1e6).toFixed(3);
      chunk.push(
        `${year}-${String(month).padStart(2, '0')},${reporter},${partner},${rand() < 0.5 ? 'import' : 'export'},HS,${g.code},${g.description},${value},USD,${quantity},${g.unit}\n`,
      );
      if (chunk.length === 10_000) {
        writeSync(fd, chunk.join(''));
        chunk = [];
      }
    }
    writeSync(fd, chunk.join(''));
    close();
  } finally {
    if (fd !== -1) closeSync(fd);
  }
  return paths.map((p) => ({ path: p, bytes: statSync(p).size }));
}

/** A generated row is 100–115 bytes; this bound keeps every part under the importer's limit. */
const MAX_BYTES_PER_ROW = 120;

/**
 * bench:scale's and bench:query's CSV for `rows`: one file while it fits under MAX_FILE_BYTES, else
 * the fewest equal parts that do (50M rows: two files of 25M, 2.6 GB each).
 */
export function benchCsvParts(path: string, rows: number): { path: string; bytes: number }[] {
  const parts = Math.ceil(rows / Math.floor(MAX_FILE_BYTES / MAX_BYTES_PER_ROW));
  return generateCustomsCsvParts(path, rows, Math.ceil(rows / parts));
}
