import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type SetStateAction,
} from 'react';

/**
 * What each view was showing — the last tab, the chart's series, the brief's month, the grid's sort and
 * filters — kept while the app runs (a tab switch unmounts a view; its state stays here) and across
 * restarts, per database: in this browser profile's localStorage, under the database's path. Nothing of
 * it is data, so it does not belong in the database file, and a database opened elsewhere starts afresh.
 */
export type ViewStateStore = {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Writes what is pending now (the page is going away). */
  flush(): void;
};

const PREFIX = 'tidemark.view-state.v1:';
const WRITE_DELAY_MS = 250;

export function storageKey(database: string): string {
  return `${PREFIX}${database}`;
}

/** A store over localStorage for one database; writes are batched, since the grid reports every column resize. */
export function openViewState(database: string, storage: Storage = localStorage): ViewStateStore {
  const key = storageKey(database);
  let values: Record<string, unknown> = {};
  try {
    const raw: unknown = JSON.parse(storage.getItem(key) ?? '{}');
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) values = raw as Record<string, unknown>;
  } catch {
    // A damaged entry is only lost view state: start afresh.
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    try {
      storage.setItem(key, JSON.stringify(values));
    } catch {
      // Storage full or refused: the state still lives for this session.
    }
  };
  return {
    get: (k) => values[k],
    set(k, value) {
      values = { ...values, [k]: value };
      if (!timer) timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    flush,
  };
}

/** A store that keeps nothing beyond the page: for tests and for views shown outside a database. */
export function memoryViewState(): ViewStateStore {
  const values = new Map<string, unknown>();
  return { get: (k) => values.get(k), set: (k, v) => void values.set(k, v), flush: () => undefined };
}

const Context = createContext<ViewStateStore>(memoryViewState());

export function ViewStateProvider({ database, children }: { database: string; children: ReactNode }) {
  const store = useMemo(() => openViewState(database), [database]);
  useEffect(() => {
    window.addEventListener('pagehide', store.flush);
    return () => {
      window.removeEventListener('pagehide', store.flush);
      store.flush();
    };
  }, [store]);
  return createElement(Context.Provider, { value: store }, children);
}

export function useViewStateStore(): ViewStateStore {
  return useContext(Context);
}

/**
 * useState whose value outlives the component: a view remounted by a tab switch, or the app restarted on
 * the same database, starts where it was. `accept` checks a stored value (stored state may come from an
 * older build); one it refuses falls back to `initial`.
 */
export function useViewState<T>(
  key: string,
  initial: T | (() => T),
  accept: (v: unknown) => v is T,
): [T, (next: SetStateAction<T>) => void] {
  const store = useViewStateStore();
  const [value, setValue] = useState<T>(() => {
    const stored = store.get(key);
    if (stored !== undefined && accept(stored)) return stored;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  // Every change goes through `set`, which keeps this current; it is never written during a render.
  const latest = useRef(value);
  const set = useCallback(
    (next: SetStateAction<T>) => {
      const v = typeof next === 'function' ? (next as (prev: T) => T)(latest.current) : next;
      latest.current = v;
      store.set(key, v);
      setValue(v);
    },
    [store, key],
  );
  return [value, set];
}

/** Checks for stored values. */
export const is = {
  string: (v: unknown): v is string => typeof v === 'string',
  boolean: (v: unknown): v is boolean => typeof v === 'boolean',
  oneOf:
    <T extends string>(...options: readonly T[]) =>
    (v: unknown): v is T =>
      typeof v === 'string' && (options as readonly string[]).includes(v),
  object: <T extends object>(v: unknown): v is T => typeof v === 'object' && v !== null && !Array.isArray(v),
  array:
    <T>(item: (x: unknown) => x is T) =>
    (v: unknown): v is T[] =>
      Array.isArray(v) && v.every(item),
};
