import type { Frequency } from '../../../shared/period';

/** A period as stored: `YYYY-MM` or `YYYY`, and how many months it covers, ending at `period`. */
export type ParsedPeriod = { period: string; freq: Frequency; periodMonths: number };

export type ExcelDateSystem = 1900 | 1904;

export type PeriodParseOptions = {
  /**
   * GACC-style month ranges: "2020年1-2月", "202001-02", "2020-01-02" mean January+February 2020
   * (China customs publishes those two months together). Off by default, because elsewhere
   * "2020-01-02" is the 2nd of January.
   */
  monthRanges?: boolean;
  /** Accept bare Excel serial day numbers ("43770"), counted in this date system. */
  excelSerials?: ExcelDateSystem;
};

const pad = (n: number) => String(n).padStart(2, '0');
const month = (y: number, m: number, months = 1): ParsedPeriod | null =>
  m >= 1 && m <= 12 && y >= 1000 && y <= 9999
    ? { period: `${y}-${pad(m)}`, freq: 'month', periodMonths: months }
    : null;

const YEAR = /^(\d{4})年?$/;
const YYYYMM = /^(\d{4})(\d{2})$/;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const ZH_MONTH = /^(\d{4})年(\d{1,2})月(?:份)?$/;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ZH_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const SERIAL = /^\d{1,6}(?:\.\d+)?$/;
// Month ranges within one year: "2020年1-2月", "2020年1月-2月", "202001-02", "202001-202002", "2020-01-02", "2020.01-02".
const RANGES = [
  /^(\d{4})年(\d{1,2})月?[-－~至](\d{1,2})月$/,
  /^(\d{4})(\d{2})[-~](\d{2})$/,
  /^(\d{4})[-/.](\d{2})[-~/.](\d{2})$/,
];
const YYYYMM_RANGE = /^(\d{4})(\d{2})[-~](\d{4})(\d{2})$/;

/** Parses the period forms customs files use; null when the text is none of them. */
export function parsePeriod(raw: string, options: PeriodParseOptions = {}): ParsedPeriod | null {
  const text = raw.trim().normalize('NFKC');
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) return { period: m[1]!, freq: 'year', periodMonths: 12 };
  if ((m = YYYYMM.exec(text))) return month(+m[1]!, +m[2]!);
  if ((m = YEAR_MONTH.exec(text))) return month(+m[1]!, +m[2]!);
  if ((m = ZH_MONTH.exec(text))) return month(+m[1]!, +m[2]!);
  if (options.monthRanges) {
    const range = parseMonthRange(text);
    if (range !== undefined) return range;
  }
  if ((m = DATE.exec(text)) || (m = ZH_DATE.exec(text)))
    return validDay(+m[1]!, +m[2]!, +m[3]!) ? month(+m[1]!, +m[2]!) : null;
  if (options.excelSerials && SERIAL.test(text)) return excelSerialToPeriod(Number(text), options.excelSerials);
  return null;
}

/** undefined: not a range form at all; null: a range form that makes no sense (e.g. 3-2月). */
function parseMonthRange(text: string): ParsedPeriod | null | undefined {
  let y: number, from: number, to: number;
  const m = RANGES.map((r) => r.exec(text)).find(Boolean);
  const r2 = YYYYMM_RANGE.exec(text);
  if (m) [y, from, to] = [+m[1]!, +m[2]!, +m[3]!];
  else if (r2 && r2[1] === r2[3]) [y, from, to] = [+r2[1]!, +r2[2]!, +r2[4]!];
  else return undefined;
  if (from < 1 || to > 12 || from >= to) return null;
  return month(y, to, to - from + 1);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const DAY_MS = 86_400_000;

/**
 * The month of an Excel serial date. In the 1900 system day 1 is 1900-01-01 and Excel counts a
 * 29 February 1900 that never was (day 60), so later days are one ahead; in the 1904 system (old
 * Mac workbooks) day 0 is 1904-01-01. A time of day (the fraction) does not change the month.
 */
export function excelSerialToPeriod(serial: number, system: ExcelDateSystem): ParsedPeriod | null {
  if (!Number.isFinite(serial) || serial < (system === 1900 ? 1 : 0)) return null;
  const day = Math.floor(serial);
  if (system === 1900 && day === 60) return month(1900, 2);
  const epoch = system === 1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + day * DAY_MS);
  return month(d.getUTCFullYear(), d.getUTCMonth() + 1);
}
