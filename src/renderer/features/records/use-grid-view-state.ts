import { type RefObject, useCallback, useRef, useState } from 'react';
import type { ColumnResizedEvent, FirstDataRenderedEvent, GridApi, GridState } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';
import { is, useViewState } from '../../state/view-state';
import { columns, DESCRIPTION_MIN } from './columns';
import { SPLIT_ORDER } from './split-labels';
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

const AREAS = ['reporter', 'partner'] as const;
/** Never narrower than this: "United States (USA)" and most names fit. */
const AREA_MIN_CAP = 240;

/**
 * The records grid's centre viewport, where the grid draws it: AG Grid's own pixel range is read before its
 * vertical scrollbar takes room, so the width is read from the page where it can be.
 */
const centres = new WeakMap<GridApi<TradeRecord>, HTMLElement>();

/** The grid's width for columns: what its body shows, and the columns pinned to its edges. */
function gridWidth(api: GridApi<TradeRecord>): number {
  const { left, right } = api.getHorizontalPixelRange();
  const centre = centres.get(api);
  const body = centre?.isConnected ? centre.clientWidth : right - left;
  const pinned = [...api.getDisplayedLeftColumns(), ...api.getDisplayedRightColumns()];
  return body + pinned.reduce((sum, c) => sum + c.getActualWidth(), 0);
}

/**
 * Reporter and partner are sized to their names as far as the grid has room once every other column
 * (Description at its least) is in view: "South Georgia and South Sandwich Islands (SGS)" is read whole at
 * 2560 px, and a long name never pushes Value off the right edge. A fixed 240 px cap cut the name at any
 * width; a cap of a third of the grid each cut "2,220,000,000" at 1600 px instead. Never under 240 px.
 */
function capAreas(api: GridApi<TradeRecord>): void {
  const width = (id: string) => api.getColumn(id)?.getActualWidth() ?? 0;
  const others = (api.getAllDisplayedColumns() ?? [])
    .map((c) => c.getColId())
    .filter((id) => !(AREAS as readonly string[]).includes(id) && id !== 'description')
    .reduce((sum, id) => sum + width(id), DESCRIPTION_MIN);
  const room = gridWidth(api) - others;
  const [reporter, partner] = AREAS.map(width) as [number, number];
  if (reporter + partner <= room) return;
  // A short name keeps its width and leaves the rest of the room to the long one.
  const half = room / 2;
  const caps =
    reporter <= half ? [reporter, room - reporter] : partner <= half ? [room - partner, partner] : [half, half];
  const over = AREAS.flatMap((id, i) => {
    const cap = Math.max(AREA_MIN_CAP, Math.floor(caps[i]!));
    return width(id) > cap ? [{ key: id, newWidth: cap }] : [];
  });
  if (over.length) api.setColumnWidths(over);
}

/** The figure and its currency: what a researcher came for, kept in view on a narrow window. */
const FIGURE = ['value', 'currency'];

/**
 * Value and its currency are pinned to the grid's right edge when, in their place after Description, they
 * would start or end past it: at 1280 px with two long names, and at 900 px with any, "2,220,000,000" was
 * only reached by scrolling sideways. Where they fit (1440 px and wider) the columns keep their order.
 */
function keepFigureInView(api: GridApi<TradeRecord>): void {
  const shown = gridWidth(api);
  // Where each column would sit unpinned: Description, flexed, gives way down to its least width.
  let end = 0;
  let needed = 0;
  for (const c of api.getAllGridColumns()) {
    if (!c.isVisible()) continue;
    end += c.getFlex() ? c.getMinWidth() : c.getActualWidth();
    if (FIGURE.includes(c.getColId())) needed = end;
  }
  const pin = needed > shown;
  if (pin !== api.getDisplayedRightColumns().some((c) => FIGURE.includes(c.getColId())))
    api.setColumnsPinned(FIGURE, pin ? 'right' : null);
}

/** The columns in the order the grid starts in. */
const WIDE_ORDER: string[] = columns.map((c) => c.field ?? '');
/**
 * What most files hold one value of (China as reporter, HS): on a grid too narrow for every column these go
 * after Description, so the goods a row counts are read beside its period, partner and flow.
 */
const CONTEXT = ['reporter', 'classification'];
const NARROW_ORDER = (() => {
  const rest = WIDE_ORDER.filter((id) => !CONTEXT.includes(id));
  const at = rest.indexOf('description') + 1;
  return [...rest.slice(0, at), ...CONTEXT, ...rest.slice(at)];
})();
/** Set while the grid's own arrangement moves columns: that is no order a person chose, and is not kept. */
let arranging = false;

/**
 * What says which row this is: kept at the grid's left edge, whole, where the goods are reached only by
 * scrolling sideways. Squeezed instead (down to 72 px), Partner read "South…" three times and "Hong …" at 800 px.
 */
const ROW_NAMES = ['select', 'period', 'partner'];
/** A split column is never squeezed below this: its code and the start of its name ("10 · Ordin…"). */
const SPLIT_SQUEEZE_MIN = 88;

/**
 * At 1024 px in English, Code and Description sat past the pinned Value, reached only by scrolling sideways:
 * where Period to Description (Description at its least) and the figure do not fit, Reporter and Class. move
 * after Description; where they fit again, they go back. An order a person chose by dragging is left alone.
 * Where even that order does not fit (800 px, a wider font, a scrollbar that takes room), the split columns
 * give up room (unless the widths are a person's, `squeeze` false), then Period and Partner are pinned whole
 * at the left while the goods are scrolled to.
 */
function keepGoodsInView(api: GridApi<TradeRecord>, squeeze: boolean): void {
  const shown = api.getAllGridColumns().filter((c) => c.isVisible());
  const order = shown.map((c) => c.getColId()).filter((id) => WIDE_ORDER.includes(id));
  const same = (a: string[]) => a.length === order.length && a.every((id, i) => order[i] === id);
  const wide = WIDE_ORDER.filter((id) => order.includes(id));
  const narrow = NARROW_ORDER.filter((id) => order.includes(id));
  const isNarrow = !same(wide) && same(narrow);
  if (!same(wide) && !isNarrow) return;
  const width = (id: string) => shown.find((c) => c.getColId() === id)?.getActualWidth() ?? 0;
  const leading = shown.filter((c) => !WIDE_ORDER.includes(c.getColId())).reduce((s, c) => s + c.getActualWidth(), 0);
  const upTo = (ids: string[]) => ids.slice(0, ids.indexOf('description')).reduce((s, id) => s + width(id), leading);
  const room = gridWidth(api) - DESCRIPTION_MIN - FIGURE.reduce((s, id) => s + width(id), 0);
  const narrowNeeded = upTo(wide) > room;
  if (narrowNeeded !== isNarrow) {
    arranging = true;
    try {
      const index = (id: string) => api.getAllGridColumns().findIndex((c) => c.getColId() === id);
      if (narrowNeeded) api.moveColumns(CONTEXT, index('description') - CONTEXT.length + 1);
      else {
        api.moveColumns(['reporter'], index('period') + 1);
        api.moveColumns(['classification'], index('flow') + 1);
      }
    } finally {
      arranging = false;
    }
  }
  let short = narrowNeeded ? upTo(narrow) - room : 0;
  if (!squeeze || short <= 0) return keepRowNamed(api, short > 0);
  // The split columns give up room first: at 1280 px, "10 · Ordinary Trade" and "21 · Liaoning" in full
  // cut the partner they split to "South Korea …". Their cells start with the code, and the title holds the name.
  const splits: { key: string; newWidth: number }[] = [];
  // What splits a row (regime, province, transport, second partner) is given up before Partner is.
  for (const id of SPLIT_ORDER) {
    const cut = Math.min(short, width(id) - SPLIT_SQUEEZE_MIN);
    if (cut <= 0) continue;
    splits.push({ key: id, newWidth: Math.floor(width(id) - cut) });
    short -= cut;
  }
  if (splits.length) api.setColumnWidths(splits);
  keepRowNamed(api, short > 0);
}

/** Pins the row's selection box, period and partner to the grid's left edge, or lets them go. */
function keepRowNamed(api: GridApi<TradeRecord>, pin: boolean): void {
  const pinned = api.getDisplayedLeftColumns().some((c) => c.getColId() === 'partner');
  if (pin === pinned) return;
  arranging = true;
  try {
    api.setColumnsPinned(ROW_NAMES, pin ? 'left' : null);
  } finally {
    arranging = false;
  }
}

/** Columns sized to what they hold (and their header), reporter and partner capped; Description takes the rest. */
function autoSize(api: GridApi<TradeRecord>): void {
  const ids = (api.getColumns() ?? []).map((c) => c.getColId()).filter((id) => id !== 'description' && id !== 'select');
  api.autoSizeColumns(ids, false);
  capAreas(api);
  keepGoodsInView(api, true);
  keepFigureInView(api);
}

/**
 * Columns whose later rows may hold longer text than the first ones: "United States (USA)", 2,220,000,000,
 * an 8-digit code below chapter totals ("12019…" once a sort by Value brought it up), Re-exports, Kilogram.
 */
const GROWING = ['reporter', 'partner', 'code', 'flow', 'value', 'quantity', 'unit'];
const WIDEN_DELAY_MS = 150;

/**
 * Rows drawn after the first (a scroll, a sort) are measured too: these columns widen to them, never
 * narrow, so a column does not jump about while a person scrolls.
 */
function widen(api: GridApi<TradeRecord>): void {
  const before = new Map(GROWING.map((id) => [id, api.getColumn(id)?.getActualWidth() ?? 0]));
  api.autoSizeColumns(GROWING, false);
  capAreas(api);
  keepGoodsInView(api, true);
  const narrowed = GROWING.flatMap((id) => {
    const was = before.get(id) ?? 0;
    return (api.getColumn(id)?.getActualWidth() ?? 0) < was ? [{ key: id, newWidth: was }] : [];
  });
  if (narrowed.length) api.setColumnWidths(narrowed);
  keepFigureInView(api);
}

/**
 * Keeps the records grid's view in the per-database view state (state/view-state.ts): the grid starts from
 * it (AG Grid's initialState, before the first page is asked for) and writes it back on every change.
 */
export function useGridViewState(box: RefObject<HTMLElement | null>) {
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
      if (arranging) return;
      const state = e.api.getState();
      update({ sort: state.sort, filter: state.filter, columnOrder: state.columnOrder });
    },
    [update],
  );

  // Widths a person dragged win over sizing to content, from before this grid was made or since.
  const handSized = useRef(Boolean(initialState.columnSizing));
  const onColumnResized = useCallback(
    (e: ColumnResizedEvent<TradeRecord>) => {
      if (e.finished && e.source === 'uiColumnResized') {
        handSized.current = true;
        update({ columnSizing: e.api.getState().columnSizing });
      }
    },
    [update],
  );

  const onFirstDataRendered = useCallback(
    (e: FirstDataRenderedEvent<TradeRecord>) => {
      // The vertical scrollbar comes once the row count is known, after the first rows, and takes its width from
      // the centre: a grid that fitted Description to the pixel lost it past the pinned figure.
      const centre = box.current?.querySelector<HTMLElement>('.ag-center-cols-viewport');
      if (centre) {
        centres.set(e.api, centre);
        const observer = new ResizeObserver(() => {
          if (e.api.isDestroyed()) return observer.disconnect();
          keepGoodsInView(e.api, !handSized.current);
          keepFigureInView(e.api);
        });
        observer.observe(centre);
        e.api.addEventListener('gridPreDestroyed', () => observer.disconnect());
      }
      if (!handSized.current) autoSize(e.api);
      else {
        keepGoodsInView(e.api, false);
        keepFigureInView(e.api);
      }
      // A window made narrower or wider: Value is pinned or let go at once, and once the resizing stops the names
      // take the room there now is (a window widened from 900 px to 2560 px reads them whole).
      let resizing: ReturnType<typeof setTimeout> | undefined;
      e.api.addEventListener('gridSizeChanged', () => {
        // A grid being taken down (a tab switch, a new database) reports its size going to nothing.
        if (e.api.isDestroyed()) return;
        keepGoodsInView(e.api, !handSized.current);
        keepFigureInView(e.api);
        clearTimeout(resizing);
        resizing = setTimeout(() => !handSized.current && !e.api.isDestroyed() && autoSize(e.api), WIDEN_DELAY_MS);
      });
      // A column dragged wider can push Value out too (and a width dragged by hand is never squeezed back).
      e.api.addEventListener('columnResized', (r) => {
        if (!r.finished || e.api.isDestroyed()) return;
        keepGoodsInView(e.api, !handSized.current && r.source !== 'uiColumnResized');
        keepFigureInView(e.api);
      });
      // Once the scrolling stops, the rows it brought into view are measured too (AG Grid draws only those).
      let timer: ReturnType<typeof setTimeout> | undefined;
      e.api.addEventListener('viewportChanged', () => {
        clearTimeout(timer);
        timer = setTimeout(() => !handSized.current && !e.api.isDestroyed() && widen(e.api), WIDEN_DELAY_MS);
      });
    },
    [box],
  );

  /**
   * The rows were replaced (an import, a revert): size the columns again once the new rows are drawn. A grid
   * first drawn on an empty database otherwise kept its start widths, and cut "4,074,670,531" to "4,074,670,5…".
   */
  const resized = useRef(false);
  const sizeAgain = useCallback(() => {
    resized.current = true;
  }, []);
  const onRowsLoaded = useCallback((api: GridApi<TradeRecord> | undefined) => {
    if (!api || !resized.current || handSized.current) return;
    resized.current = false;
    // After AG Grid has drawn the page it was just given: autoSizeColumns measures the cells in view. This is
    // often the last sizing after an import (the rows' own widen() comes before it), and a column measured with
    // no rows drawn takes its header's width: so the growing columns are measured once more after WIDEN_DELAY_MS.
    // (The project's CI once read every figure of an import into a grid first drawn empty cut, "16,536,067,328".)
    requestAnimationFrame(() => {
      if (api.isDestroyed()) return;
      autoSize(api);
      setTimeout(() => !handSized.current && !api.isDestroyed() && widen(api), WIDEN_DELAY_MS);
    });
  }, []);

  /** Columns came or went (a split column, once the core says the database holds it): size them to their cells. */
  const sizeColumns = useCallback((api: GridApi<TradeRecord> | undefined) => {
    if (!api || handSized.current) return;
    requestAnimationFrame(() => !api.isDestroyed() && autoSize(api));
  }, []);

  return {
    initialState,
    initial,
    update,
    sizeColumns,
    onViewChanged,
    onColumnResized,
    onFirstDataRendered,
    sizeAgain,
    onRowsLoaded,
  };
}
