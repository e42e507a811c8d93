import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHODS } from '../shared/contract';
import { refusalForPage } from '../shared/renderer-policy';
import { PAGE_READ_PATHS } from './page-paths';

/** Every property name anywhere in a JSON schema. */
function keys(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => keys(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((p) => out.add(p));
      keys(v, out);
    }
  }
  return out;
}

describe('methods that take a path', () => {
  it('are each either checked against the host\'s folders (reads) or refused to the page (writes)', () => {
    const withPath = METHODS.filter((m) => keys(z.toJSONSchema(contract[m].input, { unrepresentable: 'any', io: 'input' })).has('path'));
    expect(withPath).toEqual(expect.arrayContaining(['importFiles', 'previewImport', 'exportCsv', 'exportRecords']));
    // A Parquet export names a folder to write, not a path: refused to the page just the same.
    expect(refusalForPage('exportParquet', { dir: '/tmp/x' })).not.toBeNull();
    for (const m of withPath) {
      const guarded = m in PAGE_READ_PATHS || refusalForPage(m, { path: '/tmp/x.csv' }) !== null;
      expect(guarded, `${m} takes a path, but the browser host does not check it: add it to PAGE_READ_PATHS or the page's write refusals`).toBe(true);
    }
  });
});
