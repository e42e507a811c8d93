import { COUNTRIES } from './countries-data';

/**
 * The world as a trade partner: Comtrade writes it as code 0, ISO-like "W00" or "World". It is not an
 * ISO 3166 country; Tidemark stores it as WLD (the World Bank's code for the same aggregate) and
 * marks its rows as aggregates.
 */
export const WORLD = 'WLD';

/**
 * Stored as the partner when a code cannot be mapped to ISO 3166 ("Areas, nes", Bunkers, a code no
 * list knows); the code as written goes to partner_raw. ISO 3166-1 leaves AAA–AAZ, QMA–QZZ, XAA–XZZ
 * and ZZA–ZZZ to users and never assigns them, so ZZZ can never collide with a real country. The
 * GACC format uses the same placeholder, so "unknown" means one thing across sources.
 */
export const UNKNOWN_AREA = 'ZZZ';

export type CountryMatch = { iso3: string; isAggregate?: boolean } | { unknown: string };

type Tables = { byCode: Map<string, string>; byAlpha: Map<string, string>; byName: Map<string, string> };
let tables: Tables | null = null;

/** Names compare without case, spacing or punctuation, and with full-width forms folded (Hong Kong，China). */
export function nameKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s*\(the\)\s*$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function build(): Tables {
  const t: Tables = { byCode: new Map(), byAlpha: new Map(), byName: new Map() };
  for (const [iso3, iso2, codes, names] of COUNTRIES) {
    t.byAlpha.set(iso3, iso3);
    if (iso2) t.byAlpha.set(iso2, iso3);
    for (const c of codes) t.byCode.set(c, iso3);
    for (const n of names) t.byName.set(nameKey(n), iso3);
  }
  return t;
}

const WORLD_NAMES = new Set(['world', '世界', '全球', '세계', 'all', 'allpartners']);

/**
 * A reporter or partner as a source writes it (Comtrade/M49 numeric code, ISO alpha-2 or alpha-3,
 * or a name in English, Chinese or Korean) → ISO 3166-1 alpha-3. Anything else comes back as
 * `unknown`, verbatim, for the caller to keep and flag: it is never dropped.
 */
export function toIso3(value: string): CountryMatch {
  const v = value.trim();
  if (!v) return { unknown: value };
  tables ??= build();
  if (/^\d{1,4}$/.test(v)) {
    const code = String(Number(v));
    if (code === '0') return { iso3: WORLD, isAggregate: true };
    const iso3 = tables.byCode.get(code);
    return iso3 ? { iso3 } : { unknown: value };
  }
  const upper = v.toUpperCase();
  if (upper === 'W00' || upper === WORLD) return { iso3: WORLD, isAggregate: true };
  if (/^[A-Za-z]{2,3}$/.test(v)) {
    const iso3 = tables.byAlpha.get(upper);
    if (iso3) return { iso3 };
  }
  const key = nameKey(v);
  if (WORLD_NAMES.has(key)) return { iso3: WORLD, isAggregate: true };
  const iso3 = tables.byName.get(key);
  return iso3 ? { iso3 } : { unknown: value };
}
