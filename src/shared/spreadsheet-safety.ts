/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe in CSV exports; import takes
 * exactly that apostrophe off again, so the canonical CSV still round-trips. LibreOffice also runs
 * the fullwidth forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) as formulas. XLSX needs none of this:
 * a text cell there is never a formula.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0', "'", '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

export function protectCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.has(text[1]!) ? text.slice(1) : text;
}
