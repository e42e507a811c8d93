import type { Subject } from '../../shared/analysis-types';
import { seriesLabel as wordSeries, sourceLabel as wordSource, type FigureSource } from '../../shared/series-label';
import { areaName } from '../reference/areas';
import { AppError } from '../../shared/errors';

export type Flow = 'import' | 'export' | 'total' | 're-export' | 're-import';
export type Lang = 'en' | 'ko';

/**
 * The partner's exports are the reporter's imports, and the other way round; total is total (imports and
 * exports: re-exports and re-imports are within them, as Comtrade counts them, never added). A re-export has
 * no mirror in the reporter's records: the partner's re-exports are none of the reporter's flows.
 */
export function storedFlows(flow: Flow, subject: Subject): string[] {
  if (flow === 'total') return ['import', 'export'];
  if (subject === 'reporter') return [flow];
  if (flow === 're-export' || flow === 're-import')
    throw new AppError('bad_input', { key: 'analysis.reflowMirror', params: { flow } });
  return [flow === 'import' ? 'export' : 'import'];
}

const namer = (lang: Lang) => (code: string) => areaName(code, lang);

/**
 * "North Korea's exports to China", told from whichever side the subject is, with the core's names: the
 * words of the CLI, of the `series` method's `label` and of the brief. The wording is shared/series-label.ts,
 * which the app's charts and dashboard use too (src/renderer/lib/chart/caption.ts), with the names the core sent.
 */
export function seriesLabel(
  reporter: string | undefined,
  partner: string | undefined,
  flow: Flow,
  subject: Subject,
  lang: Lang = 'en',
): string {
  return wordSeries({ reporter, partner, flow, subject }, lang, namer(lang));
}

/**
 * Whose figures they are: mirror figures say so on every label. `sources`: what the files they were read
 * from are (figure-source.ts); unsaid, the reporter's customs.
 */
export function sourceLabel(
  reporter: string | undefined,
  lang: Lang = 'en',
  sources: readonly FigureSource[] = ['customs'],
): string {
  return wordSource(reporter, lang, namer(lang), sources);
}
