import { useEffect, useEffectEvent } from 'react';
import type { FigureQuery } from '../../shared/analysis-types';
import type { RecordColumn } from '../../shared/domain';

/** Grid filters that list the rows behind a figure, as the core's `listRecords` takes them. */
export type RowFilters = Partial<Record<RecordColumn, { op: 'equals' | 'contains' | 'startsWith'; value: string }>>;
/** An import batch whose rows the grid is asked to show (the sidebar's batch, clicked). */
export type BatchRef = { id: number; fileName: string; rejected: number; status: string };
/**
 * `excludeCodes`: code prefixes left out, so a figure "excluding HS 2716" lists exactly its own rows.
 * `from`: the view the figure was clicked in, which the grid offers to go back to.
 * `batch`: only the rows of that import.
 */
export type OpenRowsRequest = {
  label: string;
  filters: RowFilters;
  excludeCodes?: string[];
  from?: 'brief' | 'dashboard';
  batch?: BatchRef;
};

/** The request for a figure the core computed: its grid filters plus the exclusions of its series. */
export function figureRows(label: string, query: FigureQuery, from?: OpenRowsRequest['from']): OpenRowsRequest {
  const excluded = query.series.excludeHs;
  const excludeCodes = Array.isArray(excluded) ? excluded.filter((c): c is string => typeof c === 'string') : [];
  return { label, filters: query.records, excludeCodes, from };
}

type Listener = (req: OpenRowsRequest) => void;
const listeners = new Set<Listener>();
let pending: OpenRowsRequest | null = null;

/**
 * Asks the app to show these rows in the Data grid. The brief and the dashboard call it when a number is
 * clicked; the shell switches to the Data tab and the grid applies the filters. A request made while nobody
 * listens waits for the first listener, so the grid can mount after the click.
 */
export function openRows(req: OpenRowsRequest): void {
  if (listeners.size === 0) pending = req;
  for (const l of listeners) l(req);
}

export function onOpenRows(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    const req = pending;
    pending = null;
    listener(req);
  }
  return () => listeners.delete(listener);
}

/** For the shell and the grid: run `handler` for every open-rows request while mounted. */
export function useOpenRows(handler: Listener): void {
  const onRequest = useEffectEvent(handler);
  useEffect(() => onOpenRows((req) => onRequest(req)), []);
}
