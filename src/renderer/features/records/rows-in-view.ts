/** The viewport's vertical geometry at a scroll event. */
export type ViewportBox = { scrollTop: number; clientHeight: number; scrollHeight: number };

/**
 * The first and last row a scroll position shows, worked out before AG Grid handles the scroll, so
 * their page can be asked for while AG Grid draws. A table taller than the browser's largest element
 * is drawn in a shorter container and the scroll position is stretched over it; this follows AG
 * Grid's RowContainerHeightService: model top = scrollTop + scrollTop / maxScroll x (model - container).
 * A wrong answer costs one spare request: AG Grid still asks for the rows it really shows.
 */
export function rowsInView(
  box: ViewportBox,
  rowHeight: number,
  rowCount: number,
): { first: number; last: number } | null {
  if (rowHeight <= 0 || rowCount <= 0 || box.clientHeight <= 0) return null;
  const modelHeight = rowHeight * rowCount;
  const maxScroll = box.scrollHeight - box.clientHeight;
  const shaved = modelHeight - box.scrollHeight;
  const top = shaved > 0 && maxScroll > 0 ? box.scrollTop + (box.scrollTop / maxScroll) * shaved : box.scrollTop;
  const clamp = (row: number) => Math.min(rowCount - 1, Math.max(0, row));
  return {
    first: clamp(Math.floor(top / rowHeight)),
    last: clamp(Math.floor((top + box.clientHeight - 1) / rowHeight)),
  };
}
