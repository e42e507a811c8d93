import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../test-support/corpus-database';
import { tempCore } from '../test-support/temp-core';
import { bundledCommodityName, shortCommodityName } from './commodity-names';
import { UNSC_WATCHLIST } from './watchlist-unsc';

// `top --lang ko` on the Comtrade China–DPRK download named HS 2601, the iron ore resolution 2270 bans, as
// "Iron ores and concentrates; including roasted iron pyrites" among 전력, 가발 and 석탄: no Korean name was
// bundled for the watchlist's headings but coal.
const FILE = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');
const absent = corporaAbsent;
const why = corporaSkipped;
const HANGUL = /^[\p{Script=Hangul}0-9·, ]+$/u;

describe('the watchlist headings are named in Korean under --lang ko', () => {
  it('every chapter and heading the UN watchlist names has a Korean name, in Hangul', () => {
    const codes = [...new Set(UNSC_WATCHLIST.map((e) => e.code).filter((c) => c.length <= 4))];
    const unnamed = codes.filter((c) => !HANGUL.test(bundledCommodityName('HS', c, 'ko') ?? ''));
    expect(unnamed).toEqual([]);
    expect(shortCommodityName('HS', '2601', 'ko')).toBe('철광석');
    expect(shortCommodityName('HS', '2601', 'en')).toBe('iron ore');
    // Never another classification's code.
    expect(shortCommodityName('S4', '2601', 'ko')).toBeNull();
  });

  let t: ReturnType<typeof tempCore> | undefined;
  afterAll(() => t?.dispose());
  it.skipIf(absent)(`names the China–DPRK download's items in Korean${why}`, async () => {
    t = tempCore();
    const r = await t.call('importFiles', {
      files: [{ path: FILE }],
      options: { reporter: 'CHN', partner: 'PRK', flow: 'import' },
    });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
    const b = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2017', lang: 'ko' });
    const names = Object.fromEntries(b.items.map((i) => [i.key, i.description]));
    expect(names['2601']).toBe('철광석');
    expect(b.items.filter((i) => !HANGUL.test(i.description)).map((i) => i.key)).toEqual([]);
  });
});
