/** Where the viewport was at one scroll event. */
export type ScrollMark = { top: number };

/** How many steps of a scroll are fetched ahead of it. */
export const STEPS_AHEAD = 3;

/**
 * Where the viewport will be at its next scroll events, from the last move: the same step again, three
 * times, within the table. A scrollbar dragged over millions of rows jumps thousands of rows per event,
 * each jump a page not yet fetched. Fetched one step ahead, the page had often come back but not yet been
 * read when the drag got there (the renderer was still drawing the step before), so the scroll waited a
 * frame or two for it; three steps ahead, it has been read (e2e/renderer-measure.spec.ts). A move after a
 * pause (a drag's first event, a page-down) is taken as the start of such a scroll too: asked only one
 * step ahead, a drag's third step still waited for its page. A page asked for that is never shown costs
 * one spare request. Empty when there is no earlier position, or nothing moved.
 */
export function scrollTopsAhead(prev: ScrollMark | null, now: ScrollMark, maxTop: number): number[] {
  if (!prev) return [];
  const step = now.top - prev.top;
  if (step === 0) return [];
  const tops: number[] = [];
  for (let k = 1; k <= STEPS_AHEAD; k++) {
    const top = Math.min(maxTop, Math.max(0, now.top + k * step));
    if (tops.at(-1) !== top) tops.push(top);
  }
  return tops;
}
