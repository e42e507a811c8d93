import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHODS, pagePathOf } from '../shared/contract';
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
  const withPath = METHODS.filter((m) =>
    keys(z.toJSONSchema(contract[m].input, { unrepresentable: 'any', io: 'input' })).has('path'),
  );

  it("are each flagged in the contract: read (checked against the host's folders) or write (refused to the page)", () => {
    expect(withPath).toEqual(expect.arrayContaining(['importFiles', 'previewImport', 'exportCsv', 'exportRecords']));
    for (const m of withPath)
      expect(pagePathOf(m), `${m} takes a path: mark it pagePath 'read' or 'write' in the contract`).toBeDefined();
    // And no method claims a path it does not take.
    expect(METHODS.filter((m) => pagePathOf(m) !== undefined).sort()).toEqual([...withPath].sort());
  });

  it('are guarded: a read is found where the input holds it, a write with a path is refused to the page', () => {
    for (const m of withPath) {
      if (pagePathOf(m) === 'read') expect(Object.keys(PAGE_READ_PATHS)).toContain(m);
      else
        expect(refusalForPage(m, { path: '/tmp/x.csv' }), m).toMatch(/does not write files to a path the page names/);
    }
    expect(PAGE_READ_PATHS.importFiles({ files: [{ path: '/a.csv' }, { path: '/b.csv' }] })).toEqual([
      '/a.csv',
      '/b.csv',
    ]);
    expect(PAGE_READ_PATHS.previewImport({ file: { path: '/c.csv' } })).toEqual(['/c.csv']);
    // A download or the desktop app's save dialog names no path: nothing to refuse.
    expect(refusalForPage('exportRecords', { format: 'csv', deliver: 'download' })).toBeNull();
    expect(refusalForPage('listRecords', { path: '/tmp/x.csv' })).toBeNull();
    expect(refusalForPage('noSuchMethod', { path: '/tmp/x.csv' })).toBeNull();
  });
});
