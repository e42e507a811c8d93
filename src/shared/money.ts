/**
 * Money is exact: a decimal string becomes an integer count of the smallest unit the source gives
 * (`units`) and how many decimals that unit has (`exp`). Analysis sums in milli-units, which every
 * accepted value converts to without rounding.
 */
export const MAX_DECIMALS = 3;

export type Money = { units: number; exp: number };

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Parses a plain decimal (no thousands separators). Returns null when it is not one. */
export function parseDecimal(text: string, scale = 1): Money | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  let frac = (m[3] ?? '').replace(/0+$/, '');
  let int = m[2]!;
  // A scale such as 1000 ("US$ thousand") moves the decimal point, exactly.
  let zeros = Math.round(Math.log10(scale));
  while (zeros > 0) {
    int += frac[0] ?? '0';
    frac = frac.slice(1);
    zeros--;
  }
  if (frac.length > MAX_DECIMALS) return null;
  const digits = (int + frac).replace(/^0+(?=\d)/, '');
  const units = Number(digits);
  if (!Number.isSafeInteger(units)) return null;
  return { units: m[1] === '-' ? -units : units, exp: frac.length };
}

export function isScale(scale: number): boolean {
  return [1, 10, 100, 1000, 10000, 100000, 1000000].includes(scale);
}

export function toMilli(m: Money): number {
  return m.units * 10 ** (MAX_DECIMALS - m.exp);
}

/** Milli-units back to a plain decimal string, with no trailing zeros. */
export function milliToDecimal(milli: number): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const int = Math.floor(abs / 1000);
  const frac = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return frac ? `${sign}${int}.${frac}` : `${sign}${int}`;
}

export function moneyToDecimal(m: Money): string {
  return milliToDecimal(toMilli(m));
}

/** Whole currency units as a JS number, for charts and JSON (exact to the milli). */
export function milliToNumber(milli: number): number {
  return milli / 1000;
}
