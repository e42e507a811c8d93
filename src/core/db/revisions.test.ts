import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe('revised releases', () => {
  it('lists each figure a later file changed, old beside new, and leaves out restatements of the same value', async () => {
    t = tempCore();
    const first = t.file(
      '2020-11-preliminary.csv',
      `${HEADER}\n2020-11,CHN,PRK,import,HS,33049900,,1800,USD,,\n2020-11,CHN,PRK,import,HS,34011100,,19,USD,,\n`,
    );
    const revised = t.file(
      '2020-11-revised.csv',
      `${HEADER}\n2020-11,CHN,PRK,import,HS,33049900,,1854,USD,,\n2020-11,CHN,PRK,import,HS,34011100,,19,USD,,\n`,
    );
    // The files hold every good and partner of their month, which they cannot say themselves.
    const report = await t.call('importFiles', {
      files: [{ path: first }, { path: revised }],
      options: { goods: 'all', partners: 'all' },
    });
    const revisions = await t.call('listRevisions', {});
    expect(revisions).toEqual([
      expect.objectContaining({
        period: '2020-11',
        code: '33049900',
        oldValue: 1800,
        newValue: 1854,
        oldFile: '2020-11-preliminary.csv',
        newFile: '2020-11-revised.csv',
        newBatchId: report.files[1]!.batchId,
      }),
    ]);
    expect(await t.call('listRevisions', { batchId: report.files[0]!.batchId! })).toEqual([]);
    // Analysis reads the latest release only.
    expect((await t.call('series', { flow: 'import' })).points.map((p) => p.value)).toEqual([1873]);
  });
});
