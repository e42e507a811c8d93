// Builds src/core/reference/areas-data.ts: every trade partner and reporter Tidemark knows, each with
// one stable code (see the scheme in src/core/reference/areas.ts), its kind (world, group, ISO 3166
// country, other area), its names in English, Korean and Chinese, and every code and name sources
// write it as.
//
// Facts come from these corpora (see their PROVENANCE.txt):
//   ../shared/corpora/reference/country-codes        ISO 3166 / M49 codes, UNTERM and CLDR names, Chinese names
//   ../shared/corpora/comtrade/plus-reference        Comtrade+ Reporters.json (Comtrade's codes, its ISO-like codes, groups)
//   ../shared/corpora/comtrade/legacy-reference      legacy partnerAreas.json / reporterAreas.json (areas, nes, historical)
//   ../shared/corpora/gacc/code-lists                China customs' partner list (areas with no ISO code of their own)
// plus i18n-iso-countries (a devDependency) for Korean and Chinese country names. Names no source
// gives (Korean and Chinese names of Comtrade's areas, corrections to the library's Korean) are
// stated below, in AREA_NAMES, KO and ZH.
// Run: node scripts/gen-areas.mjs   (fails, saying why, on any code that would collide)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from './lib/csv-rows.mjs';

const require = createRequire(import.meta.url);
const countriesLib = require('i18n-iso-countries');
for (const l of ['en', 'ko', 'zh']) countriesLib.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = resolve(root, '../shared/corpora');

const num = (s) => (s === '' || s == null ? null : String(Number(s)));
/** "Republic of Korea (the)" → "Republic of Korea"; UNTERM's footnote stars go too. */
const clean = (s) =>
  s
    .replace(/\s*\*+\s*$/, '')
    .replace(/\s*\(the\)\s*$/i, '')
    .replace(/^the\s+/i, '')
    .trim();
const json = (file) => JSON.parse(readFileSync(`${corpora}/${file}`, 'utf8')).results;
const problems = [];

// ---- ISO 3166 countries -------------------------------------------------------------------------
/** code → { kind, en, ko, zh, alpha:Set, numeric:Set, comtrade:Set, names:Set } */
const areas = new Map();
const add = (code, kind, en, ko, zh) => {
  if (areas.has(code)) problems.push(`${code} is defined twice`);
  const a = {
    kind,
    en,
    ko,
    zh,
    alpha: new Set(),
    numeric: new Set(),
    comtrade: new Set(),
    names: new Set([en, ko, zh]),
  };
  areas.set(code, a);
  return a;
};

// Korean names where i18n-iso-countries' differ from the standard Korean exonym (국립국어원 외래어 표기)
// or from what Korean news writes (한국, 대만, 러시아).
const KO = {
  KOR: '한국',
  TWN: '대만',
  RUS: '러시아',
  CZE: '체코',
  ARE: '아랍에미리트',
  MKD: '북마케도니아',
  SWZ: '에스와티니',
  TUR: '튀르키예',
  TUN: '튀니지',
  ZWE: '짐바브웨',
  KGZ: '키르기스스탄',
  GNB: '기니비사우',
  MHL: '마셜 제도',
  SLB: '솔로몬 제도',
  FRO: '페로 제도',
  SPM: '생피에르 미클롱',
  SJM: '스발바르 얀마옌',
  TCA: '터크스 케이커스 제도',
  ATA: '남극',
  GIB: '지브롤터',
  GRL: '그린란드',
  BLM: '생바르텔레미',
  MAF: '생마르탱',
  LCA: '세인트루시아',
  SLE: '시에라리온',
  SMR: '산마리노',
  CAF: '중앙아프리카 공화국',
  ZAF: '남아프리카 공화국',
  BES: '카리브 네덜란드',
  HMD: '허드 맥도널드 제도',
  TKL: '토켈라우',
  PCN: '핏케언 제도',
  SHN: '세인트헬레나',
  MNP: '북마리아나 제도',
  UMI: '미국령 군소 제도',
  IOT: '영국령 인도양 지역',
  ATF: '프랑스령 남방 및 남극 지역',
  CPV: '카보베르데',
  SGS: '사우스조지아 사우스샌드위치 제도',
  PNG: '파푸아뉴기니',
  ATG: '앤티가 바부다',
  AIA: '앵귈라',
  KNA: '세인트키츠 네비스',
  VCT: '세인트빈센트 그레나딘',
  WLF: '왈리스 퓌튀나',
  CUW: '퀴라소',
  REU: '레위니옹',
  POL: '폴란드',
  PRT: '포르투갈',
  ETH: '에티오피아',
  GEO: '조지아',
  CYP: '키프로스',
  KIR: '키리바시',
  TKM: '투르크메니스탄',
  COD: '콩고 민주 공화국',
  ALA: '올란드 제도',
  FLK: '포클랜드 제도',
  CCK: '코코스 제도',
  CXR: '크리스마스섬',
  NFK: '노퍽섬',
  BVT: '부베섬',
  SXM: '신트마르턴',
  TLS: '동티모르',
  GUF: '프랑스령 기아나',
};
// Chinese names where the library's differ from what China's customs and UN texts write.
const ZH = { TWN: '中国台湾', HKG: '中国香港', MAC: '中国澳门', ESH: '西撒哈拉', SHN: '圣赫勒拿', IDN: '印度尼西亚' };
// English: CLDR's short display names, with its abbreviations written out.
const EN = { USA: 'United States', GBR: 'United Kingdom', COG: 'Congo', COD: 'DR Congo' };
const cldr = (s) =>
  s
    .replace(/ & /g, ' and ')
    .replace(/^St\. /, 'Saint ')
    .replace(/São Tomé and Príncipe/, 'Sao Tome and Principe');

for (const r of csvRecords(readFileSync(`${corpora}/reference/country-codes/country-codes.csv`, 'utf8'))) {
  const iso3 = r['ISO3166-1-Alpha-3'];
  if (!/^[A-Z]{3}$/.test(iso3)) continue;
  const en = EN[iso3] ?? cldr(r['CLDR display name']);
  const ko = KO[iso3] ?? countriesLib.getName(iso3, 'ko');
  const zh = ZH[iso3] ?? countriesLib.getName(iso3, 'zh') ?? clean(r['UNTERM Chinese Short'] || r.official_name_cn);
  if (!en || !ko || !zh) problems.push(`${iso3}: a name is missing (${en} / ${ko} / ${zh})`);
  const c = add(iso3, 'country', en, ko, zh);
  c.alpha.add(iso3);
  if (r['ISO3166-1-Alpha-2']) c.alpha.add(r['ISO3166-1-Alpha-2']);
  for (const k of ['ISO3166-1-numeric', 'M49']) if (num(r[k])) c.numeric.add(num(r[k]));
  for (const k of [
    'UNTERM English Short',
    'UNTERM English Formal',
    'official_name_en',
    'CLDR display name',
    'UNTERM Chinese Short',
    'UNTERM Chinese Formal',
    'official_name_cn',
  ]) {
    if (r[k]) c.names.add(clean(r[k]));
  }
  for (const l of ['en', 'ko', 'zh'])
    for (const n of [countriesLib.getName(iso3, l, { select: 'all' }) ?? []].flat()) c.names.add(n);
}
const isoCodes = new Set(areas.keys());
for (const file of ['UNSD-cn.csv', 'UNSD-en.csv']) {
  for (const r of csvRecords(readFileSync(`${corpora}/reference/country-codes/${file}`, 'utf8'))) {
    const c = areas.get(r['ISO-alpha3 Code']);
    if (c && r['Country or Area']) c.names.add(r['Country or Area']);
  }
}

// ---- The world and regional groups -------------------------------------------------------------
const world = add('WLD', 'world', 'World', '세계', '世界');
for (const n of ['World', 'the world', 'all', 'all partners', '全球', '世界', '세계', '전 세계', 'W00'])
  world.names.add(n);
world.alpha.add('W00');
world.comtrade.add('0');

// ---- Comtrade's areas ---------------------------------------------------------------------------
// Every Comtrade code that is not an ISO 3166 country is an area of its own. Its code is the ISO-like
// alpha-3 Comtrade+ gives it where that is a former ISO 3166 code (withdrawn codes are not reassigned:
// 891 → SCG), else "C" and the Comtrade number (490 → C490). [en, ko, zh] where no corpus names them.
const AREA_NAMES = {
  0: null, // the world, above
  80: ['British Antarctic Territory', '영국령 남극 지역', '英属南极领地'],
  97: ['European Union', '유럽연합', '欧盟'],
  129: ['Caribbean, nes', '기타 카리브 지역', '其他加勒比地区'],
  200: ['Czechoslovakia', '체코슬로바키아', '捷克斯洛伐克'],
  221: ['Eastern Europe, nes', '기타 동유럽', '其他东欧地区'],
  278: ['German Democratic Republic', '동독', '民主德国'],
  290: ['Northern Africa, nes', '기타 북아프리카', '其他北非地区'],
  457: ['Sarawak', '사라왁', '沙捞越'],
  459: ['Peninsula Malaysia', '말레이반도', '马来半岛'],
  461: ['Sabah', '사바', '沙巴'],
  471: ['CACM, nes', '기타 중미공동시장', '其他中美洲共同市场地区'],
  472: ['Africa CAMEU region, nes', '기타 중부아프리카 관세경제동맹 지역', '其他中部非洲关税和经济联盟地区'],
  473: ['LAIA, nes', '기타 라틴아메리카통합연합', '其他拉美一体化协会地区'],
  490: ['Other Asia, nes', '기타 아시아', '其他亚洲地区'],
  492: ['Europe EU, nes', '기타 EU', '其他欧盟地区'],
  527: ['Oceania, nes', '기타 오세아니아', '其他大洋洲地区'],
  530: ['Netherlands Antilles', '네덜란드령 안틸레스', '荷属安的列斯'],
  532: ['Netherlands Antilles and Aruba', '네덜란드령 안틸레스·아루바', '荷属安的列斯和阿鲁巴'],
  536: ['Neutral Zone', '중립 지대', '中立区'],
  568: ['Other Europe, nes', '기타 유럽', '其他欧洲地区'],
  577: ['Other Africa, nes', '기타 아프리카', '其他非洲地区'],
  582: ['Pacific Islands (Trust Territory)', '태평양 제도 신탁통치령', '太平洋岛屿托管地'],
  592: ['Panama Canal Zone', '파나마 운하 지대', '巴拿马运河区'],
  636: ['Rest of America, nes', '기타 아메리카', '其他美洲地区'],
  637: ['North America and Central America, nes', '기타 북중미', '其他北美洲和中美洲地区'],
  647: ['Ryukyu Islands', '류큐 제도', '琉球群岛'],
  697: ['Europe EFTA, nes', '기타 EFTA', '其他欧洲自由贸易联盟地区'],
  698: ['Sikkim', '시킴', '锡金'],
  711: ['Southern African Customs Union', '남아프리카 관세동맹', '南部非洲关税同盟'],
  717: ['Rhodesia and Nyasaland', '로디지아·니아살랜드', '罗得西亚和尼亚萨兰'],
  720: ['Democratic Yemen', '남예멘', '民主也门'],
  810: ['USSR', '소련', '苏联'],
  835: ['Tanganyika', '탕가니카', '坦噶尼喀'],
  836: ['Zanzibar and Pemba', '잔지바르·펨바', '桑给巴尔和奔巴'],
  837: ['Bunkers', '선박·항공기 연료', '船舶和飞机燃料'],
  838: ['Free Zones', '자유지역', '自由区'],
  839: ['Special Categories', '특수 분류', '特殊类别'],
  849: ['US Misc. Pacific Islands', '미국령 태평양 제도', '美属太平洋诸岛'],
  866: ['Democratic Republic of Vietnam', '북베트남', '越南民主共和国'],
  879: ['Western Asia, nes', '기타 서아시아', '其他西亚地区'],
  890: ['Yugoslavia', '유고슬라비아', '南斯拉夫'],
  891: ['Serbia and Montenegro', '세르비아 몬테네그로', '塞尔维亚和黑山'],
  899: ['Areas, nes', '기타 지역', '其他地区'],
  975: ['ASEAN', '아세안', '东盟'],
};
/** Comtrade's groups of countries: added to nothing, since their members are counted on their own. */
const GROUPS = new Set(['97', '975']);
/** Names the groups go by in files and news, beyond Comtrade's. */
const GROUP_NAMES = {
  97: ['EU', 'EU-27', 'EU-28', 'EU27', 'EU28', 'European Union (EU-28)', '欧洲联盟', '유럽 연합'],
  975: ['Association of Southeast Asian Nations', '东南亚国家联盟', '동남아시아국가연합'],
};
// Comtrade's historical codes that Comtrade+ itself files under a current ISO code (58 Belgium-Luxembourg →
// BEL, 841 USA before 1981 → USA …) stay there: Comtrade never reports both for the same year.

const plus = json('comtrade/plus-reference/Reporters.json');
const legacy = [
  ...json('comtrade/legacy-reference/partnerAreas.json'),
  ...json('comtrade/legacy-reference/reporterAreas.json'),
];
const legacyText = new Map(legacy.map((r) => [r.id, r.text]));
const byNumeric = new Map();
for (const [code, a] of areas) for (const n of a.numeric) byNumeric.set(n, code);

/** ISO-like Comtrade+ code → kept as our code when it is a former ISO 3166 alpha-3 (letters only, not current). */
const plusAlpha = new Map(plus.map((r) => [String(r.reporterCode), r.reporterCodeIsoAlpha3]));
// Comtrade+ gives ANT to both 530 (Netherlands Antilles, to 2010) and 532 (with Aruba, to 1985): the later one keeps it.
const holder = new Map();
for (const r of plus) {
  const alpha = r.reporterCodeIsoAlpha3;
  const until = r.entryExpiredDate ?? '9999';
  if (alpha && (!holder.has(alpha) || holder.get(alpha).until < until))
    holder.set(alpha, { id: String(r.reporterCode), until });
}
const sharedAlpha = (x) =>
  plus.filter((r) => r.reporterCodeIsoAlpha3?.trim() === x || r.reporterCodeIsoAlpha2?.trim() === x).length;
const areaCodeOf = (id) => {
  const alpha = plusAlpha.get(id);
  const formerIso =
    alpha && /^[A-Z]{3}$/.test(alpha) && !isoCodes.has(alpha) && holder.get(alpha).id === id && !GROUPS.has(id);
  return formerIso ? alpha : `C${id}`;
};

const comtradeIds = new Set([...plus.map((r) => String(r.reporterCode)), ...legacy.map((r) => r.id)]);
const byNameKey = new Map();
const nameKey = (s) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*\(the\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
for (const [code, a] of areas) for (const n of a.names) if (n) byNameKey.set(nameKey(n), code);

for (const id of [...comtradeIds].sort((a, b) => a - b)) {
  if (id === '0') continue;
  const p = plus.find((r) => String(r.reporterCode) === id);
  const text = legacyText.get(id) ?? p?.text ?? '';
  // Comtrade+'s own ISO code first; then the number, where the names agree (Comtrade's 492 is "Europe EU, nes",
  // ISO's 492 is Monaco); then the name.
  let iso = p && !p.isGroup && isoCodes.has(p.reporterCodeIsoAlpha3) ? p.reporterCodeIsoAlpha3 : undefined;
  if (!iso && !AREA_NAMES[id]) iso = byNumeric.get(id) ?? byNameKey.get(nameKey(text));
  if (iso && !AREA_NAMES[id]) {
    const c = areas.get(iso);
    c.comtrade.add(id);
    if (text) c.names.add(text);
    if (p) c.names.add(p.text.replace(/\s*\(\.\.\.\d{4}\)$/, '').replace(/\s*\(\d{4}\.\.\.\)$/, ''));
    continue;
  }
  const names = AREA_NAMES[id];
  if (!names) {
    problems.push(`Comtrade ${id} "${text}" is no ISO country and has no entry in AREA_NAMES`);
    continue;
  }
  const code = areaCodeOf(id);
  const a = add(code, GROUPS.has(id) ? 'group' : 'area', ...names);
  a.comtrade.add(id);
  if (text) a.names.add(text);
  if (p) {
    a.names.add(p.text.replace(/\s*\(\.\.\.\d{4}\)$/, ''));
    // Comtrade+'s own codes for it (S19, EUR, R4, ZA1, _PM …) are read as this area too.
    // A code two areas share (ANT and AN for 530 and 532, CS for 200 and 891) names neither, but for the holder's alpha-3.
    for (const x of [p.reporterCodeIsoAlpha3, p.reporterCodeIsoAlpha2].map((c) => c?.trim()))
      if (x && (x === code || sharedAlpha(x) === 1)) a.alpha.add(x);
  }
  for (const n of GROUP_NAMES[id] ?? []) a.names.add(n);
}
for (const id of Object.keys(AREA_NAMES))
  if (id !== '0' && !comtradeIds.has(id)) problems.push(`AREA_NAMES has ${id}, which no Comtrade list holds`);

// ---- China customs' areas -------------------------------------------------------------------------
// GACC codes with no ISO 3166 country of their own (residual "other Asia", parts of Spain, unknown, …)
// are areas "G" + the GACC number. Which codes those are is settled in scripts/gen-gacc-partners.mjs.
const GACC_KO = {
  199: '기타 아시아',
  207: '카나리아 제도',
  210: '세우타',
  256: '멜리야',
  299: '기타 아프리카',
  399: '기타 유럽',
  409: '보네르',
  436: '사바섬',
  438: '생마르탱섬',
  499: '기타 라틴아메리카',
  599: '기타 북아메리카',
  604: '갬비어 제도',
  605: '마르키즈 제도',
  612: '소시에테 제도',
  615: '투아모투 제도',
  616: '투부아이 제도',
  699: '기타 오세아니아',
  701: '국가(지역) 미상',
  702: '유엔 및 국제기구',
  999: '중성 포장 원산국',
};
const gaccData = readFileSync(resolve(root, 'src/core/reference/gacc-partners-data.ts'), 'utf8');
const gaccRows = [...gaccData.matchAll(/^\s*\["(\d+)", null, "([^"]+)", (\[.*?\])\],$/gm)];
if (gaccRows.length === 0)
  problems.push('no GACC area found in gacc-partners-data.ts (run scripts/gen-gacc-partners.mjs first)');
for (const [, code, zh, enJson] of gaccRows) {
  const en = JSON.parse(enJson);
  const ko = GACC_KO[code];
  if (!ko) problems.push(`GACC ${code} ${zh}: no Korean name in GACC_KO`);
  const a = add(`G${code}`, 'area', en[en.length - 1], ko, zh);
  for (const n of en) a.names.add(n);
}

// ---- Names researchers meet in files and news that no list above gives -----------------------------
const ALIASES = {
  PRK: [
    'North Korea',
    'DPRK',
    'DPR Korea',
    'Korea, DPR',
    'Korea,DPR',
    "Korea, Dem. People's Rep.",
    "Dem. People's Rep. of Korea",
    '朝鲜',
    '北韩',
    '북한',
    '조선',
    '조선민주주의인민공화국',
    '북조선',
  ],
  KOR: [
    'South Korea',
    'Korea, Rep.',
    'Rep. of Korea',
    'Korea, Republic of',
    'Republic of Korea',
    '韩国',
    '南韩',
    '한국',
    '대한민국',
    '남한',
  ],
  CHN: ['China', "People's Republic of China", 'PRC', '中国', '中华人民共和国', '중국', '중화인민공화국'],
  HKG: ['Hong Kong', 'Hong Kong, China', 'China, Hong Kong SAR', '香港', '中国香港', '홍콩'],
  MAC: ['Macao', 'Macau', 'China, Macao SAR', '澳门', '中国澳门', '마카오'],
  TWN: ['Taiwan', 'Chinese Taipei', '台湾', '中国台湾', '대만'],
  USA: ['United States', 'USA', 'US', '美国', '미국'],
  RUS: ['Russia', 'Russian Federation', '俄罗斯', '俄罗斯联邦', '러시아'],
  MNG: ['Mongolia', '蒙古', '蒙古国', '몽골'],
  VNM: ['Vietnam', 'Viet Nam', '越南', '베트남'],
  GBR: ['United Kingdom', 'UK', '英国', '영국'],
};
for (const [code, names] of Object.entries(ALIASES)) for (const n of names) areas.get(code).names.add(n);

// ---- Checks ----------------------------------------------------------------------------------------
const claims = new Map();
const claim = (kind, key, code) => {
  const k = `${kind}:${key}`;
  if (claims.has(k) && claims.get(k) !== code)
    problems.push(`${kind} ${key} is claimed by ${claims.get(k)} and ${code}`);
  claims.set(k, code);
};
for (const [code, a] of areas) {
  if (!/^([A-Z]{3}|[CG]\d{1,4})$/.test(code)) problems.push(`${code} is not a code of the scheme`);
  if (a.kind !== 'country' && isoCodes.has(code)) problems.push(`${code} would collide with an ISO 3166 code`);
  for (const x of a.alpha) claim('alpha', x, code);
  for (const x of a.comtrade) claim('comtrade', x, code);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// ---- Output ----------------------------------------------------------------------------------------
const order = { world: 0, group: 1, country: 2, area: 3 };
const sorted = [...areas].sort(
  ([a, x], [b, y]) => order[x.kind] - order[y.kind] || a.localeCompare(b, 'en', { numeric: true }),
);
const list = (s) => JSON.stringify([...s].filter(Boolean));
const lines = sorted.map(([code, a]) => {
  const names = [...a.names].filter((n) => n && n !== a.en && n !== a.ko && n !== a.zh);
  const numeric = [...a.numeric].sort((x, y) => x - y);
  const comtrade = [...a.comtrade].sort((x, y) => x - y);
  return `  [${JSON.stringify(code)}, ${JSON.stringify(a.kind)}, ${JSON.stringify(a.en)}, ${JSON.stringify(a.ko)}, ${JSON.stringify(a.zh)}, ${list(a.alpha)}, ${list(numeric)}, ${list(comtrade)}, ${list(names)}],`;
});
const out = `// Generated by scripts/gen-areas.mjs from ISO 3166 / UN M49, UN Comtrade's and China customs' reference lists; do not edit by hand.
export type AreaKind = 'world' | 'group' | 'country' | 'area';
/**
 * [code, kind, English, Korean, Chinese, alphabetic codes sources write (ISO alpha-3/alpha-2, Comtrade+'s),
 *  ISO 3166 numeric and M49 codes, Comtrade's numeric codes, other names in any language].
 */
export const AREAS: readonly (readonly [string, AreaKind, string, string, string, readonly string[], readonly string[], readonly string[], readonly string[]])[] = [
${lines.join('\n')}
];
`;
writeFileSync(resolve(root, 'src/core/reference/areas-data.ts'), out);
const count = (k) => sorted.filter(([, a]) => a.kind === k).length;
console.log(
  `${areas.size} codes written: ${count('country')} ISO 3166 countries, ${count('area')} other areas, ${count('group')} groups, ${count('world')} world`,
);
