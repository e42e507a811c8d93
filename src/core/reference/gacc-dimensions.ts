import type { NameLang } from './areas';
import { GACC_PROVINCES, GACC_REGIMES } from './gacc-dimensions-data';

type Entry = { code: string; names: Record<NameLang, string> };
type Index = { byCode: Map<string, Entry>; byName: Map<string, Entry> };

/** Names compare without case, spaces or a trailing "Province"/"省"-style suffix ("Guangdong Province" = 广东省 = Guangdong). */
const key = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/(province|municipality|autonomousregion)$/, '');

function index(rows: readonly (readonly [string, string, string, string])[]): Index {
  const i: Index = { byCode: new Map(), byName: new Map() };
  for (const [code, en, ko, zh] of rows) {
    const e: Entry = { code, names: { en, ko, zh } };
    i.byCode.set(code, e);
    for (const n of [en, ko, zh, zh.replace(/(省|市|自治区|回族自治区|壮族自治区|维吾尔自治区)$/, '')])
      i.byName.set(key(n), e);
  }
  return i;
}
let regimes: Index | null = null;
let provinces: Index | null = null;

/** What a GACC file stores in the regime or province column: the code (10, 44) or, without one, the name in either language. */
function find(i: Index, codeOrName: string): Entry | undefined {
  const v = codeOrName.trim();
  return /^\d+$/.test(v) ? i.byCode.get(String(Number(v))) : i.byName.get(key(v));
}

/**
 * China customs' trade mode (贸易方式, "customs regime") by its code or name, in `lang`: 10 → "Ordinary
 * Trade" / "일반무역" / "一般贸易". Null for a value no GACC list names (Comtrade's procedure codes, C01 …).
 */
export function regimeName(codeOrName: string, lang: NameLang = 'en'): string | null {
  return find((regimes ??= index(GACC_REGIMES)), codeOrName)?.names[lang] ?? null;
}

/** The province where the importer or exporter is registered (注册地), by code or name: 44 → "Guangdong" / "광둥성" / "广东省". */
export function provinceName(codeOrName: string, lang: NameLang = 'en'): string | null {
  return find((provinces ??= index(GACC_PROVINCES)), codeOrName)?.names[lang] ?? null;
}
