/**
 * The shape of a reporter or partner code. One code per area, whatever source it came from:
 * - `DEU`: an ISO 3166-1 alpha-3 code (a country); `WLD` the world; a few former ISO codes that
 *   Comtrade still reports (SCG Serbia and Montenegro, SUN USSR, YUG, CSK, DDR …);
 * - `C490`: an area of UN Comtrade's with no ISO code, "C" and Comtrade's number (Other Asia nes);
 * - `G199`: an area of China customs' with no ISO code, "G" and GACC's number (亚洲其他国家(地区));
 * - `?Atlantis`: a partner no list knows, "?" and the text as the file wrote it, so two unknowns are
 *   never one partner.
 * Letters and digits never start with "?", and ISO alpha-3 codes are three letters, so no scheme can
 * take another's code. The names behind the codes live in src/core/reference/areas.ts.
 */
export const AREA_CODE = /^(?:[A-Z]{3}|[CG]\d{1,4}|\?\P{Cc}{1,200})$/u;

export function isAreaCode(s: string): boolean {
  return AREA_CODE.test(s);
}

/** What a person types (`--partner deu`, `c490`) → the code; an unknown's text is kept as typed. */
export function normalizeAreaCode(s: string): string {
  const t = s.trim();
  return /^[A-Za-z]{3}$|^[CcGg]\d{1,4}$/.test(t) ? t.toUpperCase() : t;
}
