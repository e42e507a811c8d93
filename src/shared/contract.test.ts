import { describe, expect, it } from 'vitest';
import { contract, events, isMethod, METHODS, pagePathOf } from './contract';
import { refusalForPage } from './renderer-policy';

describe('the contract', () => {
  it('knows its own methods and nothing inherited', () => {
    expect(METHODS).toContain('importFiles');
    expect(isMethod('listBatches')).toBe(true);
    for (const name of ['toString', 'constructor', '__proto__', 'dropTables', 42, null])
      expect(isMethod(name), String(name)).toBe(false);
  });

  it('says which methods take a path a page may name (read) or may not (write)', () => {
    expect(pagePathOf('importFiles')).toBe('read');
    expect(pagePathOf('exportRecords')).toBe('write');
    expect(pagePathOf('listBatches')).toBeUndefined();
    expect(pagePathOf('toString')).toBeUndefined();
    expect(refusalForPage('exportCsv', { path: '/home/me/.bashrc.csv' })).toMatch(
      /does not write files to a path the page names/,
    );
    expect(refusalForPage('importFiles', { path: '/tmp/a.csv' })).toBeNull();
  });

  it('refuses input a person could get wrong with a reason, and fills defaults', () => {
    expect(contract.exportCsv.input.safeParse({ path: 'out.txt' }).success).toBe(false);
    expect(contract.exportCsv.input.safeParse({ path: 'out.CSV' }).success).toBe(true);
    expect(contract.listRejects.input.parse({ batchId: 1 })).toEqual({ batchId: 1, limit: 1000 });
    // Strict inputs: a misspelt field is an error, not silently ignored.
    expect(contract.getRecord.input.safeParse({ id: 1, idd: 2 }).success).toBe(false);
    expect(contract.updateRecords.input.safeParse({ cells: [] }).success).toBe(false);
  });

  it('declares the events the page listens to', () => {
    expect(Object.keys(events).sort()).toEqual(['appCommand', 'importProgress', 'taskProgress']);
    expect(events.appCommand.safeParse({ command: 'delete' }).success).toBe(false);
  });
});
