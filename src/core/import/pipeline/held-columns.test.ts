import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/domain';
import { tempCore } from '../../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

// China customs' monthly summary as researchers compile it: each flow in a column of its own (万元).
const SUMMARY = '时间,进口_当月,出口_当月\n2024-01,100,300\n2024-02,110,320\n';

const mapping = (column: string, flow: string, more: ImportOptions = {}): ImportOptions => ({
  map: { 时间: 'period', [column]: 'value' },
  constants: { code: 'TOTAL', partner: 'WLD', flow },
  reporter: 'CHN',
  currency: 'CNY',
  ...more,
});

async function values(flow: 'import' | 'export' | 'total'): Promise<(number | null)[]> {
  const s = await t.call('series', { reporter: 'CHN', partner: 'WLD', flow, from: '2024-01', to: '2024-02' });
  return s.points.map((p) => p.value);
}

describe('another column of a file already held, mapped as another flow', () => {
  it('imports as a batch of its own; the same mapping again is a duplicate, the same column as another flow is refused', async () => {
    t = tempCore();
    const path = t.file('summary.csv', SUMMARY);
    const imports = (await t.call('importFiles', { files: [{ path }], options: mapping('进口_当月', 'import') }))
      .files[0]!;
    expect(imports).toMatchObject({ status: 'imported', rowsImported: 2 });
    // Before: failed, "summary.csv is already imported (batch 1) with other options (…)".
    const exports = (await t.call('importFiles', { files: [{ path }], options: mapping('出口_当月', 'export') }))
      .files[0]!;
    expect(exports).toMatchObject({ status: 'imported', rowsImported: 2 });
    expect(exports.batchId).not.toBe(imports.batchId);
    expect(await values('import')).toEqual([100, 110]);
    expect(await values('export')).toEqual([300, 320]);
    expect(await values('total')).toEqual([400, 430]);
    // Each figure once: the same mapping again adds nothing.
    for (const [column, flow, batch] of [
      ['进口_当月', 'import', imports.batchId],
      ['出口_当月', 'export', exports.batchId],
    ] as const)
      expect(
        (await t.call('importFiles', { files: [{ path }], options: mapping(column, flow) })).files[0],
      ).toMatchObject({ status: 'duplicate', batchId: batch });
    // The exports' column read as imports would count the same figures twice: refused, naming the batch that holds them.
    const twice = (await t.call('importFiles', { files: [{ path }], options: mapping('出口_当月', 'import') }))
      .files[0]!;
    expect(twice).toMatchObject({ status: 'failed', error: { code: 'already_imported' } });
    expect(twice.error!.message).toMatch(
      new RegExp(`^summary\\.csv is already imported \\(batch ${exports.batchId}\\)`),
    );
    // A column is found by its trimmed name: with spaces it is still the exports' column, not exports to Korea too.
    const spaced = (
      await t.call('importFiles', {
        files: [{ path }],
        options: mapping(' 出口_当月 ', 'export', { constants: { code: 'TOTAL', partner: 'KOR', flow: 'export' } }),
      })
    ).files[0]!;
    expect(spaced).toMatchObject({ status: 'failed', error: { code: 'already_imported' } });
    expect(await values('total')).toEqual([400, 430]);
  });

  it('another column mapped onto the figures the first import holds is refused, not taken for a revision', async () => {
    t = tempCore();
    const path = t.file('summary.csv', SUMMARY);
    const imports = (await t.call('importFiles', { files: [{ path }], options: mapping('进口_当月', 'import') }))
      .files[0]!;
    const wrong = (await t.call('importFiles', { files: [{ path }], options: mapping('出口_当月', 'import') }))
      .files[0]!;
    expect(wrong).toMatchObject({ status: 'failed', error: { code: 'already_imported' } });
    expect(wrong.error!.message).toBe(
      `Nothing from summary.csv was imported: as mapped, 2 of its figures are already held by batch ${imports.batchId}, another import of the same file, where another column says them. One column of a file is no revision of another: check which column is the value and which flow it is. To put this mapping in place of batch ${imports.batchId}, revert that batch, then import the file again.`,
    );
    expect((await t.call('listBatches', {})).map((b) => [b.id, b.status])).toEqual([[imports.batchId, 'imported']]);
    expect(await values('import')).toEqual([100, 110]);
  });

  it('reverting one removes only its rows; --replace replaces only the import of the same column', async () => {
    t = tempCore();
    const path = t.file('summary.csv', SUMMARY);
    const imports = (await t.call('importFiles', { files: [{ path }], options: mapping('进口_当月', 'import') }))
      .files[0]!;
    const exports = (await t.call('importFiles', { files: [{ path }], options: mapping('出口_当月', 'export') }))
      .files[0]!;
    // The exports again, in yuan rather than 万元: only the exports' batch is reverted.
    const replaced = (
      await t.call('importFiles', {
        files: [{ path }],
        options: mapping('出口_当月', 'export', { scale: 10000, replace: true }),
      })
    ).files[0]!;
    expect(replaced).toMatchObject({ status: 'imported', rowsImported: 2 });
    expect((await t.call('listBatches', {})).map((b) => [b.id, b.status])).toEqual([
      [replaced.batchId, 'imported'],
      [exports.batchId, 'reverted'],
      [imports.batchId, 'imported'],
    ]);
    expect(await values('import')).toEqual([100, 110]);
    expect(await values('export')).toEqual([3000000, 3200000]);
    await t.call('revertBatch', { batchId: imports.batchId! });
    expect(await values('import')).toEqual([]);
    expect(await values('export')).toEqual([3000000, 3200000]);
    // Reverted, the imports' column imports again.
    expect(
      (await t.call('importFiles', { files: [{ path }], options: mapping('进口_当月', 'import') })).files[0],
    ).toMatchObject({ status: 'imported', rowsImported: 2 });
    expect(await values('total')).toEqual([3000100, 3200110]);
  });
});

describe('a mapped table imported again with a flag where it had a constant', () => {
  it('is the same import, a duplicate, not one "with other options"', async () => {
    t = tempCore();
    const path = t.file('summary.csv', SUMMARY);
    // The CLI's --flow, --partner and --currency beside --map, as a person types them…
    const flags: ImportOptions = {
      map: { 时间: 'period', 进口_当月: 'value' },
      constants: { code: 'TOTAL' },
      reporter: 'CHN',
      partner: 'WLD',
      currency: 'CNY',
      flow: 'import',
    };
    const first = (await t.call('importFiles', { files: [{ path }], options: flags })).files[0]!;
    expect(first).toMatchObject({ status: 'imported', rowsImported: 2 });
    // …and the app's mapping, which stores the same answers as constants. Before: failed, "already imported
    // (batch 1) with other options (constants code=TOTAL, now code=TOTAL partner=WLD flow=import; …)".
    const again = (await t.call('importFiles', { files: [{ path }], options: mapping('进口_当月', 'import') }))
      .files[0]!;
    expect(again).toMatchObject({ status: 'duplicate', batchId: first.batchId });
    expect(await values('import')).toEqual([100, 110]);
  });
});
