/**
 * What a page (the renderer, in Electron or the browser host) may not ask the core for, although the
 * contract allows it to the CLI: writing files to a path the page chose. Pages get exports back as
 * downloads; only a person at a save dialog or the command line names a path.
 */
const PATH_WRITERS: Record<string, 'path' | 'dir'> = { exportCsv: 'path', exportRecords: 'path', exportParquet: 'dir' };

export function refusalForPage(method: string, input: unknown): string | null {
  const key = PATH_WRITERS[method];
  if (!key) return null;
  const path = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  return path === undefined ? null : 'The app does not write files to a path the page names; the export is downloaded instead.';
}
