import type { ImportOptions } from '../../../shared/domain';
import { isAreaCode, normalizeAreaCode } from '../../../shared/area-code';
import { isPeriod } from '../../../shared/period';
import type { Question } from './preview';

export type Flow = 'import' | 'export';
/** The dialog's form: text as typed, turned into ImportOptions only when complete. */
export type Scope = 'all' | 'listed';
export type Answers = {
  reporter: string;
  partner: string;
  flow: Flow | '';
  currency: string;
  period: string;
  scale: string;
  goods: Scope;
  partners: Scope;
};
/** Scope starts at "listed": a figure the file does not cover is then "not covered", never an invented zero. */
export const NO_ANSWERS: Answers = {
  reporter: '',
  partner: '',
  flow: '',
  currency: '',
  period: '',
  scale: '1',
  goods: 'listed',
  partners: 'listed',
};

const ISO3 = /^[A-Z]{3}$/;
/** The longest reporter or partner code a person types: DEU, C490 (a Comtrade area), G1234 (a GACC one). */
export const AREA_CODE_LENGTH = 5;

/**
 * A period as typed: "2026-01" or "2026", or as China's customs write a month in their downloads, "202601"
 * (also "2026/01", "2026.01"), which had left Import disabled with no word of why.
 */
export function periodAnswer(typed: string): string {
  const s = typed.trim();
  const m = /^(\d{4})[/.]?(\d{2})$/.exec(s);
  return m ? `${m[1]}-${m[2]}` : s;
}

/** Typed far enough to be read, yet not a period: the field says so, and how to write one. */
export function isUnreadablePeriod(typed: string): boolean {
  return typed.trim().length >= 6 && !isPeriod(periodAnswer(typed));
}

export function isAnswered(q: Question, a: Answers): boolean {
  switch (q) {
    case 'reporter':
    case 'partner':
      return isAreaCode(normalizeAreaCode(a[q]));
    case 'currency':
      return ISO3.test(a[q].trim().toUpperCase());
    case 'flow':
      return a.flow !== '';
    case 'period':
      return isPeriod(periodAnswer(a.period));
    case 'scale':
      return /^[1-9]\d*$/.test(a.scale);
    case 'goods':
    case 'partners':
      return true;
  }
}

/** Only the asked questions become options: an answer to something the file says itself would override it. */
export function toOptions(asked: readonly Question[], a: Answers, encoding: ImportOptions['encoding']): ImportOptions {
  const o: ImportOptions = {};
  if (asked.includes('reporter')) o.reporter = normalizeAreaCode(a.reporter);
  if (asked.includes('partner')) o.partner = normalizeAreaCode(a.partner);
  if (asked.includes('flow') && a.flow) o.flow = a.flow;
  if (asked.includes('currency')) o.currency = a.currency.trim().toUpperCase();
  if (asked.includes('period')) o.period = periodAnswer(a.period);
  if (asked.includes('scale') && a.scale !== '1') o.scale = Number(a.scale);
  if (asked.includes('goods')) o.goods = a.goods;
  if (asked.includes('partners')) o.partners = a.partners;
  if (encoding) o.encoding = encoding;
  return o;
}
