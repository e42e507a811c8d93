import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { localizedMessage } from '../../shared/error-text';
import { tempCore } from '../test-support/temp-core';

// Importing a file of definitions saved those before the first refused one, and the refusal did not say which
// entry of the file it was. Now the file is saved whole, in one transaction, or not at all, naming the one refused.
let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t?.dispose();
  t = tempCore();
});
afterAll(() => t?.dispose());

const held = { name: 'coal', label: 'as held', reporter: 'CHN', partner: 'PRK', flow: 'import' as const, hs: ['2701'] };
const file = [
  { ...held, label: 'from the file', flow: 'export' },
  { name: 'ore', reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['2601'] },
  { name: 'fuel', reporter: 'CHN', partner: 'PRK', flow: 'sideways' },
  { name: 'later', reporter: 'CHN', partner: 'PRK' },
];

async function refusal(definitions: unknown[]) {
  const r = await t.core.dispatch('importDefinitions', { definitions });
  if (r.ok) throw new Error('the import was not refused');
  return r.error;
}

describe('importDefinitions', () => {
  it('saves none of a file with one refused entry, leaves those held as they were, and names the entry', async () => {
    await t.call('saveDefinition', held);
    const error = await refusal(file);
    expect(error.code).toBe('bad_input');
    expect(error.message).toBe(
      'Definition 3 of 4 in the file ("fuel") was refused, so none of the file\'s definitions were saved and those held are unchanged: flow: Invalid option: expected one of "import"|"export"|"total"',
    );
    const after = await t.call('listDefinitions', {});
    expect(after.map((d) => [d.name, d.label, d.flow])).toEqual([['coal', 'as held', 'import']]);
  });

  it('names a refusal of the core (an unknown classification) with its reason, in Korean too', async () => {
    const error = await refusal([file[1], { name: 'sitc', classification: 'XYZ' }]);
    expect(error.message).toMatch(
      /^Definition 2 of 2 in the file \("sitc"\) was refused, .*There is no classification "XYZ"/,
    );
    const ko = localizedMessage(error, 'ko');
    expect(ko).toMatch(/^파일의 정의 2개 중 2번째\("sitc"\)가 거부되어/);
    expect(ko).not.toMatch(/There is no classification/);
    expect(await t.call('listDefinitions', {})).toEqual([]);
  });

  it('says an entry has no name where it has none', async () => {
    expect((await refusal([file[1], 5])).message).toMatch(/^Definition 2 of 2 in the file \(no name\) was refused/);
  });

  it('refuses a file that gives one name twice, rather than keep the later and count both', async () => {
    const error = await refusal([file[1], file[0], { ...file[1], flow: 'export' }]);
    expect(error.message).toMatch(
      /^Definition 3 of 3 in the file \("ore"\) was refused, .*: definition 1 of the file has the same name/,
    );
    expect(localizedMessage(error, 'ko')).toMatch(/파일의 1번째 정의와 이름이 같습니다/);
    expect(await t.call('listDefinitions', {})).toEqual([]);
  });

  it('saves every definition of a file with none refused', async () => {
    await t.call('saveDefinition', held);
    expect(await t.call('importDefinitions', { definitions: [file[0], file[1], file[3]] })).toEqual({ saved: 3 });
    const after = await t.call('listDefinitions', {});
    expect(after.map((d) => [d.name, d.flow])).toEqual([
      ['coal', 'export'],
      ['later', 'import'],
      ['ore', 'import'],
    ]);
  });
});
