import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * Where the screenshots the README shows are written: test-results/docs on every run (so `npm test` leaves
 * the tree clean), docs/ when TIDEMARK_DOCS=1 asks to refresh the committed ones.
 */
export function docsShot(name: string): { path: string } {
  const dir = process.env.TIDEMARK_DOCS === '1' ? join(root, 'docs') : join(root, 'test-results', 'docs');
  return { path: join(dir, `${name}.png`) };
}

/** A screenshot for looking at after a run, never committed. */
export function screen(name: string): { path: string } {
  return { path: join(root, 'test-results', 'screens', `${name}.png`) };
}
