import { gunzipSync } from 'node:zlib';
import { familyOf, HS_EDITION_OF_YEAR } from '../../shared/classification';
import type { NameLang } from './areas';
import { HS_SHORT_EN, HS_SHORT_KO } from './hs-short-names';
import { CN8_EN, CN8_ZH, HS2022_EN, HS2022_ZH, HS_OLDER_EN } from './nomenclature-data';

/**
 * Every commodity code is named from a nomenclature of its own classification, never another's:
 * an SITC code never gets an HS name, and no name is "appended" from a code above it.
 *
 * Classifications, as files write them, fall in the families of shared/classification.ts (the one list):
 * HS editions H0 (1992) … H6 (2022), "HS" where the edition is not stated (China customs' files, the
 * canonical CSV), other countries' national lines that extend HS (EU CN8, US HTS), SITC S1–S4, BEC.
 * What the bundled nomenclatures (nomenclature-data.ts) name:
 * - H6 and HS codes: HS 2022 at every level (English; Chinese where China's list has one code for the
 *   whole heading), and the codes earlier editions had that HS 2022 has not (Comtrade+'s names);
 * - H0–H5: chapters (unchanged since 1988) and codes HS 2022 no longer has. A heading's scope changes
 *   between editions, so an H0–H5 heading that HS 2022 still has is named by the file that holds it;
 * - national lines (CN8, HTS): their first 6 digits, as HS of no stated edition; their own longer codes, nothing;
 * - China's 8-digit codes, in English and Chinese, for China's own figures (reporter CHN): another
 *   country's 8-digit codes mean something else;
 * - SITC, BEC: nothing bundled; their files' own descriptions name them.
 */
export type CommodityNameOptions = {
  /** Whose national codes these are: China's 8-digit names only name CHN's codes. */
  reporter?: string;
};

/**
 * What a classification label means for naming, within its family (shared/classification.ts, the one list):
 * - 'H0'…'H6': that HS edition; "HS2017", "HS17" and the like are written out as the edition they name;
 * - 'HS': HS, edition not stated (China customs' files, the canonical CSV): read as the latest;
 * - 'national': another country's 8/10-digit tariff lines (EU CN8/NC8/TARIC, US HTS): their first 6 digits
 *   are HS, edition not stated; their longer codes are that country's own, which Tidemark does not bundle;
 * - 'later': an HS edition after 2022, or one not recognised: only its chapters are surely HS 2022's;
 * - null: not HS (SITC, BEC, anything else), for which nothing is bundled.
 */
type HsLabel = 'H0' | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'HS' | 'national' | 'later';
function hsLabel(classification: string): HsLabel | null {
  if (familyOf(classification) !== 'HS') return null;
  const c = classification.trim().toUpperCase();
  if (c === '' || c === 'HS') return 'HS';
  if (/^H[0-6]$/.test(c)) return c as HsLabel;
  const year = /^HS[ -]?(?:19|20)?(\d\d)$/.exec(c);
  if (year) return HS_EDITION_OF_YEAR[year[1]!] ?? 'later';
  return /^H\d$|^HS/.test(c) ? 'later' : 'national';
}

const ALL_GOODS: Record<NameLang, string> = { en: 'All goods', ko: '전체 품목', zh: '全部商品' };

type Table = ReadonlyMap<string, string>;
const cache = new Map<string, Table>();
function table(packed: string): Table {
  let t = cache.get(packed);
  if (!t) {
    const text = gunzipSync(Buffer.from(packed, 'base64')).toString('utf8');
    t = new Map(text.split('\n').map((l) => l.split('\t') as [string, string]));
    cache.set(packed, t);
  }
  return t;
}

/** The bundled nomenclature's name for a code in `lang`, or null where that language has none. */
function bundledIn(classification: string, code: string, lang: NameLang, reporter?: string): string | null {
  const label = hsLabel(classification);
  if (!label || !/^\d+$/.test(code)) return null;
  if (code.length === 8) {
    // China's 8-digit lines name China's codes, in files that call them HS; EU's CN8 or US HTS lines are others.
    if (reporter !== 'CHN' || label === 'national') return null;
    return (lang === 'zh' ? table(CN8_ZH) : lang === 'en' ? table(CN8_EN) : null)?.get(code) ?? null;
  }
  if (code.length !== 2 && code.length !== 4 && code.length !== 6) return null;
  const latest = label === 'H6' || label === 'HS' || label === 'national' || code.length === 2;
  if (latest) {
    const name = (lang === 'en' ? table(HS2022_EN) : lang === 'zh' ? table(HS2022_ZH) : null)?.get(code);
    if (name) return name;
  }
  // A code HS 2022 no longer has means what the earlier edition said, whatever the file's edition;
  // an edition after 2022 may have given such a code a new meaning.
  if (label === 'later') return null;
  return lang === 'en' && !table(HS2022_EN).has(code) ? (table(HS_OLDER_EN).get(code) ?? null) : null;
}

/** Each code's subdivisions one level down in a bundled table (headings under a chapter, …, China's lines under a subheading). */
const subdivided = new Map<string, ReadonlyMap<string, string[]>>();
function subdivisions(packed: string): ReadonlyMap<string, string[]> {
  let m = subdivided.get(packed);
  if (!m) {
    const out = new Map<string, string[]>();
    for (const code of table(packed).keys()) {
      if (code.length < 4) continue;
      const above = code.slice(0, -2);
      (out.get(above) ?? out.set(above, []).get(above)!).push(code);
    }
    subdivided.set(packed, (m = out));
  }
  return m;
}

/**
 * Whether `code` is all of `prefix` in the bundled nomenclature of its own classification: at every level
 * from the prefix down to the code, the nomenclature divides the code above into one code only, the code's
 * own (HS 2716's one subheading is 271600, and China's one 8-digit line under that is 27160000: HS 2716 is
 * 27160000 exactly). Said only of HS 2022 and of HS of no stated edition read as it (China customs' files,
 * the canonical CSV), at 2, 4 and 6 digits, and of China's own 8-digit lines for China's codes (reporter
 * CHN); false wherever the nomenclature does not say (an earlier edition, another country's national
 * lines, a code it does not hold, SITC or BEC).
 */
export function isWholeOf(
  classification: string,
  prefix: string,
  code: string,
  options: CommodityNameOptions = {},
): boolean {
  const label = hsLabel(classification);
  if (label !== 'H6' && label !== 'HS') return false;
  if (!/^\d+$/.test(code) || !code.startsWith(prefix) || code.length > 8) return false;
  if (prefix.length < 2 || prefix.length % 2 !== 0 || code.length % 2 !== 0) return false;
  for (let above = prefix; above.length < code.length; above = code.slice(0, above.length + 2)) {
    // Below 6 digits the lines are a country's own: China's list names only China's.
    const national = above.length === 6;
    if (national && options.reporter !== 'CHN') return false;
    const under = subdivisions(national ? CN8_EN : HS2022_EN).get(above);
    if (under?.length !== 1 || under[0] !== code.slice(0, above.length + 2)) return false;
  }
  return true;
}

/**
 * A code's name from the nomenclatures Tidemark bundles, in `lang` where they have one, else in
 * English; null where no bundled nomenclature of the code's classification names it (the caller then
 * uses the file's own description).
 */
export function bundledCommodityName(
  classification: string,
  code: string,
  lang: NameLang = 'en',
  options: CommodityNameOptions = {},
): string | null {
  if (code.toUpperCase() === 'TOTAL') return ALL_GOODS[lang];
  return (
    bundledIn(classification, code, lang, options.reporter) ??
    // No Korean nomenclature is bundled: a chapter's (or a heading's) short Korean name before the English one.
    (lang === 'ko' ? shortCommodityName(classification, code, 'ko') : null) ??
    (lang === 'en' ? null : bundledIn(classification, code, 'en', options.reporter))
  );
}

/**
 * The short name running text uses for an HS code ("$1.12 million of electricity"), in `lang` only;
 * null where there is none (then the full name serves). Never for another classification's code.
 */
export function shortCommodityName(classification: string, code: string, lang: NameLang = 'en'): string | null {
  if (!hsLabel(classification)) return null;
  const table: Readonly<Record<string, string>> = lang === 'en' ? HS_SHORT_EN : lang === 'ko' ? HS_SHORT_KO : {};
  // A subdivision of zeros is the heading itself, not divided further (27160000 is all of 2716).
  for (let c = code; c.length >= 2; c = c.slice(0, -2)) {
    const name = table[c];
    if (name) return name;
    if (!c.endsWith('00') || c.length <= 4) break;
  }
  return null;
}

/** A nomenclature the user imported (commodity_ref), asked by the one lookup below. */
export type UserNomenclature = {
  description(classification: string, code: string): { lang: string; description: string }[];
};

/**
 * The one lookup for a commodity's name: the nomenclature the user imported for THAT classification
 * (one labelled "HS", as reference files are by default, names every HS edition; one labelled "H6" names
 * HS 2022 and HS of no stated edition, which is read as it), then the bundled one,
 * then null. In `lang` where a nomenclature holds it (a Korean one imported → Korean names), else English,
 * else whatever language there is.
 */
export function commodityName(
  user: UserNomenclature | null,
  classification: string,
  code: string,
  lang: NameLang = 'en',
  options: CommodityNameOptions = {},
): string | null {
  if (user) {
    const c = classification.trim();
    // A national line longer than HS's 6 digits is that country's own code: an "HS" nomenclature does not name it.
    const national = hsLabel(c) === 'national' && code.length > 6;
    // HS of no stated edition is read as the latest, as the bundled names read it: an HS 2022 one (H6) names it too.
    const labels =
      hsLabel(c) === 'HS' ? [c, 'H6'] : hsLabel(c) && c.toUpperCase() !== 'HS' && !national ? [c, 'HS'] : [c];
    // The exact classification's nomenclature before the family's "HS"; in each, the asked language, then English, then any.
    const rank = (r: { lang: string }) => (r.lang === lang ? 0 : r.lang === 'en' ? 1 : 2);
    for (const label of labels) {
      const best = user.description(label, code).sort((a, b) => rank(a) - rank(b))[0];
      // Only in another language: the bundled name in the asked one is better, where there is one.
      if (best && (best.lang === lang || !bundledIn(classification, code, lang, options.reporter)))
        return best.description;
    }
  }
  return bundledCommodityName(classification, code, lang, options);
}

const HANGUL = /\p{Script=Hangul}/u;

/**
 * For an HS code with no Korean name (China's 33049900, named only in English), the nearest code above it in
 * its own classification that has one: 3304, "화장품". Callers say whose name it is ("part of HS 3304"); null
 * where none does, and for every other family.
 */
export function koreanAncestorName(
  user: UserNomenclature | null,
  classification: string,
  code: string,
  options: CommodityNameOptions = {},
): { code: string; name: string } | null {
  if (!hsLabel(classification) || !/^\d+$/.test(code)) return null;
  for (const length of [8, 6, 4, 2]) {
    if (length >= code.length) continue;
    const above = code.slice(0, length);
    const name = commodityName(user, classification, above, 'ko', options);
    if (name && HANGUL.test(name)) return { code: above, name };
  }
  return null;
}

/**
 * For an HS code no nomenclature names (China's 12019019, a US HTS line), the nearest code above it that one
 * of its own classification does (8 digits for a 10-digit line: China's own list names China's), with that name: 120190, "Soya beans; other than seed, …". It is the
 * name of a wider code, never the code's own: callers say whose it is ("part of HS 120190"). Null where none,
 * and for every other family (an SITC or BEC code is not HS, whatever its digits).
 */
export function ancestorName(
  user: UserNomenclature | null,
  classification: string,
  code: string,
  lang: NameLang = 'en',
  options: CommodityNameOptions = {},
): { code: string; name: string } | null {
  if (!hsLabel(classification) || !/^\d+$/.test(code)) return null;
  for (const length of [8, 6, 4, 2]) {
    if (length >= code.length) continue;
    const name = commodityName(user, classification, code.slice(0, length), lang, options);
    if (name) return { code: code.slice(0, length), name };
  }
  return null;
}
