import { GACC_PARTNERS } from './gacc-partners-data';

export type GaccPartner = { code: string; iso3: string | null; zh: string; en: readonly string[] };

/**
 * Names that GACC's downloads (or researchers) write but its code lists do not: the download
 * writes "Macao,China" where the list says "Macau", and North Korea goes by many names.
 */
const ALIASES: Record<string, string> = {
  朝鲜: '109',
  'Korea,DPR': '109',
  DPRK: '109',
  "Dem. People's Rep. of Korea": '109',
  "Democratic People's Republic of Korea": '109',
  'North Korea': '109',
  朝鲜民主主义人民共和国: '109',
  북한: '109',
  조선: '109',
  'Republic of Korea': '133',
  'Korea, Republic of': '133',
  'Rep. of Korea': '133',
  대한민국: '133',
  한국: '133',
  'Hong Kong,China': '110',
  'Hong Kong SAR': '110',
  'Macao,China': '121',
  Macao: '121',
  'Taiwan,China': '143',
};

/** Case, spacing, and full-width punctuation (，（）) do not tell names apart. */
function normName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.'’]/g, '');
}

const byCode = new Map<string, GaccPartner>();
const byName = new Map<string, GaccPartner>();
for (const [code, iso3, zh, en] of GACC_PARTNERS) {
  const p: GaccPartner = { code, iso3, zh, en };
  byCode.set(code, p);
  for (const n of [zh, ...en]) byName.set(normName(n), p);
}
for (const [name, code] of Object.entries(ALIASES)) byName.set(normName(name), byCode.get(code)!);

/** A GACC partner by its code ("109", also "0109") or by any of its names in Chinese or English. */
export function gaccPartner(codeOrName: string): GaccPartner | undefined {
  const t = codeOrName.trim();
  if (/^\d+$/.test(t)) return byCode.get(String(Number(t)));
  return byName.get(normName(t));
}

/** ISO 3166-1 alpha-3 for a GACC code or name; null when unknown or when it names no single country. */
export function gaccPartnerToIso3(codeOrName: string): string | null {
  return gaccPartner(codeOrName)?.iso3 ?? null;
}
