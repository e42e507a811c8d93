import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe('checkNames', () => {
  it('names what the database has never held, with the nearest held ones; held names pass', async () => {
    t = tempCore();
    const csv = [
      HEADER,
      '2020-11,CHN,DEU,import,HS,27160000,,1,USD,,',
      '2020-11,CHN,PRK,import,HS,33049900,,1,USD,,',
      '2020-11,KOR,DNK,export,HS,0101,,1,USD,,',
    ].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('n.csv', csv) }], options: {} });
    const r = await t.call('checkNames', {
      reporters: ['CHN', 'CHM'],
      partners: ['DUE', 'PRK', 'XYZ'],
      codes: ['2716', '2761', '3304990', '01'],
    });
    expect(r.unknown).toEqual([
      { kind: 'reporter', value: 'CHM', nearest: ['CHN'], message: 'no reporter CHM; did you mean CHN?' },
      { kind: 'partner', value: 'DUE', nearest: ['DEU'], message: 'no partner DUE; did you mean DEU?' },
      { kind: 'partner', value: 'XYZ', nearest: [], message: 'no partner XYZ; the partners held are DEU, DNK, PRK' },
      { kind: 'code', value: '2761', nearest: ['2716'], message: 'no code 2761; did you mean 2716?' },
    ]);
    // Codes are looked for among the reporter's records when one is given.
    expect((await t.call('checkNames', { codes: ['01'], reporter: 'CHN' })).unknown.map((u) => u.value)).toEqual([
      '01',
    ]);
  });

  it('says so when the database holds nothing yet', async () => {
    t = tempCore();
    expect((await t.call('checkNames', { partners: ['PRK'] })).unknown[0]!.message).toBe(
      'no partner PRK: the database holds no records yet',
    );
  });
});
