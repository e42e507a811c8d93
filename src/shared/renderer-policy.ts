/**
 * What a page (the renderer, in Electron or the browser host) may not ask the core for, although the
 * contract allows it to the CLI: writing files to a path the page chose. Pages get exports back as
 * downloads; only a person at a save dialog or the command line names a path.
 */
const PATH_WRITERS = new Set(['exportCsv', 'exportRecords']);

export function refusalForPage(method: string, input: unknown): string | null {
  if (!PATH_WRITERS.has(method)) return null;
  const path = input !== null && typeof input === 'object' ? (input as { path?: unknown }).path : undefined;
  return path === undefined ? null : 'The app does not write files to a path the page names; the export is downloaded instead.';
}
