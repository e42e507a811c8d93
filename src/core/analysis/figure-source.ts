import { frequencyOf, yearOf } from '../../shared/period';
import { sourcesOfFormats } from '../../shared/series-label';
import type { ScopeRepo } from '../db/scope-repo';
import { normalizeSelection, type Selection } from './code-tree';
import { createCoverage, type Need } from './coverage';
import { sourceLabel, type Lang } from './perspective';

/** A figure as coverage asks it: what it needs of the files, and the stored flows it is made of. */
export type FigureRead = { need: Need; flows: string[] };

/**
 * The batches a period's figures were read from: those whose scope covers them (coverage.ts, the one rule
 * that lets a figure be stated at all). A year no annual file covers is stated as the sum of its months
 * (annual.ts): its figure was read from the files covering those months.
 */
export function coveringBatches(scopes: ScopeRepo, reads: FigureRead[], period: string): number[] {
  const yearly = frequencyOf(period) === 'year';
  const months = yearly ? Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`) : [];
  const batches = new Set<number>();
  for (const { need, flows } of reads) {
    const at = (freq: 'month' | 'year', from: string, to: string) =>
      createCoverage(scopes, scopes.rows({ reporter: need.reporter, flows, freq, from, to }));
    const own = at(yearly ? 'year' : 'month', period, period);
    const ofMonths = yearly ? at('month', `${yearOf(period)}-01`, `${yearOf(period)}-12`) : null;
    const cite = (covering: number[], flow: string, at: string) =>
      readFrom(scopes, covering, need, flow, at).forEach((b) => batches.add(b));
    for (const flow of flows) {
      const c = own.covers(need, flow, period);
      if (c.ok) cite(c.batches, flow, period);
      else
        for (const m of ofMonths ? months : []) {
          const cm = ofMonths!.covers(need, flow, m);
          if (cm.ok) cite(cm.batches, flow, m);
        }
    }
  }
  return [...batches].sort((a, b) => a - b);
}

/**
 * Of the batches covering a figure, those it is read from: the ones holding its cell's rows in the edition
 * it is read in. A file whose rows there later files restated covers the cell still, but is not read; nor
 * is one of another edition of the family (a customs table in HS beside a Comtrade download in H6). Where none holds a row, the
 * figure is a zero the files' scopes state, and each is cited. (A need with no partner is not narrowed.)
 */
export function readFrom(scopes: ScopeRepo, covering: number[], need: Need, flow: string, period: string): number[] {
  const { reporter, partner } = need;
  if (!reporter || !partner || covering.length < 2) return covering;
  const cell = { reporter, partner, flow, freq: frequencyOf(period), period, family: need.family };
  const holding = covering.filter((b) => scopes.holdsIn(b, cell));
  return holding.length ? holding : covering;
}

/**
 * Whose figures these are, named from the files they were read from ("as reported by China's customs",
 * "according to UN Comtrade (China as reporter)", or both), by the rule the charts' source line follows.
 * `stated`: each figure stated, by its stored flows and goods (all goods where no selection is given).
 */
export function citedSource(
  scopes: ScopeRepo,
  period: string,
  lang: Lang,
  o: Omit<Need, 'selection'> & { stated: { flows: string[]; selection?: Selection }[] },
): string {
  const { stated, ...need } = o;
  const reads = stated.map((s) => ({
    need: { ...need, selection: s.selection ?? normalizeSelection([], []) },
    flows: s.flows,
  }));
  const formats = coveringBatches(scopes, reads, period).map((b) => scopes.format(b));
  return sourceLabel(o.reporter, lang, sourcesOfFormats(formats));
}
