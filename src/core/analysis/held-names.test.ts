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

  it('looks for codes, and suggests them, only in the classification asked for (HS by default)', async () => {
    t = tempCore();
    const csv = [
      HEADER,
      '2012,CHN,USA,export,S4,781,,9,USD,,',
      '2012,CHN,USA,export,S4,7812,,8,USD,,',
      '2012,CHN,USA,export,H4,7801,,1,USD,,',
    ].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('c.csv', csv) }], options: {} });
    // SITC 781 is held; it is no answer to HS 781, and SITC codes are not offered for an HS typo.
    expect((await t.call('checkNames', { codes: ['781', '780'] })).unknown).toEqual([
      { kind: 'code', value: '781', nearest: ['780'], message: 'no code 781; did you mean 780?' },
    ]);
    expect((await t.call('checkNames', { codes: ['7813', '781'], classification: 'S4' })).unknown).toEqual([
      { kind: 'code', value: '7813', nearest: ['7812'], message: 'no SITC code 7813; did you mean 7812?' },
    ]);
    expect(
      (await t.call('checkNames', { codes: ['7802'], classification: 'H4' })).unknown.map((u) => u.nearest),
    ).toEqual([['7801']]);
  });
});

describe('checkNames, a code longer than any held', () => {
  it('names the held code above it, or how long the held codes are: not "the database holds no HS codes"', async () => {
    t = tempCore();
    const csv = [HEADER, '2012,CHN,KOR,import,HS,3201,,700,USD,,', '2012,CHN,KOR,import,S4,781,,9,USD,,'].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('short.csv', csv) }], options: {} });
    const r = await t.call('checkNames', { codes: ['320190', '270111'] });
    expect(r.unknown.map((u) => u.message)).toEqual([
      'no code 320190: HS 3201 is held, but nothing under it as long as 320190',
      'no code 270111: the HS codes held are shorter (3201), none has 6 characters',
    ]);
    expect((await t.call('checkNames', { codes: ['78123'], classification: 'S4' })).unknown[0]!.message).toBe(
      'no SITC code 78123: SITC 781 is held, but nothing under it as long as 78123',
    );
  });
});

// `series --partner DUE --lang ko` and `brief ... --lang ko` stopped on "no partner DUE; did you mean DEU?" in
// English: the one sentence of a Korean session a person must act on.
describe('checkNames in Korean', () => {
  it('names the unknown reporter, partner and code in Korean', async () => {
    t = tempCore();
    const csv = [HEADER, '2020-11,CHN,DEU,import,HS,27160000,,1,USD,,', '2020-11,CHN,PRK,import,HS,33049900,,1,USD,,'];
    await t.call('importFiles', { files: [{ path: t.file('n.csv', csv.join('\n')) }], options: {} });
    const r = await t.call('checkNames', {
      reporters: ['CHM'],
      partners: ['DUE', 'XYZ'],
      codes: ['2761'],
      classification: 'S4',
      lang: 'ko',
    });
    expect(r.unknown.map((u) => u.message)).toEqual([
      '보고국 CHM 없음. CHN을(를) 찾으셨나요?',
      '상대국 DUE 없음. DEU을(를) 찾으셨나요?',
      '상대국 XYZ 없음. 보유한 상대국: DEU, PRK',
      'SITC 코드 2761 없음: 데이터베이스에 SITC 코드가 없습니다',
    ]);
    // The kinds stay the contract's words.
    expect(r.unknown.map((u) => u.kind)).toEqual(['reporter', 'partner', 'partner', 'code']);
  });
});
