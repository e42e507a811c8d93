import { withParticles } from '../../shared/korean-particles';
import { frequencyOf, monthOf, periodLabel, yearOf } from '../../shared/period';
import { labelInText } from '../../shared/series-label';
import { money, pctChange, type Lang } from './format';
import { say } from '../messages';
import { koPeriod } from './records';

/** A figure the text names, by key (value, excluded:0, item:1, ytd, …): the brief links its number to the figure's query. */
export type FigureKey = string;

export type BriefParts = {
  lang: Lang;
  period: string;
  currency: string | null;
  label: string;
  /** The headline's flow: "exports" are, "total trade" is. */
  flow: 'import' | 'export' | 'total';
  source: string;
  value: number | null;
  /** The headline's change on the month before (of a year's brief, the year before), where both are covered. */
  mom?: number | null;
  /** Why the headline is not covered; the brief says so, then gives only the figures that are covered. */
  notCovered: string | null;
  excluded: { code: string; description: string; value: number | null }[];
  /** `partOf`: the wider code whose name `description` is, where none names the item's own code. */
  items: { code: string; description: string; partOf?: string | null; value: number }[];
  /** All goods, as the articles state the year to date. */
  ytd: number | null;
  ytdYoy: number | null;
  /** The definition's own year to date, where it is not all goods, and how it is said ("excluding electricity"). */
  ytdDefinition: { value: number; yoy: number | null; basis: string } | null;
  counterLabel: string;
  counter: { value: number; mom: number | null } | null;
  total: { value: number; mom: number | null } | null;
  record: string | null;
};

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const START = '\u0001';
const MID = '\u0002';
const END = '\u0003';
/** A number in the text, marked with the figure it states. */
const mark = (key: FigureKey, text: string) => `${START}${key}${MID}${text}${END}`;

/** "Excludes HS 2716 (electricity): $1,122,812 in Nov 2020." — exact, unlike the rounded brief. Korean in Korean. */
export function footnote(
  code: string,
  description: string,
  value: number | null,
  currency: string | null,
  period: string,
  lang: Lang = 'en',
): string {
  const exact =
    value === null
      ? null
      : `${currency === 'USD' || currency === null ? '$' : `${currency} `}${value.toLocaleString('en-US', { maximumFractionDigits: 3 })}`;
  const named = description && description !== code;
  if (lang === 'ko') {
    const amount =
      value === null
        ? '금액은 자료에 없음'
        : `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })}${currency === 'USD' || currency === null ? '달러' : ` ${currency}`}`;
    return `HS ${code}${named ? `(${description})` : ''} 제외: ${koPeriod(period)} ${amount}.`;
  }
  const when = period.length === 7 ? `${MONTHS_SHORT[monthOf(period) - 1]} ${yearOf(period)}` : period;
  return `Excludes HS ${code}${named ? ` (${description})` : ''}: ${exact ?? 'not covered'} in ${when}.`;
}

/**
 * The brief's prose, and each number in it with the key of the figure it states (in order), so every
 * number, in either language, can open the rows behind it. Missing figures are said to be missing.
 */
export function briefText(p: BriefParts): { text: string; links: { text: string; key: FigureKey }[] } {
  const marked = p.lang === 'ko' ? korean(p) : english(p);
  const links: { text: string; key: FigureKey }[] = [];
  const text = marked.replace(
    new RegExp(`${START}([^${MID}]*)${MID}([^${END}]*)${END}`, 'g'),
    (_, key: string, shown: string) => {
      links.push({ text: shown, key });
      return shown;
    },
  );
  return { text, links };
}

function english(p: BriefParts): string {
  const m = (key: FigureKey, v: number) => mark(key, money(v, p.currency));
  const pct = (key: FigureKey, v: number) => pctChange(v).replace(/\d+%/, (n) => mark(key, n));
  const when = periodLabel(p.period);
  // A year's brief compares each figure with the year before.
  const earlier = frequencyOf(p.period) === 'year' ? 'a year earlier' : 'a month earlier';
  const head = {
    label: p.label,
    when,
    number: p.flow === 'total' ? 'singular' : 'plural',
    reason: p.notCovered ?? say('en', 'brief.noFigure'),
  };
  // Nothing covered: no brief. The headline alone not covered: said, with why, and the rest as usual.
  if (p.value === null && !p.counter && !p.total) return say('en', 'brief.notCovered', head);
  const out: string[] = [];
  if (p.value === null) out.push(say('en', 'brief.headNotCovered', head));
  else {
    const mom = p.mom ?? null;
    const shown = mom === null ? null : Math.round(Math.abs(mom) * 100);
    const verb = shown === null || shown === 0 ? 'came to' : mom! < 0 ? 'fell to' : 'rose to';
    const change =
      mom === null
        ? ''
        : shown === 0
          ? `, little changed from ${earlier}`
          : `, ${pct('valueMom', mom)} from ${earlier}`;
    out.push(`${p.label} ${verb} ${m('value', p.value)} in ${when}${change}, ${p.source}.`);
  }
  if (p.excluded.length)
    out.push(
      `This figure excludes ${p.excluded.map((e, i) => `${e.value === null ? 'an amount not covered' : m(`excluded:${i}`, e.value)} of ${e.description} (HS ${e.code})`).join(' and ')}.`,
    );
  if (p.items.length) {
    const [first, ...rest] = p.items;
    const desc = (i: BriefParts['items'][number]) =>
      i.partOf
        ? `HS ${i.code} (part of HS ${i.partOf}, ${i.description})`
        : `${i.description || 'HS ' + i.code} (HS ${i.code})`;
    const tail = rest.map((i, n) => `${desc(i)} at ${m(`item:${n + 1}`, i.value)}`);
    out.push(
      `By item, ${desc(first!)} took the largest amount, at ${m('item:0', first!.value)}${tail.length ? `, followed by ${tail.slice(0, -1).join(', ')}${tail.length > 1 ? ' and ' : ''}${tail[tail.length - 1]}` : ''}.`,
    );
  }
  if (p.ytd !== null) {
    const range =
      monthOf(p.period) === 1 ? `In January ${yearOf(p.period)}` : `From January to ${periodLabel(p.period)}`;
    const d = p.ytdDefinition;
    const basis = d
      ? ` (${m('ytdDefinition', d.value)} ${d.basis}${d.yoy === null ? '' : `, ${pct('ytdDefinitionYoy', d.yoy)}`})`
      : '';
    const chg =
      p.ytdYoy === null
        ? `${basis}, with no comparable figure for the same period a year earlier`
        : `, ${pct('ytdYoy', p.ytdYoy)}${basis} from the same period a year earlier`;
    out.push(`${range}, ${labelInText(p.label)} totaled ${m('ytd', p.ytd)}${chg}.`);
  }
  if (p.counter)
    out.push(
      `${p.counterLabel} totaled ${m('counter', p.counter.value)} in ${when}${p.counter.mom === null ? '' : `, ${pct('counterMom', p.counter.mom)} from ${earlier}`}.`,
    );
  else out.push(say('en', 'brief.counterNotCovered', { label: p.counterLabel, when }));
  if (p.total) {
    out.push(
      `Total trade (all goods) came to ${m('total', p.total.value)}${p.total.mom === null ? '' : `, ${pct('totalMom', p.total.mom)} from ${earlier}`}${p.record ? `, ${p.record}` : ''}.`,
    );
  } else out.push(say('en', 'brief.totalNotCovered'));
  // A sentence may open with a name that is lower-case mid-sentence ("the United States' exports…").
  return out.map((sentence) => sentence.charAt(0).toUpperCase() + sentence.slice(1)).join(' ');
}

/** Country names stay capitalised; only the sentence-initial word is lowered. */
/**
 * Korean in the polite -습니다 register, as the rest of the app speaks and as the reasons a figure is
 * missing (the message catalog) already are: the brief mixed plain -다 sentences with them.
 */
function korean(p: BriefParts): string {
  const m = (key: FigureKey, v: number) => mark(key, money(v, p.currency, 'ko'));
  const pct = (key: FigureKey, v: number) => pctChange(v, 'ko').replace(/\d+%/, (n) => mark(key, n));
  const when = koPeriod(p.period);
  // A year's brief compares each figure with the year before: 전년, 같은 해.
  const yearly = frequencyOf(p.period) === 'year';
  const before = yearly ? '전년' : '전월';
  const head = { label: p.label, when, reason: p.notCovered ?? say('ko', 'brief.noFigure') };
  if (p.value === null && !p.counter && !p.total) return say('ko', 'brief.notCovered', head);
  const out: string[] = [];
  if (p.value === null) out.push(say('ko', 'brief.headNotCovered', head));
  else {
    const mom = p.mom ?? null;
    const change =
      mom === null
        ? '집계됐습니다'
        : Math.round(Math.abs(mom) * 100) === 0
          ? `${before}과 비슷했습니다`
          : `${before} 대비 ${pct('valueMom', mom)}했습니다`;
    out.push(`${when} ${p.label}은 ${m('value', p.value)}로 ${change}(${p.source}).`);
  }
  if (p.excluded.length)
    out.push(
      `이 수치는 ${p.excluded.map((e, i) => `${e.description}(HS ${e.code}) ${e.value === null ? '(금액 자료 없음)' : m(`excluded:${i}`, e.value)}`).join(', ')}를 제외한 것입니다.`,
    );
  if (p.items.length) {
    const [first, ...rest] = p.items;
    // A wider code's name says whose it is: "HS 12019019(HS 120190 Soya beans; …의 일부)".
    const part = (i: BriefParts['items'][number]) => `HS ${i.code}(HS ${i.partOf} ${i.description}의 일부)`;
    const name = (i: BriefParts['items'][number]) => (i.partOf ? part(i) : i.description || `HS ${i.code}`);
    // Each item with its code, as in English: a name alone ("비편직 의류") does not say which code it is.
    const coded = (i: BriefParts['items'][number]) => (i.partOf ? part(i) : `${name(i)}(HS ${i.code})`);
    // The subject particle follows the name, not the code after it: 가발(HS 6704)이, 편직 의류(HS 61)가.
    const subject = subjectParticle(first!.partOf ? `HS ${first!.code}` : name(first!));
    // One item alone is simply the largest; "가장 많았고." left the sentence hanging.
    const others = rest.map((i, n) => `${coded(i)} ${m(`item:${n + 1}`, i.value)}`).join(', ');
    out.push(
      `품목별로는 ${coded(first!)}${subject} ${m('item:0', first!.value)}로 ${rest.length ? `가장 많았고, ${others} 순이었습니다` : '가장 많았습니다'}.`,
    );
  }
  if (p.ytd !== null) {
    const chg =
      p.ytdYoy === null ? '전년 동기와 비교할 수 없습니다' : `전년 동기 대비 ${pct('ytdYoy', p.ytdYoy)}했습니다`;
    const d = p.ytdDefinition;
    const basis = d
      ? `(${d.basis} 시 ${m('ytdDefinition', d.value)}${d.yoy === null ? '' : `, ${pct('ytdDefinitionYoy', d.yoy)}`})`
      : '';
    const month = monthOf(p.period);
    // January alone is "1월 누적", not "1~1월".
    const range = month === 1 ? '1월' : `1~${month}월`;
    out.push(`${yearOf(p.period)}년 ${range} 누적은 ${m('ytd', p.ytd)}로 ${chg}${basis}.`);
  }
  if (p.counter)
    out.push(
      `같은 ${yearly ? '해' : '달'} ${p.counterLabel}은 ${m('counter', p.counter.value)}${p.counter.mom === null ? '였습니다' : `로 ${before} 대비 ${pct('counterMom', p.counter.mom)}했습니다`}.`,
    );
  else
    out.push(say('ko', yearly ? 'brief.counterNotCoveredYear' : 'brief.counterNotCovered', { label: p.counterLabel }));
  if (p.total) {
    const record = p.record ? `${p.record}를 기록했습니다` : null;
    const change =
      p.total.mom === null
        ? record
          ? `로 ${record}`
          : '였습니다'
        : `로 ${before} 대비 ${pct('totalMom', p.total.mom)}${record ? `했으며, ${record}` : '했습니다'}`;
    out.push(`총교역액(전 품목)은 ${m('total', p.total.value)}${change}.`);
  } else out.push(say('ko', 'brief.totalNotCovered'));
  return out.join(' ');
}

/** 이 or 가 after a word, by the shared rule (korean-particles.ts): its last syllable, or its last digit as read. */
function subjectParticle(word: string): string {
  return withParticles(`${word}이(가)`).slice(word.length);
}
