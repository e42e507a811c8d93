/**
 * Cell values as text, exactly: numbers keep the digits the file holds (never through float
 * formatting), Excel serial dates become ISO dates in the workbook's 1900 or 1904 system.
 */

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;

/**
 * The number as plain decimal text: "1.5E+3" → "1500", "1E-3" → "0.001", digits otherwise as
 * written (a leading "+" dropped). Text that is not a number is returned as is.
 */
export function plainNumber(text: string): string {
  // Without an exponent or a "+" the text is returned as written, whatever it holds: no regex.
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c !== 101 && c !== 69 && c !== 43;
  }
  if (plain) return text;
  const m = NUMBER.exec(text);
  if (!m || (!m[2] && !m[3])) return text;
  const sign = m[1] === '-' ? '-' : '';
  if (m[4] === undefined) return m[1] === '+' ? text.slice(1) : text;
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = Number(m[4]);
  let digits = intPart + frac;
  let point = intPart.length + exp;
  // Trim leading zeros (keeping the point where it belongs) so huge exponents on "0" stay short.
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === '0') lead++;
  digits = digits.slice(lead);
  point -= lead;
  if (/^0*$/.test(digits)) return '0';
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return sign + out;
}

export type DateKind = 'date' | 'time';

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the CJK date ids). */
const BUILTIN: Record<number, DateKind> = {
  14: 'date',
  15: 'date',
  16: 'date',
  17: 'date',
  22: 'date',
  18: 'time',
  19: 'time',
  20: 'time',
  21: 'time',
  45: 'time',
  46: 'time',
  47: 'time',
};
for (const id of [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN[id] = 'date';

/** Whether a number format shows a date, a time, or neither. */
export function dateKind(numFmtId: number, formatCode: string | undefined): DateKind | null {
  if (formatCode === undefined) return BUILTIN[numFmtId] ?? null;
  const section = (formatCode.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .toLowerCase();
  if (/[yd]/.test(section)) return 'date';
  if (/[hs]/.test(section)) return 'time';
  if (section.includes('m')) return 'date';
  return null;
}

const DAY_MS = 86_400_000;
/** Beyond 9999-12-31 Excel shows ####; such numbers are kept as numbers. */
const MAX_SERIAL = 2_958_465;

/**
 * An Excel serial as ISO text. 1900 system: serial 1 is 1900-01-01 and Excel's phantom 1900-02-29
 * (serial 60) is shown as Excel shows it; 1904 system: serial 0 is 1904-01-01.
 */
export function serialToIso(text: string, date1904: boolean, kind: DateKind): string {
  const serial = Number(text);
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL || text.trim() === '') return plainNumber(text);
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86_400);
  if (secs === 86_400) {
    days++;
    secs = 0;
  }
  const time = `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`;
  if (kind === 'time' && days === 0) return time;
  let date: string;
  if (date1904) date = isoDay(Date.UTC(1904, 0, 1) + days * DAY_MS);
  else if (days === 60) date = '1900-02-29';
  else date = isoDay((days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + days * DAY_MS);
  return secs === 0 ? date : `${date}T${time}`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
