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
  if (scale === 1) {
    const plain = plainDecimal(text);
    if (plain !== null) return plain;
  }
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

/**
 * The common case without a regex or string copies: an optional minus, at most 15 digits in all
 * (always a safe integer), an optional point with digits after it. Anything else (spaces, a plus,
 * more digits, no digit before the point) is null here and goes the general way.
 */
function plainDecimal(text: string): Money | null {
  return plainDecimalAt(text, 0, text.length);
}

/** plainDecimal of text[from, to), read in place: the CSV parser's cells are offsets into its text. */
export function plainDecimalAt(text: string, from: number, to: number): Money | null {
  const n = to;
  let i = from < n && text.charCodeAt(from) === 45 /* - */ ? from + 1 : from;
  const negative = i > from;
  let units = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    units = units * 10 + c;
    digits++;
  }
  if (digits === 0) return null;
  let exp = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* . */ || i + 1 === n) return null;
    // Trailing zeros after the point say nothing: "1.50" is 150 hundredths no more than 15 tenths.
    let end = n;
    while (text.charCodeAt(end - 1) === 48) end--;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      if (i < end) {
        units = units * 10 + c;
        digits++;
        exp++;
      }
    }
    if (exp > MAX_DECIMALS) return null;
  }
  if (digits > 15) return null;
  return { units: negative ? -units : units, exp };
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
