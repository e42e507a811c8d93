import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** The names China's imports from North Korea in November 2020 are listed under, by code. */
async function names(): Promise<Record<string, string>> {
  const b = await t.call('breakdown', {
    reporter: 'CHN',
    partner: 'PRK',
    flow: 'import',
    from: '2020-11',
    level: 4,
  });
  return Object.fromEntries(b.items.map((i) => [i.key, i.description]));
}

describe("reverting a nomenclature's import", () => {
  it('takes its names away and gives each code the name held before; undo and redo follow', async () => {
    t = tempCore();
    const first = t.file(
      'first.csv',
      'code,description,parent\n0101,Horses (first list),01\n2716,Power (first list),27\n',
    );
    const second = t.file('second.csv', 'code,description,parent\n0101,Horses (second list),01\n');
    const data = t.file(
      'data.csv',
      `${HEADER}\n2020-11,CHN,PRK,import,HS,01010000,马,100,USD,,\n2020-11,CHN,PRK,import,HS,27160000,电力,200,USD,,\n`,
    );
    const report = await t.call('importFiles', { files: [{ path: first }, { path: data }], options: { goods: 'all' } });
    const restated = await t.call('importFiles', { files: [{ path: second }], options: {} });
    const [firstBatch, secondBatch] = [report.files[0]!.batchId!, restated.files[0]!.batchId!];
    expect(await names()).toEqual({ '0101': 'Horses (second list)', '2716': 'Power (first list)' });

    // Before: the second list's name stayed after its revert, and the first list's was gone for good.
    await t.call('revertBatch', { batchId: secondBatch });
    expect(await names()).toEqual({ '0101': 'Horses (first list)', '2716': 'Power (first list)' });
    await t.call('undo', {});
    expect(await names()).toEqual({ '0101': 'Horses (second list)', '2716': 'Power (first list)' });
    await t.call('redo', {});
    expect(await names()).toEqual({ '0101': 'Horses (first list)', '2716': 'Power (first list)' });

    // With no list held, the names Tidemark carries (HS 2022), never a reverted file's.
    await t.call('revertBatch', { batchId: firstBatch });
    const carried = await names();
    expect(carried['0101']).toMatch(/^Horses/);
    expect(carried['0101']).not.toMatch(/list/);
    expect(carried['2716']).toBe('Electrical energy');
    await t.call('undo', {});
    expect(await names()).toEqual({ '0101': 'Horses (first list)', '2716': 'Power (first list)' });
  });

  it('a list imported again after its revert names the codes again', async () => {
    t = tempCore();
    const list = t.file('list.csv', 'code,description,parent\n2716,Power (my list),27\n');
    const data = t.file('data.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,27160000,电力,200,USD,,\n`);
    const report = await t.call('importFiles', { files: [{ path: list }, { path: data }], options: { goods: 'all' } });
    await t.call('revertBatch', { batchId: report.files[0]!.batchId! });
    expect(await names()).toEqual({ '2716': 'Electrical energy' });
    const again = await t.call('importFiles', { files: [{ path: list }], options: {} });
    expect(again.files[0]).toMatchObject({ status: 'imported', rowsImported: 1 });
    expect(await names()).toEqual({ '2716': 'Power (my list)' });
  });
});
