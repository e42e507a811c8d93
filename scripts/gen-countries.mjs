// Builds src/core/reference/countries-data.ts: ISO 3166-1 countries with their alpha-2 code, every
// numeric code they go by (ISO numeric, UN M49, UN Comtrade's own reporter/partner codes) and their
// names in English, Chinese and Korean.
//
// Facts come from these corpora (see their PROVENANCE.txt):
//   ../shared/corpora/reference/country-codes        ISO 3166 / M49 codes, UNTERM and CLDR names, Chinese names
//   ../shared/corpora/comtrade/plus-reference        Comtrade+ Reporters.json (Comtrade codes such as 842 = USA)
//   ../shared/corpora/comtrade/legacy-reference      legacy partnerAreas.json / reporterAreas.json (legacy names)
// Korean names and a few common aliases are not in any corpus; ALIASES below states them.
// Run: node scripts/gen-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = resolve(root, '../shared/corpora');

/** CSV with quotes honoured; these files are small. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  text = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell.replace(/\r$/, ''));
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  const [header, ...data] = rows;
  return data.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const num = (s) => (s === '' || s == null ? null : String(Number(s)));
/** "Republic of Korea (the)" → "Republic of Korea". */
const clean = (s) => s.replace(/\s*\(the\)\s*$/i, '').replace(/^the\s+/i, '').trim();

const countries = new Map(); // iso3 → { iso2, codes:Set, names:Set }
for (const r of parseCsv(readFileSync(`${corpora}/reference/country-codes/country-codes.csv`, 'utf8'))) {
  const iso3 = r['ISO3166-1-Alpha-3'];
  if (!/^[A-Z]{3}$/.test(iso3)) continue;
  const c = { iso2: r['ISO3166-1-Alpha-2'], codes: new Set(), names: new Set() };
  for (const k of ['ISO3166-1-numeric', 'M49']) if (num(r[k])) c.codes.add(num(r[k]));
  for (const k of ['UNTERM English Short', 'UNTERM English Formal', 'official_name_en', 'CLDR display name', 'UNTERM Chinese Short', 'UNTERM Chinese Formal', 'official_name_cn']) {
    if (r[k]) c.names.add(clean(r[k]));
  }
  countries.set(iso3, c);
}
for (const r of parseCsv(readFileSync(`${corpora}/reference/country-codes/UNSD-cn.csv`, 'utf8'))) {
  const c = countries.get(r['ISO-alpha3 Code']);
  if (c && r['Country or Area']) c.names.add(r['Country or Area']);
}
for (const r of parseCsv(readFileSync(`${corpora}/reference/country-codes/UNSD-en.csv`, 'utf8'))) {
  const c = countries.get(r['ISO-alpha3 Code']);
  if (c && r['Country or Area']) c.names.add(r['Country or Area']);
}

// Comtrade's codes: a reporter's alpha-3 is trusted only when it is a real ISO 3166 code
// (Comtrade also writes EUR, R4, S19, _PM … for groups and historical areas).
const byCode = new Map();
for (const [iso3, c] of countries) for (const code of c.codes) byCode.set(code, iso3);
const reporters = JSON.parse(readFileSync(`${corpora}/comtrade/plus-reference/Reporters.json`, 'utf8')).results;
for (const r of reporters) {
  const c = countries.get(r.reporterCodeIsoAlpha3);
  if (!c || r.isGroup) continue;
  c.codes.add(String(r.reporterCode));
  byCode.set(String(r.reporterCode), r.reporterCodeIsoAlpha3);
  c.names.add(r.text.replace(/\s*\(\.\.\.\d{4}\)$/, '').replace(/\s*\(\d{4}\.\.\.\)$/, ''));
}
const normal = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const byName = new Map();
for (const [iso3, c] of countries) for (const n of c.names) byName.set(normal(n), iso3);
for (const file of ['partnerAreas.json', 'reporterAreas.json']) {
  for (const { id, text } of JSON.parse(readFileSync(`${corpora}/comtrade/legacy-reference/${file}`, 'utf8')).results) {
    const iso3 = byCode.get(id) ?? byName.get(normal(text));
    if (!iso3) continue;
    countries.get(iso3).codes.add(id);
    countries.get(iso3).names.add(text);
  }
}

// Names researchers meet in customs files and news that no corpus above lists.
const ALIASES = {
  PRK: ['North Korea', 'DPRK', 'DPR Korea', 'Korea, DPR', 'Korea,DPR', "Korea, Dem. People's Rep.", "Dem. People's Rep. of Korea", '朝鲜', '北韩', '북한', '조선', '조선민주주의인민공화국', '북조선'],
  KOR: ['South Korea', 'Korea, Rep.', 'Rep. of Korea', 'Korea, Republic of', 'Republic of Korea', '韩国', '南韩', '한국', '대한민국', '남한'],
  CHN: ['China', "People's Republic of China", 'PRC', '中国', '中华人民共和国', '중국', '중화인민공화국'],
  HKG: ['Hong Kong', 'Hong Kong, China', 'China, Hong Kong SAR', '香港', '中国香港', '홍콩'],
  MAC: ['Macao', 'Macau', 'China, Macao SAR', '澳门', '中国澳门', '마카오'],
  TWN: ['Taiwan', 'Chinese Taipei', '台湾', '中国台湾', '대만'],
  JPN: ['Japan', '日本', '일본'],
  USA: ['United States', 'USA', 'US', '美国', '미국'],
  RUS: ['Russia', 'Russian Federation', '俄罗斯', '俄罗斯联邦', '러시아'],
  MNG: ['Mongolia', '蒙古', '蒙古国', '몽골'],
  VNM: ['Vietnam', 'Viet Nam', '越南', '베트남'],
  DEU: ['Germany', '德国', '독일'],
  GBR: ['United Kingdom', 'UK', '英国', '영국'],
  IND: ['India', '印度', '인도'],
};
for (const [iso3, names] of Object.entries(ALIASES)) for (const n of names) countries.get(iso3).names.add(n);

const lines = [...countries]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([iso3, c]) => `  [${JSON.stringify(iso3)}, ${JSON.stringify(c.iso2)}, ${JSON.stringify([...c.codes].sort((a, b) => a - b))}, ${JSON.stringify([...c.names].filter(Boolean))}],`);
const out = `// Generated by scripts/gen-countries.mjs from ISO 3166 / UN M49 and UN Comtrade reference lists; do not edit by hand.
/** [ISO 3166-1 alpha-3, alpha-2, numeric codes (ISO, M49 and Comtrade's own), names in English, Chinese and Korean]. */
export const COUNTRIES: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
${lines.join('\n')}
];
`;
writeFileSync(resolve(root, 'src/core/reference/countries-data.ts'), out);
console.log(`${countries.size} countries written`);
