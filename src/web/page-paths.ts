import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pagePathOf, type PathMethod } from '../shared/contract';
import { AppError, type ErrorInfo } from '../shared/errors';

/**
 * Where the paths are in the input of each method the contract marks `pagePath: 'read'` (a method marked
 * so and missing here fails typecheck). The browser
 * host's token is in its index.html, which any local process can fetch; so a path the page names
 * must lie inside the host's upload folder or a folder the person started the host with, or any
 * local process could have the core read any file the user can.
 */
export const PAGE_READ_PATHS: Record<PathMethod<'read'>, (input: Record<string, unknown>) => unknown[]> = {
  importFiles: (i) => (Array.isArray(i.files) ? i.files.map((f) => (f as { path?: unknown } | null)?.path) : []),
  previewImport: (i) => [(i.file as { path?: unknown } | null)?.path],
};

const REFUSED: ErrorInfo = new AppError('path_not_allowed', { key: 'host.pathNotAllowed' }).info;

export class PagePaths {
  private readonly roots: string[];

  /** `roots`: the upload folder and each --data-dir. Links are resolved, so a link inside cannot lead outside. */
  constructor(roots: string[]) {
    this.roots = roots.map((r) => realpathSync(resolve(r)));
  }

  /** Why this call may not run, or null. Says nothing about the file: not even whether it exists. */
  refusal(method: string, input: unknown): ErrorInfo | null {
    if (pagePathOf(method) !== 'read' || input === null || typeof input !== 'object') return null;
    const paths = PAGE_READ_PATHS[method as PathMethod<'read'>];
    for (const p of paths(input as Record<string, unknown>)) {
      // Anything but a string is left for the contract's own validation to refuse.
      if (typeof p === 'string' && !this.allows(p)) return REFUSED;
    }
    return null;
  }

  private allows(path: string): boolean {
    let real: string;
    try {
      real = realpathSync(resolve(path));
    } catch {
      return false;
    }
    return this.roots.some((root) => real.startsWith(root + sep));
  }
}
