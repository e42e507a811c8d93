/** Periods are TEXT: `YYYY-MM` for months, `YYYY` for years. */
export type Frequency = 'month' | 'year';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** `YYYY`, by char codes: the import checks every row's period, and the regex showed in its profile. */
const isYear = (p: string) =>
  p.length === 4 &&
  isDigit(p.charCodeAt(0)) &&
  isDigit(p.charCodeAt(1)) &&
  isDigit(p.charCodeAt(2)) &&
  isDigit(p.charCodeAt(3));

export function isPeriod(p: string): boolean {
  if (p.length === 7) {
    if (p.charCodeAt(4) !== 45 /* - */ || !isYear(p.slice(0, 4))) return false;
    const tens = p.charCodeAt(5);
    const ones = p.charCodeAt(6);
    // 01-09, 10-12: what MONTH accepts.
    return tens === 48 ? ones >= 49 && ones <= 57 : tens === 49 && ones >= 48 && ones <= 50;
  }
  return isYear(p);
}

export function frequencyOf(p: string): Frequency {
  return isYear(p) ? 'year' : 'month';
}

export function shiftMonth(p: string, by: number): string {
  const m = MONTH.exec(p);
  if (!m) throw new Error(`not a month period: ${p}`);
  const n = Number(m[1]) * 12 + Number(m[2]) - 1 + by;
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export function shiftPeriod(p: string, months: number): string {
  if (YEAR.test(p)) return String(Number(p) + months / 12);
  return shiftMonth(p, months);
}

export function yearOf(p: string): string {
  return p.slice(0, 4);
}

export function monthOf(p: string): number {
  return YEAR.test(p) ? 12 : Number(p.slice(5, 7));
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function periodLabel(p: string): string {
  return YEAR.test(p) ? p : `${MONTH_NAMES[monthOf(p) - 1]} ${yearOf(p)}`;
}
