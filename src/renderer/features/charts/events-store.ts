import { useCallback, useEffect, useState } from 'react';
import type { UserEvent } from '../../lib/chart/annotations';

// User events are the user's notes on the time axis; kept in this browser profile until the core stores them.
const KEY = 'tidemark.chart-events.v1';

function load(): UserEvent[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(raw)
      ? raw.filter(
          (e): e is UserEvent =>
            typeof e?.id === 'string' && typeof e?.period === 'string' && typeof e?.text === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function useUserEvents(): {
  events: UserEvent[];
  add: (period: string, text: string) => void;
  remove: (id: string) => void;
} {
  const [events, setEvents] = useState<UserEvent[]>(load);
  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(events));
  }, [events]);
  const add = useCallback(
    (period: string, text: string) =>
      setEvents((es) => [...es, { id: `${Date.now().toString(36)}${es.length}`, period, text }]),
    [],
  );
  const remove = useCallback((id: string) => setEvents((es) => es.filter((e) => e.id !== id)), []);
  return { events, add, remove };
}
