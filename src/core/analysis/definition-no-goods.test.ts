import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';

// The core saved a definition whose exclusions take out all it includes (HS 2716 less HS 27), which every reader
// then refused; only the CLI's `define` checked. The renderer's calls are not trusted to have checked either.
let t: ReturnType<typeof tempCore>;
beforeAll(() => {
  t = tempCore();
});
afterAll(() => t?.dispose());

const nothing = {
  name: 'nothing',
  reporter: 'CHN',
  partner: 'PRK',
  flow: 'import' as const,
  hs: ['2716'],
  excludeHs: ['27'],
};

describe('saveDefinition of no goods', () => {
  it('is refused with the sentence every reader gives, and nothing is saved', async () => {
    await expect(t.call('saveDefinition', nothing)).rejects.toMatchObject({
      code: 'bad_input',
      message:
        'bad_input: Leaving out HS 27 leaves nothing of HS 2716: the selection holds no goods, so it has no figure. Leave out less (--exclude-hs) or include more (--hs).',
    });
    expect(await t.call('listDefinitions', {})).toEqual([]);
  });

  it('is refused over an existing definition too, which stays as it was', async () => {
    await t.call('saveDefinition', { ...nothing, excludeHs: ['271600'] });
    await expect(t.call('saveDefinition', nothing)).rejects.toMatchObject({ code: 'bad_input' });
    expect((await t.call('listDefinitions', {})).map((d) => d.excludeHs)).toEqual([['271600']]);
  });

  it('names the codes in the definition’s classification', async () => {
    const sitc = { ...nothing, name: 'sitc', hs: ['321'], excludeHs: ['32'], classification: 'SITC' };
    await expect(t.call('saveDefinition', sitc)).rejects.toMatchObject({
      message: expect.stringContaining('Leaving out SITC 32 leaves nothing of SITC 321'),
    });
  });
});
