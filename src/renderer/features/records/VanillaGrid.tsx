import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useLatest } from '../../lib/use-latest';
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community';

/** What the records grid's hooks reach through a ref: the grid's API once it exists. */
export type GridHandle<T> = { readonly api: GridApi<T> | null };

type Props<T> = GridOptions<T> & {
  /**
   * Called from the vertical scroll event before AG Grid sees it (a capture listener on the grid's
   * element): the viewport's new position, before AG Grid spends its time drawing the rows in view.
   * A promise holds the scroll back from AG Grid until it settles (at most HOLD_MS): rows whose page
   * is on its way are then drawn once, with their data, instead of empty and then again filled.
   */
  onViewportScrollStart?: (api: GridApi<T>, viewport: HTMLElement) => Promise<unknown> | void;
  /**
   * Called from the vertical scroll event itself, after AG Grid's own handler has laid out the rows in
   * view and before the frame is painted: the moment to see exactly which rows it drew.
   */
  onViewportScroll?: (api: GridApi<T>) => void;
};

/**
 * The longest a scroll waits for its rows before AG Grid draws it anyway, empty: a page that takes
 * longer (a first sort of a large table) shows its loading rows as it always did.
 */
const HOLD_MS = 60;

/**
 * AG Grid's own DOM renderer inside a React component. AG Grid's React wrapper draws every row and
 * cell through React, which on a scroll jump costs a React render between the data arriving and the
 * rows showing; the plain grid writes the cells directly when the page arrives
 * (e2e/renderer-measure.spec.ts). Options are applied at creation; any that change later are passed
 * on with setGridOption.
 */
function VanillaGridInner<T>(
  { onViewportScroll, onViewportScrollStart, ...options }: Props<T>,
  ref: React.ForwardedRef<GridHandle<T>>,
) {
  const host = useRef<HTMLDivElement>(null);
  const api = useRef<GridApi<T> | null>(null);
  const applied = useRef<GridOptions<T>>(options);
  const onScroll = useLatest(onViewportScroll);
  const onScrollStart = useLatest(onViewportScrollStart);

  useImperativeHandle(
    ref,
    () => ({
      get api() {
        return api.current;
      },
    }),
    [],
  );

  useEffect(() => {
    const initial = applied.current;
    // The API is reachable through the ref by the time the page's onGridReady runs.
    const created = createGrid<T>(host.current!, {
      ...initial,
      onGridReady: (e) => {
        api.current = e.api;
        initial.onGridReady?.(e);
      },
    });
    api.current = created;
    const element = host.current!;
    const viewport = element.querySelector('.ag-body-viewport');
    const scrolled = () => onScroll.current?.(created);
    // A scroll held back from AG Grid, and the scroll event that lets it through when its rows are here.
    let held: ReturnType<typeof setTimeout> | null = null;
    let releasing = false;
    let live = true;
    const release = () => {
      if (held === null || !live) return;
      clearTimeout(held);
      held = null;
      releasing = true;
      viewport?.dispatchEvent(new Event('scroll'));
      releasing = false;
    };
    // Scroll events do not bubble, but they are captured on the way down: this runs before AG Grid's own listener.
    const scrolling = (e: Event) => {
      if (e.target !== viewport || releasing) return;
      const rows = onScrollStart.current?.(created, viewport as HTMLElement);
      if (!rows) {
        // Its rows are here: AG Grid draws this scroll's position now, and any held before it with it.
        if (held !== null) clearTimeout(held);
        held = null;
        return;
      }
      // AG Grid reads the viewport's position when it sees the event, so the last scroll held is the one drawn.
      e.stopImmediatePropagation();
      held ??= setTimeout(release, HOLD_MS);
      void rows.then(release, release);
    };
    element.addEventListener('scroll', scrolling, { capture: true, passive: true });
    viewport?.addEventListener('scroll', scrolled, { passive: true });
    return () => {
      live = false;
      if (held !== null) clearTimeout(held);
      element.removeEventListener('scroll', scrolling, { capture: true });
      viewport?.removeEventListener('scroll', scrolled);
      api.current = null;
      created.destroy();
    };
    // Created once (the handler refs never change); later option changes go through setGridOption below.
  }, [onScroll, onScrollStart]);

  useEffect(() => {
    const grid = api.current;
    if (!grid) return;
    for (const key of Object.keys(options) as (keyof GridOptions<T>)[]) {
      if (key !== 'onGridReady' && options[key] !== applied.current[key])
        grid.setGridOption(key as never, options[key] as never);
    }
    applied.current = options;
  });

  return <div ref={host} style={{ height: '100%', width: '100%' }} />;
}

export const VanillaGrid = forwardRef(VanillaGridInner) as <T>(
  props: Props<T> & { ref?: React.Ref<GridHandle<T>> },
) => React.ReactElement;
