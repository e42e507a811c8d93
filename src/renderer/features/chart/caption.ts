import type { Batch } from '../../../shared/domain';

/** Whose customs a reporter's figures come from, for the source line under every chart. */
const SOURCES: Record<string, string> = {
  CHN: 'China customs (GACC)',
  KOR: 'Korea Customs Service',
  RUS: 'Federal Customs Service of Russia',
  JPN: 'Japan Customs',
  USA: 'US Census Bureau',
};

/** Names a reporter or partner: the core's names via useCountryName(); codes where none is given. */
export type AreaNamer = (code: string) => string;
const asCode: AreaNamer = (c) => c;

export function sourceName(reporter: string, name: AreaNamer = asCode): string {
  return SOURCES[reporter] ?? `${name(reporter)} customs`;
}

/** The last day data was imported, as the date a reader can check the figures against. */
export function importedOn(batches: Pick<Batch, 'finishedAt' | 'startedAt' | 'status'>[]): string | null {
  const dates = batches.map((b) => (b.finishedAt ?? b.startedAt).slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.length ? dates.sort()[dates.length - 1]! : null;
}

export type SeriesDefinition = { reporter: string; partner: string; flow: 'import' | 'export' | 'total'; hs: string[]; excludeHs: string[]; definition?: string };

/** "excludes HS 2716" / "HS 27, 33 only": what the commodity filter did, said the way a footnote says it. */
export function filterWords(d: Pick<SeriesDefinition, 'hs' | 'excludeHs'>): string[] {
  const words: string[] = [];
  if (d.hs.length) words.push(`HS ${d.hs.join(', ')} only`);
  if (d.excludeHs.length) words.push(`excludes HS ${d.excludeHs.join(', ')}`);
  return words;
}

/** "Source: China customs (GACC), imported 2026-11-28; excludes HS 2716". One line per chart. */
export function sourceCaption(defs: SeriesDefinition[], imported: string | null, name: AreaNamer = asCode): string {
  const sources = [...new Set(defs.map((d) => sourceName(d.reporter, name)))];
  const filters = [...new Set(defs.flatMap(filterWords))];
  const head = `Source: ${sources.join('; ') || 'no data'}${imported ? `, imported ${imported}` : ''}`;
  return filters.length ? `${head}; ${filters.join('; ')}` : head;
}

const FLOW_WORDS = { import: 'imports from', export: 'exports to', total: 'total trade with' } as const;

/** "China imports from North Korea" in the UI's words; English unless a caller gives its language's. */
export type FlowPhrase = (flow: SeriesDefinition['flow'], reporter: string, partner: string) => string;
const english: FlowPhrase = (flow, reporter, partner) => `${reporter} ${FLOW_WORDS[flow]} ${partner}`;

/** "China imports from North Korea, excl. HS 2716": the series' own name, used in legends and tables. */
export function seriesLabel(d: SeriesDefinition, name: AreaNamer = asCode, phrase: FlowPhrase = english): string {
  if (d.definition) return d.definition;
  const base = phrase(d.flow, name(d.reporter), name(d.partner));
  const parts = [d.hs.length ? `HS ${d.hs.join('+')}` : '', d.excludeHs.length ? `excl. HS ${d.excludeHs.join('+')}` : ''].filter(Boolean);
  return parts.length ? `${base}, ${parts.join(', ')}` : base;
}

/** A footnote per series that names its definition, so a chart never shows a figure without saying what it counts. */
export function footnotes(defs: SeriesDefinition[], name: AreaNamer = asCode): string[] {
  return defs.map((d) => {
    const flow = d.flow === 'total' ? 'Imports plus exports (total trade), all months where both are reported' : d.flow === 'import' ? 'Imports' : 'Exports';
    const filters = filterWords(d);
    return `${seriesLabel(d, name)}: ${flow}, as reported by ${name(d.reporter)}${filters.length ? `; ${filters.join('; ')}` : '; all goods'}.`;
  });
}
