import type { PlotSeries } from '../../lib/chart/chart-model';

export type Frequency = 'month' | 'year';
export type FlowChoice = 'total' | 'import' | 'export';

/** What the core's monthly series of one flow of the pair holds: its figures, or the years held instead. */
export type FlowHolding = { points: number; annualYears?: string[] };

/** Total trade first, as the chart has always opened; then imports, then exports. */
const ORDER: FlowChoice[] = ['total', 'import', 'export'];

const holds = (h: FlowHolding | undefined, frequency: Frequency) =>
  Boolean(h && (h.points > 0 || (frequency === 'year' && h.annualYears?.length)));

/**
 * The flow the chart opens on for a pair the user has not chosen a flow for: total trade where the pair's
 * files cover it, else the first flow they do cover, in the periods the user chose or, where they chose none,
 * by month before by year. China–North Korea held only as China's imports from a Comtrade download covers no
 * total trade: the chart opened on "not covered" although the files hold the imports. Where no flow is
 * covered, total trade, and the chart says why.
 */
export function openingFlow(held: Partial<Record<FlowChoice, FlowHolding>>, chosen: Frequency | null): FlowChoice {
  const frequencies: Frequency[] = chosen ? [chosen] : ['month', 'year'];
  for (const f of frequencies) {
    const flow = ORDER.find((x) => holds(held[x], f));
    if (flow) return flow;
  }
  return 'total';
}

/**
 * Whether a chart the user has not chosen periods for should be drawn by year: no series has a monthly
 * figure and some series' files hold annual ones (a database of Comtrade annual downloads). A series with
 * monthly figures keeps the chart monthly.
 */
export function heldOnlyAnnually(series: Pick<PlotSeries, 'points' | 'annualYears'>[]): boolean {
  return series.length > 0 && series.every((s) => s.points.length === 0) && series.some((s) => s.annualYears?.length);
}
