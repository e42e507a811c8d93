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
  if (existsSync(path)) return { path, bytes: statSync(path).size };
  const rand = rng(seed);
  const goods = commodities(rand);
  const tmp = `${path}.part`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${BENCH_HEADER}\n`);
    let chunk: string[] = [];
    for (let i = 0; i < rows; i++) {
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
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return { path, bytes: statSync(path).size };
}
