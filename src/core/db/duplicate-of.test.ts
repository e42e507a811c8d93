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
});
