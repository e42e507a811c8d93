import type { AnalysisSeries, RecordResult } from '../../shared/analysis-types';
import { periodLabel } from '../../shared/period';
import { say } from '../messages';
import { money, type Lang } from './format';

/**
 * "The lowest since March 2018": the last earlier period whose value was at or below this one (or
 * at or above, for highs). Where there is none, the claim is bounded by what is held: "since the
 * series began", naming the first period, so it never reads as more than the data can say.
 * `auto` picks whichever claim reaches further back.
 */
export function findRecord(
  series: AnalysisSeries,
  period: string,
  want: 'lowest' | 'highest' | 'auto' = 'auto',
  lang: Lang = 'en',
): RecordResult {
  const points = series.points.filter((p) => p.status !== 'combined');
  const first = series.points[0]?.period ?? null;
  const at = points.find((p) => p.period === period);
  if (!at) {
    return {
      period,
      value: null,
      kind: want === 'highest' ? 'highest' : 'lowest',
      since: null,
      sinceStart: false,
      first,
      missingBetween: 0,
      text: lang === 'ko' ? `${period} 값 없음` : `No figure for ${periodLabel(period)}.`,
    };
  }
  const earlier = points.filter((p) => p.period < period);
  const lastBeyond = (kind: 'lowest' | 'highest') =>
    [...earlier].reverse().find((p) => (kind === 'lowest' ? p.value <= at.value : p.value >= at.value));
  const pick = (kind: 'lowest' | 'highest') => ({ kind, hit: lastBeyond(kind) });
  let choice = pick(want === 'highest' ? 'highest' : 'lowest');
  if (want === 'auto') {
    const low = pick('lowest');
    const high = pick('highest');
    const reach = (c: typeof low) => (c.hit ? c.hit.period : '');
    choice = reach(low) <= reach(high) ? low : high;
  }
  const since = choice.hit ? choice.hit.period : first;
  const sinceStart = !choice.hit;
  const missingBetween = series.missing.filter((m) => m.period < period && (!since || m.period >= since)).length;
  // A year's record counts the years missing in between, a month's the months.
  const unit = /^\d{4}$/.test(period) ? 'year' : 'month';
  // Korean closes its note on the word, as the app's chart does: "최저(그 사이 1년 자료 없음)를", not "최저 (…)를".
  const gap = missingBetween
    ? `${lang === 'ko' ? '' : ' '}(${say(lang, 'record.gap', { count: missingBetween, unit })})`
    : '';
  let text: string;
  if (lang === 'ko') {
    const word = choice.kind === 'lowest' ? '최저' : '최고';
    // The figure it is measured against, as the English gives it: "2021년 4월(3,060만 달러) 이후 최고".
    text = `${sinceStart ? `자료가 있는 ${koPeriod(since!)} 이후 ${word}` : `${koPeriod(since!)}(${money(choice.hit!.value, series.currency, 'ko')}) 이후 ${word}`}${gap}`;
  } else if (sinceStart) {
    text = `the ${choice.kind} since ${periodLabel(since!)}, when the series held here begins${gap}`;
  } else {
    text = `the ${choice.kind} since ${periodLabel(since!)} (${money(choice.hit!.value, series.currency)})${gap}`;
  }
  return { period, value: at.value, kind: choice.kind, since, sinceStart, first, missingBetween, text };
}

export function koPeriod(p: string): string {
  return p.length === 4 ? `${p}년` : `${p.slice(0, 4)}년 ${Number(p.slice(5, 7))}월`;
}

/** A period as the core's prose in `lang` says it: "September 2020", "2020년 9월". */
export const periodIn = (p: string, lang: Lang): string => (lang === 'ko' ? koPeriod(p) : periodLabel(p));
