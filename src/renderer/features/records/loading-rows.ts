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
 * paint a frame of empty rows). Each row gets its real id (`idOf`) with its data, so the row AG Grid
 * draws is named as it will stay; AG Grid's own load then sets the same data again (sameDataOnce).
 */
export function fillLoadingRows<T>(
  api: GridApi<T>,
  first: number,
  last: number,
  blockSize: number,
  arrived: (startRow: number) => T[] | undefined,
  idOf: (row: T) => string,
): void {
  if (first < 0) return;
  let block = -1;
  let rows: T[] | undefined;
  for (let i = first; i <= last; i++) {
    const node = api.getDisplayedRowAtIndex(i) as (IRowNode<T> & { id: string | undefined }) | undefined;
    if (!node || node.data) continue;
    const startRow = Math.floor(i / blockSize) * blockSize;
    if (startRow !== block) [block, rows] = [startRow, arrived(startRow)];
    const data = rows?.[i - startRow];
    if (!data) continue;
    node.id = idOf(data);
    node.setData(data);
    sameDataOnce(node);
  }
}

/** What of AG Grid's RowNode sameDataOnce reaches: its own methods, and the events it tells its row. */
type LoadedNode = {
  data: unknown;
  setDataAndId(data: unknown, id: string | undefined): void;
  __localEventService?: { dispatchEvent(event: { type: string }): void } | null;
};

/**
 * When AG Grid's own load of the block reaches a row filled here, it sets the same record again, and
 * its "data changed" event makes the row draw every cell again (RowCtrl.onRowNodeDataChanged): about
 * 2 ms of every scroll step at 1M rows, in the task before the next frame (the renderer measurement's
 * CPU profile). For that one call, with that same record, the event is not told; everything else the
 * call does (the id, selection) is done as before. Should AG Grid's internals change, the event is told
 * as before: the rows are drawn again, never left stale.
 */
function sameDataOnce(node: object): void {
  const loaded = node as LoadedNode;
  const undo = override(loaded, 'setDataAndId', function (this: LoadedNode, data, id) {
    undo();
    const events = this.__localEventService;
    if (data !== this.data || !events) return this.setDataAndId(data, id);
    const tell = events.dispatchEvent.bind(events);
    const told = override(events, 'dispatchEvent', (event) => {
      if (event.type !== 'dataChanged') tell(event);
    });
    try {
      this.setDataAndId(data, id);
    } finally {
      told();
    }
  });
}

/** Sets an object's own `key` and returns how to put back what was there (its own, or its class's). */
function override<O extends object, K extends keyof O>(target: O, key: K, value: O[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  target[key] = value;
  return () => (own ? Object.defineProperty(target, key, own) : delete target[key]);
}
