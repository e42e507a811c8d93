import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe("the preview's duplicate check", () => {
  it('names the import that holds the file, never one that was reverted', async () => {
    t = tempCore();
    const path = t.file('a.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,TOTAL,All goods,1854,USD,,\n`);
    const preview = () => t.call('previewImport', { file: { path }, options: {} }).then((p) => p.duplicateOf);
    expect(await preview()).toBeNull();
    const first = (await t.call('importFiles', { files: [{ path }], options: {} })).files[0]!.batchId!;
    expect(await preview()).toMatchObject({ batchId: first, status: 'imported' });
    await t.call('revertBatch', { batchId: first });
    // The reverted import holds nothing: the file is new again, and its questions are asked again.
    expect(await preview()).toBeNull();
    const again = (await t.call('importFiles', { files: [{ path }], options: {} })).files[0]!;
    expect(again.status).toBe('imported');
    expect(await preview()).toMatchObject({ batchId: again.batchId, status: 'imported' });
  });

  it("with a mapping, names the import holding the figures it reads: none for the file's other column", async () => {
    t = tempCore();
    const path = t.file(
      'totals.csv',
      'Month,Imports,Exports\n2024-01,218622834,157733650\n2024-02,156609573,128412619\n',
    );
    const constants = { code: 'TOTAL', reporter: 'CHN', partner: 'WLD', currency: 'CNY' };
    const imports = {
      map: { Month: 'period', Imports: 'value' },
      constants: { ...constants, flow: 'import' },
    } as const;
    const exports = {
      map: { Month: 'period', Exports: 'value' },
      constants: { ...constants, flow: 'export' },
    } as const;
    const held = (await t.call('importFiles', { files: [{ path }], options: imports })).files[0]!.batchId!;
    const preview = (options: object) =>
      t.call('previewImport', { file: { path }, options }).then((p) => p.duplicateOf);
    // Unmapped, the bytes are held: the queue says so before any question.
    // With the options it was imported with: the app starts another column's mapping from them.
    expect(await preview({})).toMatchObject({
      batchId: held,
      fileName: 'totals.csv',
      status: 'imported',
      options: imports,
    });
    // Before: the exports column was named a duplicate of the imports' batch, so the app never imported it.
    expect(await preview(exports)).toBeNull();
    // The same column, with the same options or others: held, so a duplicate or the core's refusal.
    expect(await preview(imports)).toMatchObject({ batchId: held });
    expect(await preview({ ...imports, scale: 10000 })).toMatchObject({ batchId: held });
  });
});
