import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useLatest } from '../../lib/use-latest';
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community';

/** What the records grid's hooks reach through a ref: the grid's API once it exists. */
export type GridHandle<T> = { readonly api: GridApi<T> | null };

type Props<T> = GridOptions<T> & {
  /**
   * Called from the vertical scroll event before AG Grid sees it (a capture listener on the grid's
   * element): the viewport's new position, before AG Grid spends its time drawing the rows in view.
   */
  onViewportScrollStart?: (api: GridApi<T>, viewport: HTMLElement) => void;
  /**
   * Called from the vertical scroll event itself, after AG Grid's own handler has laid out the rows in
   * view and before the frame is painted: the moment to see exactly which rows it drew.
   */
  onViewportScroll?: (api: GridApi<T>) => void;
};

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
    // Scroll events do not bubble, but they are captured on the way down: this runs before AG Grid's own listener.
    const scrolling = (e: Event) => {
      if (e.target === viewport) onScrollStart.current?.(created, viewport as HTMLElement);
    };
    element.addEventListener('scroll', scrolling, { capture: true, passive: true });
    viewport?.addEventListener('scroll', scrolled, { passive: true });
    return () => {
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
