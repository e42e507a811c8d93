import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the value of the last render, for callbacks handed to code outside React (AG Grid's
 * datasource, DOM listeners) that must not be re-created when the value changes. Written after the render
 * commits, never during it, so a render React throws away cannot leave a value behind.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
