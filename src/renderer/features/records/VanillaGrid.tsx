import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community';

/** What the records grid's hooks reach through a ref: the grid's API once it exists. */
export type GridHandle<T> = { api: GridApi<T> | null };

/**
 * AG Grid's own DOM renderer inside a React component. AG Grid's React wrapper draws every row and
 * cell through React, which on a scroll jump costs a React render and often a frame between the data
 * arriving and the rows showing; the plain grid writes the cells directly when the page arrives
 * (e2e/renderer-measure.spec.ts). Options are applied at creation; any that change later are passed
 * on with setGridOption.
 */
function VanillaGridInner<T>(options: GridOptions<T>, ref: React.ForwardedRef<GridHandle<T>>) {
  const host = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const applied = useRef<GridOptions<T>>(options);

  useImperativeHandle(ref, () => ({ api }), [api]);

  useEffect(() => {
    const created = createGrid<T>(host.current!, { ...applied.current });
    setApi(created);
    return () => created.destroy();
    // Created once; later option changes go through setGridOption below.
  }, []);

  useEffect(() => {
    if (!api) return;
    for (const key of Object.keys(options) as (keyof GridOptions<T>)[]) {
      if (options[key] !== applied.current[key]) api.setGridOption(key as never, options[key] as never);
    }
    applied.current = options;
  });

  return <div ref={host} style={{ height: '100%', width: '100%' }} />;
}

export const VanillaGrid = forwardRef(VanillaGridInner) as <T>(props: GridOptions<T> & { ref?: React.Ref<GridHandle<T>> }) => React.ReactElement;
