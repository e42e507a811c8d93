import { describe, expect, it, vi } from 'vitest';
import { openViewState, storageKey } from './view-state';

/** localStorage's shape, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('view state', () => {
  it('is kept per database: another database starts afresh, the same one finds it again', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const a = openViewState('/data/a.sqlite', storage);
    a.set('brief.period', '2020-11');
    a.set('workspace.tab', 'brief');
    vi.runAllTimers();
    expect(openViewState('/data/a.sqlite', storage).get('brief.period')).toBe('2020-11');
    expect(openViewState('/data/b.sqlite', storage).get('brief.period')).toBeUndefined();
    vi.useRealTimers();
  });

  it('writes once per burst of changes, and at once when flushed', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const s = openViewState('/x.sqlite', storage);
    for (let i = 0; i < 50; i++) s.set('grid.view', { sort: i });
    expect(setItem).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(setItem).toHaveBeenCalledTimes(1);
    s.set('grid.view', { sort: 99 });
    s.flush();
    expect(JSON.parse(storage.getItem(storageKey('/x.sqlite'))!)).toEqual({ 'grid.view': { sort: 99 } });
    vi.useRealTimers();
  });

  it('starts afresh from a damaged entry instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey('/x.sqlite'), '{not json');
    expect(openViewState('/x.sqlite', storage).get('workspace.tab')).toBeUndefined();
  });
});
