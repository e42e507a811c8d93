/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe on export; import takes
 * exactly that apostrophe off again, so the canonical CSV still round-trips.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0', "'"]);

export function protectCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.has(text[1]!) ? text.slice(1) : text;
}
