/** Where the viewport was at one scroll event, and when (performance.now()). */
export type ScrollMark = { top: number; at: number };

/** Scroll events further apart than this are separate moves, not one drag. */
const DRAG_GAP_MS = 100;

/** How many steps of a drag are fetched ahead of it. */
export const STEPS_AHEAD = 3;

/**
 * Where the viewport will be at its next scroll events, from the last move: the same step again, within
 * the table. A scrollbar dragged over millions of rows jumps thousands of rows per event, each jump a page
 * not yet fetched. Fetched one step ahead, the page had often come back but not yet been read when the
 * drag got there (the renderer was still drawing the step before), so the scroll waited a frame or two
 * for it; three steps ahead, it has been read (e2e/renderer-measure.spec.ts). A move after a pause (a
 * second page-down, a drag's first event) gets its one next step: a page asked for that is never shown
 * costs one spare request. Empty when nothing moved.
 */
export function scrollTopsAhead(prev: ScrollMark | null, now: ScrollMark, maxTop: number): number[] {
  if (!prev) return [];
  const step = now.top - prev.top;
  if (step === 0) return [];
  const steps = now.at - prev.at > DRAG_GAP_MS ? 1 : STEPS_AHEAD;
  const tops: number[] = [];
  for (let k = 1; k <= steps; k++) {
    const top = Math.min(maxTop, Math.max(0, now.top + k * step));
    if (tops.at(-1) !== top) tops.push(top);
  }
  return tops;
}
