import { parseDecimal, type Money } from '../../../shared/money';

/**
 * Numbers as customs downloads print them. Thousands separators are removed by rule, never by
 * guess: either no separators at all, or commas between groups of exactly three digits
 * ("16,536,067,327"), then an optional decimal part. "1,23" or "1.234,5" are not numbers here,
 * so a European-style figure is rejected instead of being read a thousand times too large.
 */
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/** The plain decimal text of a grouped number, or null when it does not follow the rule. */
export function ungroup(text: string): string | null {
  const m = GROUPED.exec(text.trim());
  if (!m) return null;
  return `${m[1]}${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`;
}

/** An exact amount of money (see shared/money.ts); `scale` such as 1000 for "US$ thousand". */
export function parseGroupedMoney(text: string, scale = 1): Money | null {
  const plain = ungroup(text);
  return plain === null ? null : parseDecimal(plain, scale);
}

/** GACC writes "?" where a figure is missing. */
export function isMissing(text: string): boolean {
  const t = text.trim();
  return t === '' || t === '?';
}

/** A quantity: null when missing, undefined when the text is not a number. */
export function parseQuantity(text: string): number | null | undefined {
  if (isMissing(text)) return null;
  const plain = ungroup(text);
  if (plain === null) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}
