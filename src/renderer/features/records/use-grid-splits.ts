import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi, GridState } from 'ag-grid-community';
import type { Dimensions, TradeRecord } from '../../../shared/domain';
import type { GridHandle } from './VanillaGrid';
import { rememberSplits, SPLIT_ORDER, splitsOfView } from './split-labels';

type Splits = Dimensions['splits'];

/**
 * The split columns the records grid shows (regime, province, transport, second partner): none for a
 * database of plain files, whose grid looks as before. From the first page, those its saved view names
 * (so a sort or filter on one survives a restart); then those the core says the database holds
 * (`held`, with the `dimensions` answer), with their names.
 */
export function useGridSplits(
  initialState: GridState,
  grid: RefObject<GridHandle<TradeRecord> | null>,
  resetRows: () => void,
  sizeColumns: (api: GridApi<TradeRecord> | undefined) => void,
) {
  const [splits, setSplits] = useState<Splits>(() =>
    splitsOfView([
      ...(initialState.columnOrder?.orderedColIds ?? []),
      ...(initialState.sort?.sortModel.map((s) => s.colId) ?? []),
      ...Object.keys(initialState.filter?.filterModel ?? {}),
    ]),
  );

  // Split columns came (or their names did): sized to their cells; a filter on one is read through the names
  // too, so where they arrive after the first page, the rows are asked for again.
  const before = useRef(splits);
  useEffect(() => {
    if (before.current === splits) return;
    before.current = splits;
    sizeColumns(grid.current?.api ?? undefined);
    const model = grid.current?.api?.getFilterModel() ?? {};
    if (SPLIT_ORDER.some((c) => model[c])) resetRows();
  }, [splits, grid, resetRows, sizeColumns]);

  const held = useCallback((next: Splits) => {
    rememberSplits(next);
    // The same columns as before: a new object would rebuild every column (and redraw the rows) after each edit.
    setSplits((was) => (JSON.stringify(was) === JSON.stringify(next) ? was : next));
  }, []);

  return { splits, held };
}
