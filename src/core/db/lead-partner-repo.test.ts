import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

const SOY = resolve(__dirname, '../../../../shared/corpora/gacc/soybean-monthly');
const absent = !existsSync(SOY);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

async function withSoybeans() {
  t = tempCore();
  for (const [name, flow] of [
    ['2024in.csv', 'import'],
    ['2024out.csv', 'export'],
  ] as const) {
    const r = await t.call('importFiles', { files: [{ path: join(SOY, name) }], options: { flow } });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
  return t;
}

describe.skipIf(absent)(`the partner a dashboard opens on${why}`, () => {
  it('is the partner held in the most months with the most trade, not the alphabetical first (Argentina)', async () => {
    const c = await withSoybeans();
    const d = await c.call('dimensions', {});
    expect(d.partnersOf.CHN).toEqual(['ARG', 'BRA', 'USA']);
    // Brazil: soybeans in all 12 months of 2024 both ways, CNY 387 billion; Argentina only some months.
    expect(d.leadPartnerOf?.CHN).toBe('BRA');
  });

  it('is a partner whose files cover all goods, ahead of one held longer for a few codes only', async () => {
    const c = await withSoybeans();
    const file = c.file('chn-kor.csv', [HEADER, '2024-06,CHN,KOR,import,HS,TOTAL,All goods,1000,USD,,'].join('\n'));
    await c.call('importFiles', { files: [{ path: file }], options: {} });
    const d = await c.call('dimensions', {});
    expect(d.partnersOf.CHN).toContain('KOR');
    expect(d.leadPartnerOf?.CHN).toBe('KOR');
    const s = await c.call('series', { reporter: 'CHN', partner: 'KOR', flow: 'import' });
    expect(s.points.map((p) => p.period)).toEqual(['2024-06']);
  });

  it('is a country before the World where one all-partners file covers both in the same months', async () => {
    t = tempCore();
    const rows = ['WLD,World,900', 'JPN,Japan,300', 'VNM,Viet Nam,500'].flatMap((r) => {
      const [code, , value] = r.split(',');
      return ['2024-01', '2024-02'].map((p) => `${p},KOR,${code},export,HS,TOTAL,All goods,${value},USD,,`);
    });
    const file = t.file('kor.csv', [HEADER, ...rows].join('\n'));
    await t.call('importFiles', { files: [{ path: file }], options: {} });
    const d = await t.call('dimensions', {});
    expect(d.partnersOf.KOR).toEqual(['JPN', 'VNM', 'WLD']);
    expect(d.leadPartnerOf?.KOR).toBe('VNM');
  });
});
