import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type MutableRefObject,
  type RefObject,
  type SetStateAction,
} from 'react';
import { useLatest } from '../../lib/use-latest';
import type { GridApi, IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { BlockMerger } from './block-merger';
import { CursorBook } from './cursor-book';
import { gridQuery, toRecordsQuery } from './grid-query';
import { fillLoadingRows, keepLoadingRows } from './loading-rows';
import { rowsInView } from './rows-in-view';
import { scrollTopsAhead, type ScrollMark } from './scroll-ahead';

/** The grid's id for a record's row (AG Grid's getRowId): the record's own id. */
export const recordRowId = (record: TradeRecord) => String(record.id);

/** Rows per block the grid asks for. */
export const BLOCK_SIZE = 100;
/** A page slower than this gets a line saying the grid is still working. */
const SLOW_MS = 500;

export type RecordsQuery = ReturnType<typeof toRecordsQuery>;
/**
 * The grid's total for the query `key`: null while the core counts it (the rows show meanwhile), or
 * once counting it failed, with why (`countFailed`): a total no count gave is never shown.
 */
export type Loaded = { key: string; total: number | null; filtered: boolean; countFailed?: string };
type Asked = { query: RecordsQuery; deleted: boolean; excludeCodes: string[]; batchId: number | undefined };

type Held = {
  lastAsked: RefObject<{ key: string; query: Asked } | null>;
  /** The total counted after a page came without it, for the query `key`. */
  counted: RefObject<{ key: string; total: number } | null>;
  book: RefObject<{ key: string; cursors: CursorBook }>;
  slowPending: RefObject<number>;
  edited: RefObject<Map<number, string[]>>;
};
type Said = {
  setWaiting: (w: boolean) => void;
  setAnyEdited: (a: boolean) => void;
  setLoaded: Dispatch<SetStateAction<Loaded | null>>;
  /** The page came without its total: count it for the query `key`. */
  count: (key: string, asked: Asked, filtered: boolean) => void;
};

/** Fetches one block of rows by key; only the answer to the grid's latest query may set the totals. Runs when AG Grid asks, never in a render. */
function pageFetcher(
  { lastAsked, counted, book, slowPending, edited }: Held,
  { setWaiting, setAnyEdited, setLoaded, count }: Said,
): ConstructorParameters<typeof BlockMerger<TradeRecord, Asked>>[0] {
  return async ({ key, query: asked, startRow, limit }) => {
    const { query, deleted, excludeCodes: exclude, batchId } = asked;
    // A prefetch started by a scroll can still be on its way when the sort or filter changes: its
    // answer serves no block of the new query, and must not touch the new query's cursors or totals.
    const current = () => lastAsked.current?.key === key;
    if (current() && book.current.key !== key) book.current = { key, cursors: new CursorBook() };
    const cursors = current() ? book.current.cursors : new CursorBook();
    const { after, skip } = cursors.requestFor(startRow);
    // Most pages take milliseconds; the first sort or filter of a large table can take seconds (an index
    // is built, or every row counted), and the grid should say so rather than sit blank.
    let slow = false;
    const timer = setTimeout(() => {
      if (!current()) return;
      slow = true;
      slowPending.current++;
      setWaiting(true);
    }, SLOW_MS);
    // The rows first: a large match's total is counted after they are shown (countRecords).
    const page = await api
      .gridPage({ ...query, deleted, excludeCodes: exclude, batchId, after, skip, limit })
      .finally(() => {
        clearTimeout(timer);
        if (slow && --slowPending.current === 0) setWaiting(false);
      });
    cursors.record(startRow, page.rows.length, page.next);
    for (const r of page.rows) edited.current.delete(r.id);
    for (const [id, fields] of Object.entries(page.edited ?? {})) edited.current.set(Number(id), fields);
    // Shown while a row loaded holds an edited cell, and gone once none does (the only edit undone).
    setAnyEdited(edited.current.size > 0);
    const total = page.total ?? (counted.current?.key === key ? counted.current.total : null);
    if (current()) showTotal({ setLoaded, count }, key, asked, total);
    return { rows: page.rows, total };
  };
}

/**
 * The total the grid shows is that of the query whose rows it shows, `key`: set (or counted, where the page
 * came without it) by every answer to the grid's current query, whether fetched now or taken from a page
 * fetched a moment ago (BlockMerger keeps one for a scroll jump; a filter changed and changed back takes it).
 */
function showTotal(
  { setLoaded, count }: Pick<Said, 'setLoaded' | 'count'>,
  key: string,
  asked: Asked,
  total: number | null,
) {
  const filtered =
    Object.keys(asked.query.filters).length > 0 || asked.excludeCodes.length > 0 || asked.batchId !== undefined;
  // Same figures, same object: a page load while scrolling should not re-render the grid's parent.
  setLoaded((l) => (l && l.key === key && (l.total === total || total === null) ? l : { key, total, filtered }));
  if (total === null) count(key, asked, filtered);
}

/**
 * Counts a query's total after its rows are shown, once per query however many pages came without it;
 * only while the query is still the grid's does the answer show (and size the grid's scrollbar, which
 * AG Grid had grown a block at a time till then).
 */
function totalCounter(
  {
    lastAsked,
    counted,
    counting,
  }: Pick<Held, 'lastAsked' | 'counted'> & { counting: RefObject<{ key: string } | null> },
  {
    setLoaded,
    gridApi,
  }: Pick<Said, 'setLoaded'> & {
    gridApi: () => GridApi<TradeRecord> | null | undefined;
  },
): Said['count'] {
  return (key, { query, ...asked }, filtered) => {
    if (counting.current?.key === key) return;
    // Its own token: a count asked before the data changed (forget) must not show after it.
    const mine = { key };
    counting.current = mine;
    // Counting again after a failure: "counting…" while it runs, not the last failure.
    setLoaded((l) => (l?.key === key && l.countFailed ? { key, total: null, filtered } : l));
    const done = () => {
      const still = counting.current === mine;
      if (still) counting.current = null;
      return still && lastAsked.current?.key === key;
    };
    api.countRecords({ filters: query.filters, ...asked }).then(
      ({ total }) => {
        if (!done()) return;
        counted.current = { key, total };
        setLoaded({ key, total, filtered });
        gridApi()?.setRowCount(total, true);
      },
      // Said where the total would be, with a way to count again (RecordsMeta); the rows stay as they are.
      (err: unknown) => {
        if (done()) setLoaded({ key, total: null, filtered, countFailed: messageOf(err) });
      },
    );
  };
}

/**
 * The records grid's rows: AG Grid's infinite datasource, paged from the core by key (CursorBook),
 * with each block fetched together with the next (BlockMerger), and scroll hooks that start a jump's
 * fetch before AG Grid asks. Also the total the grid shows, and whether a slow page is still out.
 */
export function useRecordsSource(
  gridApi: () => GridApi<TradeRecord> | null | undefined,
  showDeleted: MutableRefObject<boolean>,
  excludeCodes: MutableRefObject<string[]>,
  batch: MutableRefObject<number | undefined>,
  onLoadError: (err: unknown) => void,
) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [waiting, setWaiting] = useState(false);
  // One book per sort+filter: cursors from one ordering mean nothing in another.
  const book = useRef<{ key: string; cursors: CursorBook }>({ key: '', cursors: new CursorBook() });
  const lastQuery = useRef<RecordsQuery>({ sort: { column: 'id', dir: 'asc' }, filters: {} });
  // The query of the grid's latest block request: a prefetch on a scroll jump asks for the same rows,
  // and only answers to it may set the totals.
  const lastAsked = useRef<{ key: string; query: Asked } | null>(null);
  const counted = useRef<{ key: string; total: number } | null>(null);
  // The query whose total is being counted: one count per query, however many pages come without it.
  const counting = useRef<{ key: string } | null>(null);
  const onError = useLatest(onLoadError);
  // Slow pages still out: the "still loading" line stays until the last of them answers.
  const slowPending = useRef(0);
  // Record id → fields edited by hand since import, as the pages loaded say; the cells are marked from it.
  const edited = useRef(new Map<number, string[]>());
  // Whether any row loaded since the data last changed holds an edited cell: the legend shows only then.
  const [anyEdited, setAnyEdited] = useState(false);

  // The counter, like the fetcher, reads these refs only when called (after a page, or a click), never in a render.
  // eslint-disable-next-line react-hooks/refs
  const [count] = useState(() => totalCounter({ lastAsked, counted, counting }, { setLoaded, gridApi }));

  // The fetcher reads these refs only when AG Grid asks for a block, never during a render; the compiler
  // cannot see that through the BlockMerger constructor.
  const [merger] = useState(
    // eslint-disable-next-line react-hooks/refs
    () =>
      new BlockMerger<TradeRecord, Asked>(
        pageFetcher(
          { lastAsked, counted, book, slowPending, edited },
          {
            setWaiting,
            setAnyEdited,
            setLoaded,
            count,
          },
        ),
      ),
  );

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params: IGetRowsParams) {
        const query = toRecordsQuery(params.sortModel, params.filterModel as Parameters<typeof toRecordsQuery>[1]);
        lastQuery.current = query;
        const deleted = showDeleted.current;
        const exclude = excludeCodes.current;
        const batchId = batch.current;
        const asked = {
          key: JSON.stringify({ ...query, deleted, excludeCodes: exclude, batchId }),
          query: { query, deleted, excludeCodes: exclude, batchId },
        };
        lastAsked.current = asked;
        merger.request({
          ...asked,
          startRow: params.startRow,
          endRow: params.endRow,
          succeed: (rows, total) => {
            // A page kept from a moment ago answers without the fetcher: the total must follow it too.
            if (lastAsked.current?.key === asked.key)
              showTotal({ setLoaded, count }, asked.key, asked.query, total ?? null);
            params.successCallback(rows, total);
          },
          fail: (err) => {
            onError.current(err);
            params.failCallback();
          },
        });
      },
    }),
    [merger, showDeleted, excludeCodes, batch, onError, count],
  );

  const prefetchBlock = useCallback(
    (asked: { key: string; query: Asked }, block: number) =>
      merger.prefetch({ ...asked, startRow: block * BLOCK_SIZE, endRow: (block + 1) * BLOCK_SIZE }),
    [merger],
  );

  /**
   * Gives rows first..last, drawn or about to be, the data of their page where it has arrived; only while
   * the grid still asks for what the pages were fetched for (a sort just clicked has not asked yet).
   */
  const fillArrived = useCallback(
    (gridApi: GridApi<TradeRecord>, first: number, last: number, asked: { key: string; query: Asked }) => {
      keepLoadingRows(gridApi, first, last);
      let same: boolean | undefined;
      fillLoadingRows(
        gridApi,
        first,
        last,
        BLOCK_SIZE,
        (startRow) => {
          same ??= JSON.stringify(gridQuery(gridApi)) === JSON.stringify(asked.query.query);
          return same ? merger.arrived({ key: asked.key, startRow, endRow: startRow + BLOCK_SIZE }) : undefined;
        },
        recordRowId,
      );
    },
    [merger],
  );

  // A jump shows rows whose block is not loaded yet: after AG Grid has drawn them empty, let it fill them
  // in place (loading-rows.ts), with their page at once where it has come, and make sure what it really
  // shows is being fetched.
  const onViewportScroll = useCallback(
    (gridApi: GridApi<TradeRecord>) => {
      const asked = lastAsked.current;
      if (!asked) return;
      const first = gridApi.getFirstDisplayedRowIndex();
      const last = gridApi.getLastDisplayedRowIndex();
      fillArrived(gridApi, first, last, asked);
      for (const row of [first, last]) {
        const node = row >= 0 ? gridApi.getDisplayedRowAtIndex(row) : undefined;
        if (node && !node.data) prefetchBlock(asked, Math.floor(row / BLOCK_SIZE));
      }
    },
    [prefetchBlock, fillArrived],
  );

  // Earlier still: before AG Grid draws the empty rows (about 10 ms at 5M rows), from the scroll position
  // alone, so the request is on its way while AG Grid draws. A block asked twice is fetched once (BlockMerger).
  // The theme's row height is read once: reading it measures the header, which would cost a layout per scroll.
  const rowHeight = useRef(0);
  // Where the viewport last was: the top, until it first scrolls.
  const lastScroll = useRef<ScrollMark | null>({ top: 0 });
  const onViewportScrollStart = useCallback(
    (gridApi: GridApi<TradeRecord>, viewport: HTMLElement) => {
      const asked = lastAsked.current;
      if (!asked) return;
      rowHeight.current ||= gridApi.getSizesForCurrentTheme().rowHeight;
      const count = gridApi.getInfiniteRowCount() ?? 0;
      const rows = rowsInView(viewport, rowHeight.current, count);
      if (!rows) return;
      const blocks = gridApi.getCacheBlockState() as Record<string, { pageStatus?: string }>;
      const unloaded = (row: number) => blocks[Math.floor(row / BLOCK_SIZE)]?.pageStatus !== 'loaded';
      const needed = [rows.first, rows.last].filter(unloaded);
      const arrived = (row: number) => {
        const startRow = Math.floor(row / BLOCK_SIZE) * BLOCK_SIZE;
        return merger.arrived({ key: asked.key, startRow, endRow: startRow + BLOCK_SIZE }) !== undefined;
      };
      // The rows in view are asked for first, ahead of the pages asked for below: the core answers in turn.
      const coming = needed.every(arrived)
        ? null
        : needed.map((row) => prefetchBlock(asked, Math.floor(row / BLOCK_SIZE)));

      // The pages three steps further on are fetched now, so they have come, and been read, when the scroll
      // gets there.
      const mark = { top: viewport.scrollTop };
      const ahead = scrollTopsAhead(lastScroll.current, mark, viewport.scrollHeight - viewport.clientHeight);
      lastScroll.current = mark;
      const { clientHeight, scrollHeight } = viewport;
      for (const scrollTop of ahead) {
        const next = rowsInView({ scrollTop, clientHeight, scrollHeight }, rowHeight.current, count);
        for (const row of next ? [next.first, next.last] : [])
          if (unloaded(row)) prefetchBlock(asked, Math.floor(row / BLOCK_SIZE)).catch(() => undefined);
      }

      if (needed.length === 0) return;
      // Its page has come (fetched ahead): its rows get their data before AG Grid draws this scroll.
      if (!coming) return fillArrived(gridApi, rows.first, rows.last, asked);
      // AG Grid draws the scroll once these rows are here (VanillaGrid holds it back meanwhile). Their
      // nodes get the data first, so AG Grid draws each row once, with it, rather than empty and then again.
      return Promise.all(coming).then(() => fillArrived(gridApi, rows.first, rows.last, asked));
    },
    [prefetchBlock, fillArrived, merger],
  );

  /** After the data changed: no cursor or fetched page from before may answer a block. */
  const forget = useCallback(() => {
    book.current = { key: '', cursors: new CursorBook() };
    // The pages fetched again say which cells are still edited; a row no page brings back is not kept marked.
    edited.current.clear();
    counted.current = null;
    counting.current = null;
    merger.forget();
  }, [merger]);

  /** Counts the grid's total again after counting it failed, while the grid still shows that query. */
  const recount = useCallback(() => {
    const asked = lastAsked.current;
    if (asked && loaded?.key === asked.key && loaded.countFailed) count(asked.key, asked.query, loaded.filtered);
  }, [count, loaded]);

  const markEdited = useCallback(() => setAnyEdited(true), []);
  return {
    datasource,
    onViewportScroll,
    onViewportScrollStart,
    forget,
    lastQuery,
    loaded,
    waiting,
    edited,
    anyEdited,
    markEdited,
    recount,
  };
}
