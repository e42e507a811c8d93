import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';

// The bundled sample imported as it is (no --goods all): November 2020's imports from North Korea are four items
// and no TOTAL, so that month the file covers the codes it lists. It lists 27160000, which is all of HS 2716
// (README: "HS 2716 is 27160000"), yet `series --hs 2716` had no figure at all ("HS 2716 is not listed
// separately in August 2021") while `--hs 27160000` gave November's 1,122,812.
const SAMPLE = resolve(__dirname, '../../../resources/sample/nk-china-published.csv');

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const r = await t.call('importFiles', { files: [{ path: SAMPLE }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported' });
});
afterAll(() => t?.dispose());

const imports = (hs: string[]) => t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', hs });

describe('a heading a file lists only as its one subdivision, in a month with no TOTAL', () => {
  it('is covered by that code: HS 2716 reads 27160000', async () => {
    const heading = await imports(['2716']);
    const code = await imports(['27160000']);
    expect(code.points.map((p) => [p.period, p.value])).toEqual([['2020-11', 1_122_812]]);
    expect(heading.points.map((p) => [p.period, p.value])).toEqual([['2020-11', 1_122_812]]);
    expect(heading.missing.find((m) => m.period === '2020-11')).toBeUndefined();
  });

  it('leaves a chapter of several headings not covered by one of them', async () => {
    const chapter = await imports(['27']);
    expect(chapter.points).toEqual([]);
    expect(chapter.missing.find((m) => m.period === '2020-11')?.reason).toMatch(/HS 27/);
  });
});
