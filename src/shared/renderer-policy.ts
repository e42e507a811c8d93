import { pagePathOf } from './contract';

/**
 * What a page (the renderer, in Electron or the browser host) may not ask the core for, although the
 * contract allows it to the CLI: writing files to a path the page chose. Which methods write to a path
 * is the contract's `pagePath: 'write'`; pages get exports back as downloads.
 */
export function refusalForPage(method: string, input: unknown): string | null {
  if (pagePathOf(method) !== 'write') return null;
  const path = input !== null && typeof input === 'object' ? (input as { path?: unknown }).path : undefined;
  return path === undefined
    ? null
    : 'The app does not write files to a path the page names; the export is downloaded instead.';
}
