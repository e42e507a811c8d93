/**
 * Stops running tasks (imports, or reverts and exports). One per core and kind: cancelling in one
 * window never touches another database.
 */
export class TaskRegistry {
  private readonly running = new Set<(code: 'cancelled') => void>();

  add(stop: (code: 'cancelled') => void): () => void {
    this.running.add(stop);
    return () => this.running.delete(stop);
  }

  /** Cancels every running task; returns how many there were. */
  cancelAll(): number {
    const n = this.running.size;
    for (const stop of [...this.running]) stop('cancelled');
    return n;
  }
}
