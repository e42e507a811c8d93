import type { FigureQuery } from '../../shared/analysis-types';

type Filters = FigureQuery['records'];

/**
 * How a figure is reopened: the series query that produced it, and grid filters listing its rows.
 * Grid filters hold one condition per column, so exclusions stay in the series query only.
 */
export function figureQuery(
  series: Record<string, unknown>,
  period: string,
  rows: {
    reporter?: string;
    partner?: string;
    flows: string[];
    code?: string;
    regime?: string;
    province?: string;
    /** The figure's AnalysisPoint.madeOf: a year summed from its months is those months' rows. */
    madeOf?: 'months' | 'both' | undefined;
  },
): FigureQuery {
  const records: Filters = {
    period: rows.madeOf === 'months' ? { op: 'startsWith', value: `${period}-` } : { op: 'equals', value: period },
  };
  if (rows.reporter) records.reporter = { op: 'equals', value: rows.reporter };
  if (rows.partner) records.partner = { op: 'equals', value: rows.partner };
  if (rows.flows.length === 1) records.flow = { op: 'equals', value: rows.flows[0]! };
  if (rows.code) records.code = { op: 'startsWith', value: rows.code };
  if (rows.regime !== undefined) records.regime = { op: 'equals', value: rows.regime };
  if (rows.province !== undefined) records.province = { op: 'equals', value: rows.province };
  return { series: stripUndefined(series), period, records };
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}
