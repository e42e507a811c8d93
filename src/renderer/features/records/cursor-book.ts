import type { Cursor } from '../../../shared/domain';

export type PageRequest = { after: Cursor | null; skip: number };

/**
 * Remembers, for each row index where a loaded block ended, the keyset cursor that continues from there.
 * The grid asks for blocks by row index; the core pages by key. A block whose predecessor is known
 * starts exactly at its cursor; one reached by a scroll jump starts at the nearest cursor before it
 * and skips the rows in between.
 */
export class CursorBook {
  // Index 0 needs no cursor: the first page starts at the beginning.
  private readonly cursors = new Map<number, Cursor | null>([[0, null]]);

  requestFor(startRow: number): PageRequest {
    let best = 0;
    for (const row of this.cursors.keys()) if (row <= startRow && row > best) best = row;
    return { after: this.cursors.get(best) ?? null, skip: startRow - best };
  }

  /** Records where a loaded block ended; `next` is null when it was the last page. */
  record(startRow: number, rowCount: number, next: Cursor | null): void {
    if (next && rowCount > 0) this.cursors.set(startRow + rowCount, next);
  }

  get size(): number {
    return this.cursors.size;
  }
}
