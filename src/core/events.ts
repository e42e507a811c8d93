import type { AppEvent } from '../shared/contract';

export type EventListener = (event: AppEvent) => void;

/** A tiny fan-out: the core emits, each host forwards to its renderer or terminal. */
export class EventBus {
  private listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const l of this.listeners) l(event);
  }
}
