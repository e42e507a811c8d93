import { monthOf, periodLabel, yearOf } from '../../shared/period';
import { money, pctChange, type Lang } from './format';
import { koPeriod } from './records';

export type BriefParts = {
  lang: Lang;
  period: string;
  currency: string | null;
  label: string;
  source: string;
  value: number | null;
  excluded: { code: string; description: string; value: number }[];
  items: { code: string; description: string; value: number }[];
  ytd: number | null;
  ytdYoy: number | null;
  counterLabel: string;
  counter: { value: number; mom: number | null } | null;
  total: { value: number; mom: number | null } | null;
  record: string | null;
};

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Excludes HS 2716 (electricity): $1,122,812 in Nov 2020." — exact, unlike the rounded brief. */
export function footnote(code: string, description: string, value: number, currency: string | null, period: string): string {
  const exact = `${currency === 'USD' || currency === null ? '$' : `${currency} `}${value.toLocaleString('en-US', { maximumFractionDigits: 3 })}`;
  const when = period.length === 7 ? `${MONTHS_SHORT[monthOf(period) - 1]} ${yearOf(period)}` : period;
  return `Excludes HS ${code}${description && description !== code ? ` (${description})` : ''}: ${exact} in ${when}.`;
}

/** The brief's prose. Missing figures are said to be missing rather than skipped silently. */
export function briefText(p: BriefParts): string {
  return p.lang === 'ko' ? korean(p) : english(p);
}

function english(p: BriefParts): string {
  const m = (v: number) => money(v, p.currency);
  const when = periodLabel(p.period);
  const out: string[] = [];
  out.push(p.value === null ? `No figure is held for ${p.label} in ${when}.` : `${p.label} came to ${m(p.value)} in ${when}, ${p.source}.`);
  if (p.excluded.length) out.push(`This figure excludes ${p.excluded.map((e) => `${m(e.value)} of ${e.description} (HS ${e.code})`).join(' and ')}.`);
  if (p.items.length) {
    const [first, ...rest] = p.items;
    const desc = (i: { code: string; description: string }) => `${i.description || 'HS ' + i.code} (HS ${i.code})`;
    const tail = rest.map((i) => `${desc(i)} at ${m(i.value)}`);
    out.push(`By item, ${desc(first!)} took the largest amount, at ${m(first!.value)}${tail.length ? `, followed by ${tail.slice(0, -1).join(', ')}${tail.length > 1 ? ' and ' : ''}${tail[tail.length - 1]}` : ''}.`);
  }
  if (p.ytd !== null) {
    const range = monthOf(p.period) === 1 ? `In January ${yearOf(p.period)}` : `From January to ${periodLabel(p.period)}`;
    const chg = p.ytdYoy === null ? 'with no comparable figure for the same period a year earlier' : `${pctChange(p.ytdYoy)} from the same period a year earlier`;
    out.push(`${range}, ${lower(p.label)} totaled ${m(p.ytd)}, ${chg}.`);
  }
  if (p.counter) out.push(`${p.counterLabel} totaled ${m(p.counter.value)} in ${when}${p.counter.mom === null ? '' : `, ${pctChange(p.counter.mom)} from a month earlier`}.`);
  if (p.total) {
    out.push(`Total trade (all goods) came to ${m(p.total.value)}${p.total.mom === null ? '' : `, ${pctChange(p.total.mom)} from a month earlier`}${p.record ? `, ${p.record}` : ''}.`);
  }
  // A sentence may open with a name that is lower-case mid-sentence ("the United States' exports…").
  return out.map((sentence) => sentence.charAt(0).toUpperCase() + sentence.slice(1)).join(' ');
}

/** Country names stay capitalised; only the sentence-initial word is lowered. */
function lower(label: string): string {
  return label.startsWith('All ') ? `all${label.slice(3)}` : label;
}

function korean(p: BriefParts): string {
  const m = (v: number) => money(v, p.currency, 'ko');
  const when = koPeriod(p.period);
  const out: string[] = [];
  out.push(p.value === null ? `${when} ${p.label} 자료는 없다.` : `${when} ${p.label}은 ${m(p.value)}로 집계됐다(${p.source}).`);
  if (p.excluded.length) out.push(`이 수치는 ${p.excluded.map((e) => `${e.description}(HS ${e.code}) ${m(e.value)}`).join(', ')}를 제외한 것이다.`);
  if (p.items.length) {
    const [first, ...rest] = p.items;
    const name = (i: { code: string; description: string }) => i.description || `HS ${i.code}`;
    out.push(`품목별로는 ${name(first!)}(HS ${first!.code})이 ${m(first!.value)}로 가장 많았고${rest.length ? `, ${rest.map((i) => `${name(i)} ${m(i.value)}`).join(', ')} 순이었다` : ''}.`);
  }
  if (p.ytd !== null) {
    const chg = p.ytdYoy === null ? '전년 동기와 비교할 수 없다' : `전년 동기 대비 ${pctChange(p.ytdYoy, 'ko')}했다`;
    out.push(`${yearOf(p.period)}년 1~${monthOf(p.period)}월 누적은 ${m(p.ytd)}로 ${chg}.`);
  }
  if (p.counter) out.push(`같은 달 ${p.counterLabel}은 ${m(p.counter.value)}${p.counter.mom === null ? '였다' : `로 전월 대비 ${pctChange(p.counter.mom, 'ko')}했다`}.`);
  if (p.total) out.push(`총교역액(전 품목)은 ${m(p.total.value)}${p.total.mom === null ? '였다' : `로 전월 대비 ${pctChange(p.total.mom, 'ko')}했으며`}${p.record ? `, ${p.record}를 기록했다` : ''}.`);
  return out.join(' ');
}
