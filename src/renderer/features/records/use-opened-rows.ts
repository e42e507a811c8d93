import { useCallback, useRef, useState, type RefObject } from 'react';
import { useLatest } from '../../lib/use-latest';
import type { GridHandle } from './VanillaGrid';
import type { FilterChangedEvent, FilterModel } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';
import { useOpenRows, type BatchRef, type OpenRowsRequest, type RowFilters } from '../../lib/open-rows';

/**
 * What the grid is narrowed to by a clicked figure: its label (until the filters are changed by hand), its
 * exclusions, the view it was clicked in, and the import batch whose rows it shows, if one was clicked.
 */
export type OpenedRows = {
  label: string | null;
  excludeCodes: string[];
  from?: OpenRowsRequest['from'];
  filters?: string;
  batch: BatchRef | null;
};

/** A filter model as text that does not depend on key order, to tell whether the filters are still the figure's. */
function modelKey(model: FilterModel | null): string {
  const m = model ?? {};
  return JSON.stringify(
    Object.keys(m)
      .sort()
      .map((k) => [k, (m[k] as { type?: unknown }).type, (m[k] as { filter?: unknown }).filter]),
  );
}

/** The figure's filters as AG Grid's text-filter model, so the column headers show them too. */
export function toFilterModel(filters: RowFilters): FilterModel {
  const model: FilterModel = {};
  for (const [col, f] of Object.entries(filters))
    if (f) model[col] = { filterType: 'text', type: f.op, filter: f.value };
  return model;
}

/**
 * Applies every open-rows request (a number clicked in the brief or the dashboard) as the grid's filters.
 * Exclusions cannot be a column filter (one condition per column), so they ride along in `excludeRef`,
 * which the datasource sends as `excludeCodes`. A request that arrives before the grid is ready waits for it.
 */
export function useOpenedRows(
  gridRef: RefObject<GridHandle<TradeRecord> | null>,
  excludeRef: RefObject<string[]>,
  batchRef: RefObject<number | undefined>,
  reload: () => void,
  // Kept with the grid's view state, so a tab switch does not lose why the grid shows only some rows.
  kept: { initial: OpenedRows | null; save: (opened: OpenedRows | null) => void },
) {
  const waiting = useRef<OpenRowsRequest | null>(null);
  const [opened, setOpenedState] = useState<OpenedRows | null>(kept.initial);
  const current = useRef(opened);
  const save = useLatest(kept.save);
  const setOpened = useCallback(
    (next: OpenedRows | null | ((o: OpenedRows | null) => OpenedRows | null)) => {
      const value = typeof next === 'function' ? next(current.current) : next;
      current.current = value;
      save.current(value);
      setOpenedState(value);
    },
    [save],
  );

  const apply = useCallback(
    (req: OpenRowsRequest) => {
      const api = gridRef.current?.api;
      if (!api) {
        waiting.current = req;
        return;
      }
      waiting.current = null;
      excludeRef.current = req.excludeCodes ?? [];
      batchRef.current = req.batch?.id;
      const model = toFilterModel(req.filters);
      setOpened({
        label: req.label,
        excludeCodes: excludeRef.current,
        from: req.from,
        filters: modelKey(model),
        batch: req.batch ?? null,
      });
      api.setFilterModel(model);
      // The same filters with other exclusions would not refetch on their own.
      reload();
    },
    [gridRef, excludeRef, batchRef, reload, setOpened],
  );
  useOpenRows(apply);

  const onGridReady = useCallback(() => {
    if (waiting.current) apply(waiting.current);
  }, [apply]);

  /** Filters changed by hand: the rows are no longer "the rows for" the figure, but its exclusions still apply. */
  const onFilterChanged = useCallback(
    (e: FilterChangedEvent<TradeRecord>) => {
      if (e.source === 'api') return;
      // The kept state put back when the grid is shown again is still the figure's filters; only other ones are by hand.
      const now = modelKey(e.api.getFilterModel());
      setOpened((o) =>
        !o || o.filters === now
          ? o
          : o.excludeCodes.length || o.batch
            ? { ...o, label: o.batch ? o.label : null, filters: now }
            : null,
      );
    },
    [setOpened],
  );

  const clear = useCallback(() => {
    excludeRef.current = [];
    batchRef.current = undefined;
    setOpened(null);
    gridRef.current?.api?.setFilterModel(null);
    reload();
  }, [gridRef, excludeRef, batchRef, reload, setOpened]);

  return { opened, onGridReady, onFilterChanged, clear };
}
