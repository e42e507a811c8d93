import type { z } from 'zod';
import type { Reconciliation, ReconcileQuery } from '../../shared/analysis-types';
import { milliToNumber } from '../../shared/money';
import { sourcesOfFormats } from '../../shared/series-label';
import type { ScopeRepo } from '../db/scope-repo';
import type { SeriesRepo } from '../db/series-repo';
import { normalizeSelection } from './code-tree';
import { seriesLabel, sourceLabel } from './perspective';
import { figureValues } from './series-values';

/**
 * The reporter's figure beside its mirror (the partner's report of the opposite flow), with the gap.
 * Only where both are in the same currency; a side no file covers is null with its reason, never zero.
 */
export function reconcile(
  deps: { series: SeriesRepo; scopes: ScopeRepo },
  q: z.output<typeof ReconcileQuery>,
): Reconciliation {
  const mirrorFlow = q.flow === 'export' ? 'import' : 'export';
  const side = (reporter: string, partner: string, flow: string) => {
    const got = figureValues(deps.series, deps.scopes, {
      reporter,
      partner,
      flows: [flow],
      freq: q.frequency,
      from: q.from,
      to: q.to,
      selection: normalizeSelection([], []),
    });
    const values = new Map<string, { currency: string; milli: number }[]>();
    for (const v of got.values) (values.get(v.period) ?? values.set(v.period, []).get(v.period)!).push(v);
    // Whose figures: named from the files read (a Comtrade download's are UN Comtrade's), as a series' are.
    const sources = sourcesOfFormats(got.read.map((b) => deps.scopes.format(b)));
    return { values, why: new Map(got.uncovered.map((u) => [u.period, u.reason])), sources };
  };
  const a = side(q.reporter, q.partner, q.flow);
  const b = side(q.partner, q.reporter, mirrorFlow);
  // In a currency, a side's figure: its values in it plus any covered zero (which has no currency of its own).
  const inCurrency = (vs: { currency: string; milli: number }[] | undefined, c: string) =>
    vs && vs.some((v) => v.currency === c || v.currency === '')
      ? vs.filter((v) => v.currency === c || v.currency === '').reduce((x, v) => x + v.milli, 0)
      : undefined;
  const periods = [...new Set([...a.values.keys(), ...b.values.keys(), ...a.why.keys(), ...b.why.keys()])].sort();
  const rows = periods.flatMap((period) => {
    const currencies = [
      ...new Set(
        [...(a.values.get(period) ?? []), ...(b.values.get(period) ?? [])].map((v) => v.currency).filter(Boolean),
      ),
    ].sort();
    return (currencies.length ? currencies : ['']).map((currency) => {
      const r = inCurrency(a.values.get(period), currency);
      const mi = inCurrency(b.values.get(period), currency);
      return {
        period,
        currency,
        reported: r === undefined ? null : milliToNumber(r),
        mirror: mi === undefined ? null : milliToNumber(mi),
        gap: r === undefined || mi === undefined ? null : milliToNumber(mi - r),
        ratio: r === undefined || mi === undefined || r === 0 ? null : mi / r,
        reasons: {
          ...(r === undefined && a.why.has(period) ? { reported: a.why.get(period)! } : {}),
          ...(mi === undefined && b.why.has(period) ? { mirror: b.why.get(period)! } : {}),
        },
      };
    });
  });
  return {
    reporterLabel: `${seriesLabel(q.reporter, q.partner, q.flow, 'reporter')}, ${sourceLabel(q.reporter, 'en', a.sources)}`,
    mirrorLabel: `${seriesLabel(q.reporter, q.partner, q.flow, 'reporter')} (mirror: ${seriesLabel(q.partner, q.reporter, mirrorFlow, 'reporter')}), ${sourceLabel(q.partner, 'en', b.sources)}`,
    note: 'Imports are usually valued CIF (including freight and insurance) and exports FOB, so a mirror import figure normally exceeds the matching export by a few percent; timing, re-exports and confidential lines widen the gap.',
    rows,
  };
}
