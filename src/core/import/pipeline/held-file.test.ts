import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

// A China customs download: it does not say its flow, so the user does.
const GACC =
  '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","美元"\n"202011","109","朝鲜","27160000","电力","1122812"\n';

describe('the same file imported again', () => {
  it('with the same options is a duplicate; with others it is refused, naming the difference and --replace', async () => {
    t = tempCore();
    const path = t.file('2020in.csv', GACC);
    const first = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files[0]!;
    expect(first.status).toBe('imported');
    expect((await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files[0]).toMatchObject({
      status: 'duplicate',
      batchId: first.batchId,
    });
    const other = (await t.call('importFiles', { files: [{ path }], options: { flow: 'export' } })).files[0]!;
    expect(other).toMatchObject({ status: 'failed', error: { code: 'already_imported' } });
    expect(other.error!.message).toBe(
      `2020in.csv is already imported (batch ${first.batchId}) with other options (flow import, now export). To import it with these instead, revert batch ${first.batchId} (in the app: Revert… beside it in the Imports tab) and import the file again; from the command line, --replace does both in one step.`,
    );
    expect(
      (await t.call('series', { partner: 'PRK', flow: 'import', hs: ['27160000'] })).points.map((p) => p.value),
    ).toEqual([1122812]);
  });

  it('--replace reverts the old batch and imports again in one step; undo brings the old import back', async () => {
    t = tempCore();
    const path = t.file('2020in.csv', GACC);
    const first = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files[0]!;
    const replaced = (await t.call('importFiles', { files: [{ path }], options: { flow: 'export', replace: true } }))
      .files[0]!;
    expect(replaced).toMatchObject({ status: 'imported', rowsImported: 1 });
    expect(replaced.batchId).not.toBe(first.batchId);
    const batches = await t.call('listBatches', {});
    expect(batches.map((b) => [b.id, b.status])).toEqual([
      [replaced.batchId, 'imported'],
      [first.batchId, 'reverted'],
    ]);
    // No file holds the imports any more: not covered, not zero.
    expect((await t.call('series', { partner: 'PRK', flow: 'import', hs: ['27160000'] })).points).toEqual([]);
    expect(
      (await t.call('series', { partner: 'PRK', flow: 'export', hs: ['27160000'] })).points.map((p) => p.value),
    ).toEqual([1122812]);
    // Now held as exports: the same bytes and options are a duplicate of the new batch.
    expect((await t.call('importFiles', { files: [{ path }], options: { flow: 'export' } })).files[0]).toMatchObject({
      status: 'duplicate',
      batchId: replaced.batchId,
    });
    // The revert is an ordinary step of the undo stack.
    expect(await t.call('undo', {})).toMatchObject({ kind: 'revert_batch' });
    expect((await t.call('listBatches', {})).every((b) => b.status === 'imported')).toBe(true);
  });

  it('a replacement that fails leaves the old batch as it was', async () => {
    t = tempCore();
    const path = t.file('2020in.csv', GACC);
    const first = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files[0]!;
    // China customs files report China's trade: another reporter is refused, and nothing changes.
    const failed = (
      await t.call('importFiles', { files: [{ path }], options: { flow: 'import', reporter: 'KOR', replace: true } })
    ).files[0]!;
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'bad_input' } });
    expect((await t.call('listBatches', {})).map((b) => [b.id, b.status])).toEqual([[first.batchId, 'imported']]);
  });

  it('a reverted import holds nothing, so its file imports again', async () => {
    t = tempCore();
    const path = t.file('2020in.csv', GACC);
    const first = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files[0]!;
    await t.call('revertBatch', { batchId: first.batchId! });
    expect((await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files[0]).toMatchObject({
      status: 'imported',
      rowsImported: 1,
    });
  });
});
