import type { z } from 'zod';
import type { Reconciliation, ReconcileQuery } from '../../shared/analysis-types';
import type { SeriesRepo } from '../db/series-repo';
import { milliToNumber } from '../../shared/money';
import { seriesLabel, sourceLabel } from './perspective';

/**
 * The reporter's figure beside its mirror (the partner's report of the opposite flow), with the gap.
 * Only where both are in the same currency; a missing side is null, never zero.
 */
export function reconcile(repo: SeriesRepo, q: z.output<typeof ReconcileQuery>): Reconciliation {
  const mirrorFlow = q.flow === 'export' ? 'import' : 'export';
  const side = (reporter: string, partner: string, flow: string) => {
    const m = new Map<string, { currency: string; milli: number }>();
    for (const s of repo.sums({ reporter, partner, flows: [flow], hs: [], excludeHs: [], from: q.from, to: q.to, freq: q.frequency })) {
      const key = `${s.period}|${s.currency}`;
      m.set(key, { currency: s.currency, milli: (m.get(key)?.milli ?? 0) + s.milli });
    }
    return m;
  };
  const a = side(q.reporter, q.partner, q.flow);
  const b = side(q.partner, q.reporter, mirrorFlow);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const rows = keys.map((k) => {
    const [period, currency] = k.split('|') as [string, string];
    const r = a.get(k)?.milli;
    const mi = b.get(k)?.milli;
    return {
      period, currency,
      reported: r === undefined ? null : milliToNumber(r),
      mirror: mi === undefined ? null : milliToNumber(mi),
      gap: r === undefined || mi === undefined ? null : milliToNumber(mi - r),
      ratio: r === undefined || mi === undefined || r === 0 ? null : mi / r,
    };
  });
  return {
    reporterLabel: `${seriesLabel(q.reporter, q.partner, q.flow, 'reporter')}, ${sourceLabel(q.reporter)}`,
    mirrorLabel: `${seriesLabel(q.reporter, q.partner, q.flow, 'reporter')} (mirror: ${seriesLabel(q.partner, q.reporter, mirrorFlow, 'reporter')}), ${sourceLabel(q.partner)}`,
    note: 'Imports are usually valued CIF (including freight and insurance) and exports FOB, so a mirror import figure normally exceeds the matching export by a few percent; timing, re-exports and confidential lines widen the gap.',
    rows,
  };
}
