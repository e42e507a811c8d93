// Builds src/core/reference/gacc-partners.ts: China customs (GACC) trading-partner codes with their
// Chinese and English names and, where one exists, the ISO 3166-1 alpha-3 code.
//
// Facts come from two corpora (see their PROVENANCE.txt):
//   ../shared/corpora/gacc/code-lists          GACC's own code lists (zh GB18030, en raw + hand-cleaned)
//   ../shared/corpora/reference/country-codes  ISO 3166 codes with Chinese and English names
// Codes are matched by name (Chinese first, then English); OVERRIDES below settle what names cannot.
// Run: node scripts/gen-gacc-partners.mjs   (prints anything it could not settle, and fails on it)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = resolve(root, '../shared/corpora');
const lists = `${corpora}/gacc/code-lists`;

/** A tiny CSV line splitter (quotes honoured); these files are small and simple. */
function splitLine(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}
// The lists hold a stray NUL byte before one name (349); control characters are not names.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/g;
const lines = (text) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');

// zh: "code,name," (GB18030). en raw: "code,name," but names may hold unquoted commas ("109,Korea,DPR,").
const zh = new Map(
  lines(iconv.decode(readFileSync(`${lists}/zh-TradingPartner.csv`), 'gb18030'))
    .slice(1)
    .map((l) => {
      const [code, name] = splitLine(l);
      return [code.trim(), name.trim()];
    }),
);
const enRaw = new Map(
  lines(iconv.decode(readFileSync(`${lists}/en-TradingPartner.csv`), 'gb18030'))
    .slice(1)
    .map((l) => {
      const m = /^(\d+),(.*?),?$/.exec(l);
      return [m[1], m[2].replace(CONTROL, '').replace(/\s+/g, ' ').trim()];
    }),
);
const enClean = new Map(
  lines(readFileSync(`${lists}/en-TradingPartner-cleaned-manually.csv`, 'utf8'))
    .slice(1)
    .map((l) => {
      const [code, name] = splitLine(l.replace(CONTROL, ''));
      return [code.trim(), name.trim()];
    }),
);

const countries = (() => {
  const [head, ...rows] = lines(readFileSync(`${corpora}/reference/country-codes/country-codes.csv`, 'utf8')).map(
    splitLine,
  );
  const col = (name) => head.indexOf(name);
  const pick = (r, name) => (r[col(name)] ?? '').trim();
  return rows
    .map((r) => ({
      iso3: pick(r, 'ISO3166-1-Alpha-3'),
      zh: [pick(r, 'UNTERM Chinese Short'), pick(r, 'official_name_cn')].filter(Boolean),
      en: [
        pick(r, 'CLDR display name'),
        pick(r, 'official_name_en'),
        pick(r, 'UNTERM English Short').replace(/ \(the\)$/, ''),
      ].filter(Boolean),
    }))
    .filter((c) => /^[A-Z]{3}$/.test(c.iso3));
})();
const norm = (s) => s.toLowerCase().replace(/[，,.'’()\s-]/g, '');
const byZh = new Map();
const byEn = new Map();
for (const c of countries) {
  for (const n of c.zh) byZh.set(n, c.iso3);
  for (const n of c.en) byEn.set(norm(n), c.iso3);
}

// Settled by hand, from the names in GACC's lists. null = no ISO 3166-1 code of its own: residual
// groups, parts of a country that GACC counts apart from it, and codes for no country at all.
const OVERRIDES = {
  109: 'PRK',
  110: 'HKG',
  121: 'MAC',
  124: 'MNG',
  125: 'NPL',
  128: 'PSE',
  133: 'KOR',
  138: 'ARE',
  142: 'CHN',
  143: 'TWN',
  144: 'TLS',
  199: null,
  207: null,
  209: 'CAF',
  210: null,
  213: 'COG',
  223: 'CIV',
  237: 'REU',
  239: 'STP',
  252: 'COD',
  256: null,
  257: 'SWZ',
  259: 'MYT',
  260: 'SSD',
  299: null,
  303: 'GBR',
  343: 'MDA',
  344: 'RUS',
  352: 'CZE',
  354: 'MKD',
  355: 'BIH',
  356: 'VAT',
  399: null,
  401: 'ATG',
  408: 'BOL',
  417: 'CUW',
  418: 'DOM',
  430: 'MSR',
  435: 'PRI',
  447: 'KNA',
  448: 'SPM',
  449: 'ANT',
  349: 'SCG',
  446: 'VGB',
  499: null,
  503: 'GRL',
  502: 'USA',
  599: null,
  620: 'FSM',
  625: 'WLF',
  699: null,
  701: null,
  702: null,
  999: null,
  // Parts of Bonaire/Sint Eustatius/Saba (BES), of French Polynesia (PYF) and the split island of Saint Martin:
  // GACC counts them apart from the whole, so mapping them to it would merge two of its figures.
  409: null,
  436: null,
  438: null,
  604: null,
  605: null,
  612: null,
  615: null,
  616: null,
};

const rows = [];
const problems = [];
for (const [code, zhName] of zh) {
  const en = enClean.get(code) || enRaw.get(code) || '';
  let iso3;
  if (Object.hasOwn(OVERRIDES, code)) iso3 = OVERRIDES[code];
  else iso3 = byZh.get(zhName) ?? byEn.get(norm(en)) ?? byEn.get(norm(enRaw.get(code) ?? '')) ?? undefined;
  if (iso3 === undefined) problems.push(`${code} ${zhName} ${en}: no ISO 3166 match; add it to OVERRIDES`);
  const names = [...new Set([enRaw.get(code), enClean.get(code)].filter(Boolean))];
  rows.push({ code, iso3: iso3 ?? null, zh: zhName, en: names });
}
const seen = new Map();
for (const r of rows) {
  if (!r.iso3) continue;
  if (seen.has(r.iso3)) problems.push(`${r.iso3} is claimed by GACC codes ${seen.get(r.iso3)} and ${r.code}`);
  seen.set(r.iso3, r.code);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const body = rows
  .map(
    (r) =>
      `  [${JSON.stringify(r.code)}, ${r.iso3 ? JSON.stringify(r.iso3) : 'null'}, ${JSON.stringify(r.zh)}, ${JSON.stringify(r.en)}],`,
  )
  .join('\n');
const out = `// Generated by scripts/gen-gacc-partners.mjs from GACC's published code lists and ISO 3166; do not edit by hand.
/** [GACC code, ISO 3166-1 alpha-3 or null when the code names no single country, Chinese name, English names]. */
export const GACC_PARTNERS: readonly (readonly [string, string | null, string, readonly string[]])[] = [
${body}
];
`;
writeFileSync(resolve(root, 'src/core/reference/gacc-partners-data.ts'), out);
console.log(`wrote ${rows.length} GACC partner codes, ${rows.filter((r) => r.iso3).length} mapped to ISO 3166`);
