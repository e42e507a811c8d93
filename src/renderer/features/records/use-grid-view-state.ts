import { useCallback, useState } from 'react';
import type { ColumnResizedEvent, FirstDataRenderedEvent, GridApi, GridState } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';
import { is, useViewState } from '../../state/view-state';
import { AREA_FIELDS } from './columns';
import type { OpenedRows } from './use-opened-rows';

/** The grid as the person left it: sort, filters, column order, and widths they dragged themselves. */
export type GridViewState = {
  sort?: GridState['sort'];
  filter?: GridState['filter'];
  columnOrder?: GridState['columnOrder'];
  /** Only widths set by hand; otherwise columns are sized to their content each time. */
  columnSizing?: GridState['columnSizing'];
  showDeleted?: boolean;
  opened?: OpenedRows | null;
};

/** Columns sized to what they hold (and their header); Description takes the width that is left, area columns keep theirs. */
function autoSize(api: GridApi<TradeRecord>): void {
  const ids = (api.getColumns() ?? [])
    .map((c) => c.getColId())
    .filter((id) => id !== 'description' && id !== 'select' && !AREA_FIELDS.has(id));
  api.autoSizeColumns(ids, false);
}

/**
 * Keeps the records grid's view in the per-database view state (state/view-state.ts): the grid starts from
 * it (AG Grid's initialState, before the first page is asked for) and writes it back on every change.
 */
export function useGridViewState() {
  const [stored, setStored] = useViewState<GridViewState>('grid.view', {}, is.object<GridViewState>);
  // Read once: the grid is created once, with the state it had when the tab was last shown.
  const [initialState] = useState<GridState>(() => ({
    sort: stored.sort,
    filter: stored.filter,
    columnOrder: stored.columnOrder,
    columnSizing: stored.columnSizing,
    partialColumnState: true,
  }));
  const [initial] = useState(() => ({ showDeleted: stored.showDeleted === true, opened: stored.opened ?? null }));

  const update = useCallback((patch: Partial<GridViewState>) => setStored((s) => ({ ...s, ...patch })), [setStored]);

  /** Sort, filters or column order changed (by hand, by a saved view, or by a clicked figure). */
  const onViewChanged = useCallback(
    (e: { api: GridApi<TradeRecord> }) => {
      const state = e.api.getState();
      update({ sort: state.sort, filter: state.filter, columnOrder: state.columnOrder });
    },
    [update],
  );

  const onColumnResized = useCallback(
    (e: ColumnResizedEvent<TradeRecord>) => {
      if (e.finished && e.source === 'uiColumnResized') update({ columnSizing: e.api.getState().columnSizing });
    },
    [update],
  );

  const onFirstDataRendered = useCallback(
    (e: FirstDataRenderedEvent<TradeRecord>) => {
      if (!initialState.columnSizing) autoSize(e.api);
    },
    [initialState],
  );

  return { initialState, initial, update, onViewChanged, onColumnResized, onFirstDataRendered };
}
