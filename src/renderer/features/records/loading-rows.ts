import type { GridApi, IRowNode } from 'ag-grid-community';

/**
 * Lets AG Grid fill the rows it drew while their page was loading, instead of building them twice.
 *
 * On a scroll jump the infinite row model draws a row for every index in view before its page has
 * arrived. When the page arrives, a drawn row node that has no id is thrown away and a new node, and
 * so a new row with new cells, is built in its place (InfiniteBlock.processServerResult); a node that
 * has an id keeps its row, and its cells are refreshed with the data. At 5M rows a jump spent about
 * 20 ms building the rows again (e2e/renderer-measure.spec.ts). A placeholder id is replaced by
 * getRowId's as soon as the data is set, so nothing else ever sees it.
 */
export function keepLoadingRows<T>(api: GridApi<T>, first: number, last: number): void {
  if (first < 0) return;
  for (let i = first; i <= last; i++) {
    const node = api.getDisplayedRowAtIndex(i) as (IRowNode<T> & { id: string | undefined }) | undefined;
    if (node && !node.data && !node.id) node.id = `loading-${i}`;
  }
}

/**
 * Gives rows first..last that have no data yet their data, where their page has already arrived
 * (`arrived`, by the row's block): before AG Grid draws a scroll (its rows are then drawn once, with
 * it), or just after (AG Grid asks for a block from a timer after drawing its rows empty, which would
 * paint a frame of empty rows). Each row keeps its placeholder id (keepLoadingRows) until AG Grid's own
 * load sets the same data and the real id.
 */
export function fillLoadingRows<T>(
  api: GridApi<T>,
  first: number,
  last: number,
  blockSize: number,
  arrived: (startRow: number) => T[] | undefined,
): void {
  if (first < 0) return;
  let block = -1;
  let rows: T[] | undefined;
  for (let i = first; i <= last; i++) {
    const node = api.getDisplayedRowAtIndex(i);
    if (!node || node.data) continue;
    const startRow = Math.floor(i / blockSize) * blockSize;
    if (startRow !== block) [block, rows] = [startRow, arrived(startRow)];
    const data = rows?.[i - startRow];
    if (data) node.setData(data);
  }
}
