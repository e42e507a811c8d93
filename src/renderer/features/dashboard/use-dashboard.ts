import { useEffect, useState } from 'react';
import type { WatchReport } from '../../../shared/analysis-types';
import type { SeriesPoint } from '../../../shared/domain';
import { shiftMonth } from '../../../shared/period';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

/** A flow's series: its covered points, and the periods no file covers, with why (never zero). */
type Series = {
  currency: string | null;
  points: SeriesPoint[];
  missing: { period: string; reason: string }[];
  /** Why there are no points at all, in the core's words: "No monthly figures are held for …". */
  emptyReason?: string;
};
export type FlowKey = 'export' | 'import' | 'total';
export const DASH_FLOWS: FlowKey[] = ['export', 'import', 'total'];
/** The watchlist's window: the months up to the latest one held. */
export const WATCH_MONTHS = 24;

/** Top items of a month, from the core's breakdown. */
export type TopItem = { code: string; description: string; value: number; share: number | null };

export type Dashboard = {
  series: Record<FlowKey, Series> | null;
  latest: string | null;
  top: TopItem[];
  /** What the core says about the top items: only totals held, codes listed at their own level, not covered. */
  topNotes: string[];
  topFlow: 'import' | 'export';
  watch: WatchReport | null;
  error: string | null;
};

export type NameLang = 'en' | 'ko' | 'zh';

async function topItems(
  reporter: string,
  partner: string,
  flow: 'import' | 'export',
  period: string,
  lang: NameLang,
): Promise<{ items: TopItem[]; notes: string[] }> {
  // Names in the UI language where a nomenclature the user imported (or Tidemark bundles) has them, else English.
  const b = await api.breakdown({ reporter, partner, flow, from: period, top: 10, level: 8, lang });
  return {
    items: b.items.map((i) => ({
      code: i.key,
      description: i.description || i.descriptionEn,
      value: i.value,
      share: i.share,
    })),
    notes: [b.note, b.notCovered, ...b.footnotes].filter((n): n is string => Boolean(n)),
  };
}

export function useDashboard(reporter: string, partner: string, refreshKey: number, lang: NameLang = 'en'): Dashboard {
  const [state, setState] = useState<Dashboard>({
    series: null,
    latest: null,
    top: [],
    topNotes: [],
    topFlow: 'import',
    watch: null,
    error: null,
  });
  useEffect(() => {
    if (!reporter || !partner) return;
    let live = true;
    (async () => {
      const got = await Promise.all(
        DASH_FLOWS.map((flow) =>
          api.series({ reporter, partner, flow, frequency: 'month', lang: lang === 'ko' ? 'ko' : 'en' }),
        ),
      );
      const series: Record<FlowKey, Series> = { export: got[0]!, import: got[1]!, total: got[2]! };
      // The latest month held in any way: a month no file covers for this pair is shown as such, not skipped.
      const latest =
        [...got.flatMap((s) => [...s.points.map((p) => p.period), ...s.missing.map((m) => m.period)])].sort().pop() ??
        null;
      // Lead with what the reporter brings in: for China and North Korea that is the North's exports.
      const topFlow: 'import' | 'export' = series.import.points.some((p) => p.period === latest) ? 'import' : 'export';
      const top = latest ? await topItems(reporter, partner, topFlow, latest, lang) : { items: [], notes: [] };
      const watch = latest
        ? await api.watchReport({ reporter, from: shiftMonth(latest, 1 - WATCH_MONTHS), to: latest })
        : null;
      if (live) setState({ series, latest, top: top.items, topNotes: top.notes, topFlow, watch, error: null });
    })().catch((err: unknown) => live && setState((s) => ({ ...s, error: messageOf(err) })));
    return () => {
      live = false;
    };
  }, [reporter, partner, refreshKey, lang]);
  return state;
}
