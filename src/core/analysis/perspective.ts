import type { Subject } from '../../shared/analysis-types';
import { partnerName as countryName, possessive } from './naming';

export type Flow = 'import' | 'export' | 'total';
export type Lang = 'en' | 'ko';

/** The partner's exports are the reporter's imports, and the other way round; total is total. */
export function storedFlows(flow: Flow, subject: Subject): string[] {
  if (flow === 'total') return ['import', 'export'];
  if (subject === 'reporter') return [flow];
  return [flow === 'import' ? 'export' : 'import'];
}

/**
 * "North Korea's exports to China", told from whichever side the subject is: the words of the CLI, of the
 * `series` method's `label` (read by the CLI and scripts) and of the brief, whose prose the core writes whole
 * in English or Korean. The app's charts and dashboard never show it: they word a series in the UI language
 * with src/renderer/lib/chart/caption.ts (seriesLabel, sourceCaption), from the same names (core/reference).
 */
export function seriesLabel(reporter: string | undefined, partner: string | undefined, flow: Flow, subject: Subject, lang: Lang = 'en'): string {
  const [who, other] = subject === 'partner' ? [partner, reporter] : [reporter, partner];
  if (lang === 'ko') {
    const w = countryName(who, 'ko');
    const o = countryName(other, 'ko');
    if (flow === 'total') return `${w}-${o} 교역`;
    return flow === 'export' ? `${w}의 대${o} 수출` : `${w}의 대${o} 수입`;
  }
  // A label starts a line: "The United States' imports from China".
  const w = who ? capitalize(possessive(countryName(who))) : 'All reporters\'';
  const o = countryName(other);
  if (flow === 'total') return `${w} total trade with ${o}`;
  return flow === 'export' ? `${w} exports to ${o}` : `${w} imports from ${o}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whose customs stated the figures: mirror figures say so on every label. CLI and brief prose only, as above. */
export function sourceLabel(reporter: string | undefined, lang: Lang = 'en'): string {
  if (lang === 'ko') return reporter ? `${countryName(reporter, 'ko')} 해관 집계` : '전체 보고국 집계';
  return reporter ? `as reported by ${possessive(countryName(reporter))} customs` : 'as reported by all reporters held';
}
