import { useCallback, useRef, useState, type RefObject } from 'react';
import type { GridHandle } from './VanillaGrid';
import type { FilterChangedEvent, FilterModel } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';
import { useOpenRows, type BatchRef, type OpenRowsRequest, type RowFilters } from '../brief/open-rows';

/**
 * What the grid is narrowed to by a clicked figure: its label (until the filters are changed by hand),
 * its exclusions, and the import batch whose rows it shows, if one was clicked.
 */
export type OpenedRows = { label: string | null; excludeCodes: string[]; batch: BatchRef | null };

/** The figure's filters as AG Grid's text-filter model, so the column headers show them too. */
export function toFilterModel(filters: RowFilters): FilterModel {
  const model: FilterModel = {};
  for (const [col, f] of Object.entries(filters)) if (f) model[col] = { filterType: 'text', type: f.op, filter: f.value };
  return model;
}

/**
 * Applies every open-rows request (a number clicked in the brief or the dashboard) as the grid's filters.
 * Exclusions cannot be a column filter (one condition per column), so they ride along in `excludeRef`,
 * which the datasource sends as `excludeCodes`. A request that arrives before the grid is ready waits for it.
 */
export function useOpenedRows(grid: RefObject<GridHandle<TradeRecord> | null>, excludeRef: RefObject<string[]>, batchRef: RefObject<number | undefined>, reload: () => void) {
  const waiting = useRef<OpenRowsRequest | null>(null);
  const [opened, setOpened] = useState<OpenedRows | null>(null);

  const apply = useCallback(
    (req: OpenRowsRequest) => {
      const api = grid.current?.api;
      if (!api) {
        waiting.current = req;
        return;
      }
      waiting.current = null;
      excludeRef.current = req.excludeCodes ?? [];
      batchRef.current = req.batch?.id;
      setOpened({ label: req.label, excludeCodes: excludeRef.current, batch: req.batch ?? null });
      api.setFilterModel(toFilterModel(req.filters));
      // The same filters with other exclusions would not refetch on their own.
      reload();
    },
    [grid, excludeRef, batchRef, reload],
  );
  useOpenRows(apply);

  const onGridReady = useCallback(() => {
    if (waiting.current) apply(waiting.current);
  }, [apply]);

  /** Filters changed by hand: the rows are no longer "the rows for" the figure, but its exclusions still apply. */
  const onFilterChanged = useCallback((e: FilterChangedEvent<TradeRecord>) => {
    if (e.source === 'api') return;
    setOpened((o) => (o && (o.excludeCodes.length || o.batch) ? { ...o, label: o.batch ? o.label : null } : null));
  }, []);

  const clear = useCallback(() => {
    excludeRef.current = [];
    batchRef.current = undefined;
    setOpened(null);
    grid.current?.api?.setFilterModel(null);
    reload();
  }, [grid, excludeRef, batchRef, reload]);

  return { opened, onGridReady, onFilterChanged, clear };
}
