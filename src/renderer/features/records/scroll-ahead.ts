/** Where the viewport was at one scroll event, and when (performance.now()). */
export type ScrollMark = { top: number; at: number };

/** Scroll events further apart than this are separate moves, not one drag. */
const DRAG_GAP_MS = 100;

/**
 * Where a drag will be at its next scroll event: one more step of the same size, within the table. A
 * scrollbar dragged over millions of rows jumps thousands of rows per event, each jump a page not yet
 * fetched; fetched one step ahead, it has usually arrived by the time the drag gets there. Null when the
 * last event is too long ago to be the same drag, or nothing moved.
 */
export function nextScrollTop(prev: ScrollMark | null, now: ScrollMark, maxTop: number): number | null {
  if (!prev || now.at - prev.at > DRAG_GAP_MS) return null;
  const step = now.top - prev.top;
  if (step === 0) return null;
  return Math.min(maxTop, Math.max(0, now.top + step));
}
