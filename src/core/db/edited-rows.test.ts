import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const LINES = [
  '2020-11,CHN,PRK,import,HS,0101,horses,10,USD,,',
  '2020-11,CHN,PRK,export,HS,2716,electricity,20,USD,,',
  '2020-11,CHN,KOR,import,HS,0101,horses,30,USD,,',
];

async function load() {
  t = tempCore();
  await t.call('importFiles', {
    files: [{ path: t.file('e.csv', [HEADER, ...LINES].join('\n')) }],
    options: { goods: 'all' },
  });
  return (await t.call('listRecords', {})).rows;
}

const EDITED = /edited by hand in Tidemark after import \(1 record\)/;

describe('values edited by hand', () => {
  it('are marked per cell on the grid page, and no longer once the edit is undone', async () => {
    const [first] = await load();
    expect((await t.call('listRecords', {})).edited).toEqual({});
    await t.call('updateRecord', { id: first!.id, field: 'value', value: '11', version: first!.version });
    const after = await t.call('listRecords', {});
    expect(after.edited).toEqual({ [String(first!.id)]: ['value'] });
    await t.call('undo', {});
    expect((await t.call('listRecords', {})).edited).toEqual({});
  });

  it('put a footnote on a series and a brief that include them, and none on figures that do not', async () => {
    const [first] = await load();
    const prk = { reporter: 'CHN', partner: 'PRK', flow: 'import' } as const;
    expect((await t.call('series', prk)).footnotes.join(' ')).not.toMatch(EDITED);
    await t.call('updateRecord', { id: first!.id, field: 'value', value: '11', version: first!.version });
    expect((await t.call('series', prk)).footnotes).toContainEqual(expect.stringMatching(EDITED));
    // Another partner, another flow: the edited row is not in them.
    expect((await t.call('series', { ...prk, partner: 'KOR' })).footnotes.join(' ')).not.toMatch(EDITED);
    expect((await t.call('series', { ...prk, flow: 'export' })).footnotes.join(' ')).not.toMatch(EDITED);
    // Excluding its code takes it out of the figure.
    expect((await t.call('series', { ...prk, excludeHs: ['01'] })).footnotes.join(' ')).not.toMatch(EDITED);
    const brief = await t.call('brief', { reporter: 'CHN', partner: 'PRK', flow: 'import', period: '2020-11' });
    expect(brief.footnotes).toContainEqual(expect.stringMatching(EDITED));
    const korea = await t.call('brief', { reporter: 'CHN', partner: 'KOR', flow: 'import', period: '2020-11' });
    expect(korea.footnotes.join(' ')).not.toMatch(EDITED);
  });
});
