import type { TFunction } from 'i18next';
import type { Batch } from '../../../shared/domain';
import { familyOf as familyOfClassification } from '../../../shared/classification';
import {
  labelLang,
  seriesLabel as wordSeries,
  sourceLabel,
  sourcesOfFormats,
  type FigureSource,
} from '../../../shared/series-label';
import { localDay } from '../../i18n/format';

/** Reporters whose customs service has a name of its own in the source line under every chart (caption.sources.*). */
const SOURCES = new Set(['CHN', 'KOR', 'RUS', 'JPN', 'USA']);

/** Names a reporter or partner: the core's names via useCountryName(); codes where none is given. */
export type AreaNamer = (code: string) => string;
const asCode: AreaNamer = (c) => c;

export function sourceName(reporter: string, t: TFunction, name: AreaNamer = asCode): string {
  return SOURCES.has(reporter)
    ? t(`caption.sources.${reporter}`)
    : t('caption.sources.other', { reporter: name(reporter) });
}

/**
 * The last day data was imported, as the date a reader can check the figures against: the day where the
 * person is, as the Imports tab gives it (the stored UTC day put an import at 08:00 in Seoul a day early).
 */
export function importedOn(batches: Pick<Batch, 'finishedAt' | 'startedAt' | 'status'>[]): string | null {
  const times = batches.map((b) => b.finishedAt ?? b.startedAt).filter((t) => localDay(t) !== null);
  return times.length ? localDay(times.sort()[times.length - 1]!) : null;
}

export type SeriesDefinition = {
  reporter: string;
  partner: string;
  flow: 'import' | 'export' | 'total';
  hs: string[];
  excludeHs: string[];
  /**
   * The classification family the codes are read in (HS, SITC, BEC); absent or "HS" is HS, the default. The
   * core reads a series of all goods in the one family held where no HS is held; named otherwise.
   */
  classification?: string;
  definition?: string;
  /** The currency to read the figures in where the files hold them in more than one; absent lets the core choose. */
  currency?: string;
};

/** The family a series' codes are written in: "HS" unless another was chosen. */
export const familyOf = (d: Pick<SeriesDefinition, 'classification'>): string =>
  d.classification && d.classification.toUpperCase() !== 'HS' ? d.classification.toUpperCase() : 'HS';

/** "excludes HS 2716" / "HS 27, 33 only": what the commodity filter did, said the way a footnote says it. */
export function filterWords(d: Pick<SeriesDefinition, 'hs' | 'excludeHs' | 'classification'>, t: TFunction): string[] {
  const cls = familyOf(d);
  const words: string[] = [];
  // A series read in SITC or BEC says so even of all goods: the same figure in HS would differ.
  if (cls !== 'HS' && !d.hs.length && !d.excludeHs.length) words.push(t('caption.readIn', { cls }));
  if (d.hs.length) words.push(t('caption.hsOnly', { cls, codes: d.hs.join(', ') }));
  if (d.excludeHs.length) words.push(t('caption.excludes', { cls, codes: d.excludeHs.join(', ') }));
  return words;
}

export type HeldBatch = Pick<Batch, 'format' | 'status' | 'scope'>;

/** Whether every period a batch holds is a year ("2016"), so none of its figures is a month's. */
const yearsOnly = (scope: NonNullable<HeldBatch['scope']>) =>
  /^\d{4}$/.test(scope.firstPeriod ?? '') && /^\d{4}$/.test(scope.lastPeriod ?? '');

/**
 * Whether a batch may hold figures of the series: its reporter's, of a flow the series counts, in the
 * classification the series is read in (an SITC series is read from the files holding SITC rows, never
 * from an HS file beside them), listing its partner (or too many to tell); for a monthly chart, with
 * months among its periods (a file of annual figures gives a monthly chart none).
 */
function mayHold(b: HeldBatch, d: SeriesDefinition, frequency?: 'month' | 'year'): boolean {
  const scope = b.scope;
  if (b.status !== 'imported' || !scope || !scope.reporters.includes(d.reporter)) return false;
  const flows = d.flow === 'total' ? ['import', 'export'] : [d.flow];
  if (scope.flows.length && !flows.some((f) => scope.flows.includes(f))) return false;
  if (frequency === 'month' && yearsOnly(scope)) return false;
  // A series of all goods left at HS is read, where no HS is held, in the one family that is (use-plot): any
  // family's file may hold it. Codes, or a family chosen, are read in that family only.
  const family = familyOf(d);
  const anyFamily = family === 'HS' && !d.hs.length && !d.excludeHs.length && !d.definition;
  const inFamily = (c: string) => familyOfClassification(c) === family;
  if (!anyFamily && scope.classifications.length && !scope.classifications.some(inFamily)) return false;
  return (
    scope.partners !== 'listed' ||
    scope.listedPartners.includes(d.partner) ||
    scope.partnerCount > scope.listedPartners.length
  );
}

/**
 * Whether the files a series may be read from hold only years: at least one does, and none holds a month
 * (a Comtrade annual download of codes with no all-goods row). Such a chart is drawn by year even where no
 * series has a figure, so its "not covered" reason speaks of years and the periods box says what is held.
 */
export function heldOnlyInYears(d: SeriesDefinition, batches: HeldBatch[]): boolean {
  const held = batches.filter((b) => mayHold(b, d));
  return held.length > 0 && held.every((b) => yearsOnly(b.scope!));
}

/** The first and last period a series drew a figure for ("2010", "2024-12"), and what the core says their files are (`read`), where known. */
export type FigureSpan = { from: string; to: string; read?: readonly FigureSource[] };

export function figureSpan(points: { period: string }[]): FigureSpan | null {
  if (!points.length) return null;
  const periods = points.map((p) => p.period).sort();
  return { from: periods[0]!, to: periods[periods.length - 1]! };
}

/** A year as the months it spans, so "2010" and "2010-03" compare as periods do. */
const startMonth = (p: string) => (/^\d{4}$/.test(p) ? `${p}-01` : p);
const endMonth = (p: string) => (/^\d{4}$/.test(p) ? `${p}-12` : p);

/** Whether a batch's periods reach into the span: one that holds none of them gave the series no figure. */
function reaches(scope: NonNullable<HeldBatch['scope']>, span: FigureSpan): boolean {
  if (!scope.firstPeriod || !scope.lastPeriod) return true;
  return startMonth(scope.firstPeriod) <= endMonth(span.to) && endMonth(scope.lastPeriod) >= startMonth(span.from);
}

/**
 * Where a series' figures were read, by the formats of the files that may hold them: the rule is
 * sourcesOfFormats (shared/series-label.ts), which the brief's source follows too. Without the batches,
 * the reporter's customs. `span`: the periods its figures drawn run over, where known.
 */
export function seriesSources(
  d: SeriesDefinition,
  t: TFunction,
  name: AreaNamer = asCode,
  batches?: HeldBatch[],
  frequency?: 'month' | 'year',
  span?: FigureSpan | null,
): string[] {
  const own = sourceName(d.reporter, t, name);
  if (!batches && !span?.read?.length) return [own];
  return heldSources(d, batches ?? [], frequency, span).map((s) =>
    s === 'comtrade' ? t('caption.sources.comtrade', { reporter: name(d.reporter) }) : own,
  );
}

/**
 * What the files that may hold a series are (sourcesOfFormats): what its source line and footnote name. Of
 * those, only the ones whose periods reach the figures drawn: China's soybean files of 2024 gave a chart of
 * 2010, read from a UN Comtrade download, no figure, and "China customs (GACC)" under it was a wrong citation.
 */
function heldSources(
  d: SeriesDefinition,
  batches: HeldBatch[],
  frequency?: 'month' | 'year',
  span?: FigureSpan | null,
) {
  // The core's word where it gave one: the files the figures were read from, not those that may hold them.
  if (span?.read?.length) return [...span.read];
  const held = batches.filter((b) => mayHold(b, d, frequency));
  const inSpan = span ? held.filter((b) => reaches(b.scope!, span)) : held;
  return sourcesOfFormats((inSpan.length ? inSpan : held).map((b) => b.format));
}

/** "Source: China customs (GACC), imported 2026-11-28; excludes HS 2716". One line per chart. */
export function sourceCaption(
  defs: SeriesDefinition[],
  imported: string | null,
  t: TFunction,
  name: AreaNamer = asCode,
  batches?: HeldBatch[],
  frequency?: 'month' | 'year',
  spans?: (FigureSpan | null)[],
): string {
  const sources =
    [...new Set(defs.flatMap((d, i) => seriesSources(d, t, name, batches, frequency, spans?.[i])))].join('; ') ||
    t('chartText.noData');
  // The source line speaks for the whole chart: a filter only some series have ("HS 12019019 only" of one of
  // two) would read as every series', so it is left to those series' own footnotes.
  const each = defs.map((d) => filterWords(d, t));
  const filters = (each[0] ?? []).filter((w) => each.every((words) => words.includes(w)));
  const head = imported ? t('caption.sourceImported', { sources, date: imported }) : t('caption.source', { sources });
  return filters.length ? `${head}; ${filters.join('; ')}` : head;
}

/**
 * "China's imports from North Korea, excl. HS 2716": the series' own name in the UI language (`lang`), used
 * in legends, tables, footnotes and the grid's "rows for" chip; a named definition is called by its name.
 * The wording is shared/series-label.ts, the same as the CLI's and the brief's; only the filter's words are
 * the renderer's (i18n), and the names are the ones the core sent.
 */
export function seriesLabel(d: SeriesDefinition, t: TFunction, lang: string, name: AreaNamer = asCode): string {
  if (d.definition) return d.definition;
  const base = wordSeries(d, labelLang(lang), name);
  // "SITC 33", never "HS 33": a code is named in its own classification, and a series of all goods read in
  // SITC says "SITC" so it is not taken for the HS figure beside it.
  const cls = familyOf(d);
  const parts = [
    d.hs.length ? `${cls} ${d.hs.join('+')}` : '',
    d.excludeHs.length ? t('caption.exclShort', { cls, codes: d.excludeHs.join('+') }) : '',
    cls !== 'HS' && !d.hs.length && !d.excludeHs.length ? cls : '',
  ].filter(Boolean);
  return parts.length ? `${base}, ${parts.join(', ')}` : base;
}

/** A footnote per series that names its definition, so a chart never shows a figure without saying what it counts. */
export function footnotes(
  defs: SeriesDefinition[],
  t: TFunction,
  lang: string,
  name: AreaNamer = asCode,
  batches?: HeldBatch[],
  frequency?: 'month' | 'year',
  spans?: (FigureSpan | null)[],
): string[] {
  return defs.map((d, i) => {
    const filters = filterWords(d, t);
    // Whose figures, by the files that may hold them, as the source line says: a Comtrade download's are UN
    // Comtrade's, not the reporter's customs'.
    const sources =
      batches || spans?.[i]?.read?.length ? heldSources(d, batches ?? [], frequency, spans?.[i]) : undefined;
    return t('caption.footnote', {
      label: seriesLabel(d, t, lang, name),
      flow: t(`caption.flowNote.${d.flow}`),
      source: sourceLabel(d.reporter, labelLang(lang), name, sources),
      filters: filters.length ? filters.join('; ') : t('caption.allGoods'),
    });
  });
}
