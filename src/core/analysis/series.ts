import type { z } from 'zod';
import type { AnalysisSeries, AnalysisSeriesQuery, Definition } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import { periodLabel, shiftPeriod, yearOf } from '../../shared/period';
import type { DefinitionsRepo } from '../db/definitions-repo';
import type { EditedRows } from '../db/edited-rows';
import type { PeriodSum, SeriesRepo } from '../db/series-repo';
import { say } from '../messages';
import { withChanges, type Cell } from './changes';
import { countryName, possessive } from './names';
import { seriesLabel, sourceLabel, storedFlows } from './perspective';

export type SeriesQueryParsed = z.output<typeof AnalysisSeriesQuery>;
export type SeriesDeps = { series: SeriesRepo; defs: DefinitionsRepo; edited?: EditedRows };

/** A definition fills what the query leaves open; its flow, subject and code filters define the series. */
export function applyDefinition(q: SeriesQueryParsed, def: Definition | null): SeriesQueryParsed {
  if (!def) return q;
  return {
    ...q,
    reporter: q.reporter ?? def.reporter ?? undefined,
    partner: q.partner ?? def.partner ?? undefined,
    flow: def.flow,
    subject: def.subject,
    hs: [...def.hs, ...q.hs],
    excludeHs: [...def.excludeHs, ...q.excludeHs],
  };
}

/**
 * A monthly or annual series, read from whichever side `subject` says. A period counts only where
 * the reporter published every flow asked for; a covered period where the filter matches nothing is
 * a true zero; a period inside the span that the reporter did not publish is listed as missing.
 */
export function buildSeries(deps: SeriesDeps, input: SeriesQueryParsed): AnalysisSeries {
  const q = applyDefinition(input, input.def ? deps.defs.get(input.def) : null);
  const flows = storedFlows(q.flow, q.subject);
  // Changes need history before `from`: read back to January of the prior year, show from `from`.
  const readFrom = q.from && (q.frequency === 'year' ? String(Number(yearOf(q.from)) - 1) : `${Number(yearOf(q.from)) - 1}-01`);
  const filter = { reporter: q.reporter, partner: q.partner, flows, hs: q.hs, excludeHs: q.excludeHs, from: readFrom, to: q.to, freq: q.frequency };
  const { currency, converted, conversions } = convert(deps.series.sums(filter), q);

  const covered = new Map<string, Map<string, number>>(); // flow -> period -> months
  for (const f of flows) covered.set(f, new Map());
  for (const c of deps.series.coverage(filter)) covered.get(c.flow)!.set(c.period, c.months);
  const aggOnly = new Set(deps.series.aggregateOnly(filter).map((a) => a.period));
  const sums = new Map<string, number>();
  for (const s of converted) sums.set(s.period, (sums.get(s.period) ?? 0) + s.milli);

  const all = [...covered.values()].flatMap((m) => [...m.keys()]).sort();
  const cells = new Map<string, Cell>();
  const missing: { period: string; reason: string }[] = [];
  const totalsOnly = new Set<string>();
  const step = q.frequency === 'year' ? 12 : 1;
  const who = q.reporter ? possessive(countryName(q.reporter)) : 'The';
  if (all.length) {
    for (let p = all[0]!; p <= all[all.length - 1]!; p = shiftPeriod(p, step)) {
      const lacking = flows.filter((f) => !covered.get(f)!.has(p));
      if (lacking.length) {
        const combinedInto = q.frequency === 'month' ? combinedRelease(covered, flows, p) : null;
        missing.push({
          period: p,
          reason: combinedInto
            ? `${periodLabel(p)} was released combined with ${periodLabel(combinedInto)}; its figure is inside that one.`
            : `${who} data held here do not cover ${periodLabel(p)}${flows.length > 1 ? ` for ${lacking.join(' and ')}s` : ''}.`,
        });
        continue;
      }
      if (aggOnly.has(p)) {
        totalsOnly.add(p);
        missing.push({ period: p, reason: `Only a total is held for ${periodLabel(p)}, so the commodity filter cannot be applied.` });
        continue;
      }
      const months = Math.max(...flows.map((f) => covered.get(f)!.get(p)!));
      const milli = sums.get(p);
      cells.set(p, { milli: milli ?? 0, months, status: months > 1 ? 'combined' : milli === undefined ? 'zero' : 'reported' });
    }
  }
  const show = (p: string) => (!q.from || p >= q.from) && (!q.to || p <= q.to);
  const shownMissing = missing.filter((m) => show(m.period));
  const onlyTotals = shownMissing.filter((m) => totalsOnly.has(m.period)).length;
  const uncovered = shownMissing.length - onlyTotals;
  const unit = q.frequency;
  const footnotes = [
    ...(q.hs.length ? [say('en', 'filter.only', { codes: q.hs.join(', ') })] : []),
    ...(q.excludeHs.length ? [say('en', 'filter.excludes', { codes: q.excludeHs.join(', ') })] : []),
    ...(onlyTotals ? [say('en', 'series.totalsOnly', { count: onlyTotals, unit })] : []),
    ...(uncovered ? [say('en', 'series.notCovered', { count: uncovered, unit })] : []),
    ...editedNote(deps.edited?.inSeries({ ...filter, from: q.from, to: q.to }) ?? 0),
  ];
  return {
    currency,
    points: withChanges(cells, q.frequency).filter((pt) => show(pt.period)),
    missing: shownMissing,
    label: seriesLabel(q.reporter, q.partner, q.flow, q.subject),
    source: sourceLabel(q.reporter),
    footnotes,
    conversions,
  };
}

/** A figure that includes a value someone changed by hand says so. */
export function editedNote(records: number): string[] {
  if (records === 0) return [];
  return [`Includes ${records === 1 ? 'a value' : 'values'} edited by hand in Tidemark after import (${records} record${records === 1 ? '' : 's'}); the History panel shows each change.`];
}

/** The later period whose multi-month release (GACC's Jan+Feb) covers `p`, if any. */
function combinedRelease(covered: Map<string, Map<string, number>>, flows: string[], p: string): string | null {
  for (let ahead = 1; ahead < 12; ahead++) {
    const later = shiftPeriod(p, ahead);
    if (yearOf(later) !== yearOf(p)) return null;
    if (flows.every((f) => (covered.get(f)!.get(later) ?? 0) > ahead)) return later;
  }
  return null;
}

/**
 * One currency per series. Different currencies are an error naming them, unless the query gives
 * rates; then every conversion used is stated.
 */
function convert(sums: PeriodSum[], q: SeriesQueryParsed): { currency: string | null; converted: PeriodSum[]; conversions: string[] } {
  const currencies = [...new Set(sums.map((s) => s.currency))].sort();
  const target = q.currency ?? (currencies.length === 1 ? currencies[0]! : null);
  if (!target) {
    if (currencies.length === 0) return { currency: null, converted: [], conversions: [] };
    throw new AppError('mixed_currencies', `This series mixes currencies (${currencies.join(', ')}). Narrow it to one reporter or currency, or supply a rate table; Tidemark never adds different currencies together.`);
  }
  const notes = new Set<string>();
  const converted = sums.map((s) => {
    if (s.currency === target) return s;
    const rate = q.rates.find((r) => r.currency === s.currency && r.period === s.period) ?? q.rates.find((r) => r.currency === s.currency && !r.period);
    if (!rate) {
      throw new AppError('mixed_currencies', `This series mixes currencies (${[...new Set([...currencies, target])].sort().join(', ')}) and no rate converts ${s.currency} to ${target} for ${s.period}. Add one to the rate table.`);
    }
    notes.add(`${s.currency} converted to ${target} at ${rate.rate}${rate.period ? ` for ${rate.period}` : ''}.`);
    return { ...s, currency: target, milli: Math.round(s.milli * rate.rate) };
  });
  return { currency: target, converted, conversions: [...notes] };
}
