import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { tempCore } from '../test-support/temp-core';

// Issue 11's bullets, each on the corpus file it names, asserting the true figure.
const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const absent = !existsSync(CORPORA);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';
const corpus = (...parts: string[]) => join(CORPORA, ...parts);

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

async function load(path: string, options: ImportOptions = {}) {
  t ??= tempCore();
  const r = await t.call('importFiles', { files: [{ path }], options });
  expect(r.files[0]).toMatchObject({ status: 'imported' });
  return t;
}

const at = (s: { points: { period: string; value: number; yoy: number | null }[] }, period: string) =>
  s.points.find((p) => p.period === period);

describe.skipIf(absent)(`figures from the corpus files issue 11 names${why}`, () => {
  it('a soybean download covers neither North Korea nor all goods: the brief refuses, nothing reads $0', async () => {
    const c = await load(corpus('gacc/soybean-monthly/2024in.csv'), { reporter: 'CHN', flow: 'import' });
    const b = await c.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2024-03', subject: 'partner' });
    expect(b.figures.value).toBeNull();
    expect(b.text).not.toMatch(/\$0\b|CNY 0\b/);
    expect(b.text).toMatch(/not covered/i);
    expect(b.text).toContain('North Korea');
    const s = await c.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.points.filter((p) => p.value === 0)).toEqual([]);
    expect(s.points).toEqual([]);
    const march = s.missing.find((m) => m.period === '2024-03');
    expect(march?.reason).toMatch(/North Korea/);
    const rec = await c.call('seriesRecord', { reporter: 'CHN', partner: 'PRK', flow: 'import', period: '2024-03' });
    expect(rec.value).toBeNull();
  });

  it('Comtrade China–DPRK: the TOTAL row wins over the seven listed items; electricity is 24.7%, not 84.1%', async () => {
    const c = await load(corpus('comtrade/china-dprk-annual/comtrade_china_dprk_exports.json'), {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
    });
    const s = await c.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(at(s, '2020')?.value).toBe(47_948_195);
    expect(at(s, '2019')?.value).toBe(215_240_258);
    expect(Math.round(at(s, '2020')!.yoy! * 1000) / 10).toBe(-77.7);
    const top = await c.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2020', level: 4 });
    expect(top.total).toBe(47_948_195);
    const electricity = top.items.find((i) => i.key === '2716')!;
    expect(electricity.value).toBe(11_848_244);
    expect(Math.round(electricity.share! * 1000) / 10).toBe(24.7);
  });

  it('Comtrade cement: World is the all-partner total, never added to the partners; C00 is not added to C01', async () => {
    const c = await load(corpus('comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv'));
    // The file holds one good (cement clinker, HS 252310) for all partners (World rows).
    const s = await c.call('series', { flow: 'import', frequency: 'year', hs: ['252310'] });
    expect(at(s, '2000')?.value).toBe(179_910_819);
    expect(at(s, '2016')?.value).toBe(64_328_200);
    const world = await c.call('series', {
      reporter: 'C97',
      partner: 'WLD',
      flow: 'import',
      frequency: 'year',
      hs: ['252310'],
    });
    expect(at(world, '2016')?.value).toBe(64_328_200);
    // All goods are not what the file holds: not covered, never the cement figure.
    const all = await c.call('series', { flow: 'import', frequency: 'year' });
    expect(all.points).toEqual([]);
    expect(all.missing.find((m) => m.period === '2000')?.reason).toMatch(/all goods.*252310/);
    const byPartner = await c.call('breakdown', {
      flow: 'import',
      from: '2000',
      by: 'partner',
      hs: ['252310'],
      top: 50,
    });
    expect(byPartner.total).toBe(at(s, '2000')!.value);
    expect(byPartner.items.map((i) => i.key)).not.toContain('WLD');
    expect(byPartner.items.find((i) => i.key === 'TUR')?.value).toBe(37_217_399);
    expect(byPartner.unallocated?.value).toBe(1);
  });

  it('SITC divisions keep their own names, also beside an HS file, and --hs 78 reads HS only', async () => {
    // Both files hold every division (chapter) their partners trade, which they cannot say themselves.
    const c = await load(corpus('comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv'), { goods: 'all' });
    await load(corpus('comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv'), { goods: 'all' });
    const top = await c.call('breakdown', {
      reporter: 'CHN',
      partner: 'DEU',
      flow: 'export',
      from: '2014',
      level: 2,
      top: 100,
    });
    expect(top.classification).toBe('SITC');
    const vehicles = top.items.find((i) => i.key === '78')!;
    expect(vehicles.description).toMatch(/^Road vehicles/);
    expect(`${vehicles.description} ${vehicles.descriptionEn}`).not.toMatch(/lead/i);
    const machinery = top.items.find((i) => i.key === '84')!;
    expect(`${machinery.description} ${machinery.descriptionEn}`).not.toMatch(/machinery/i);
    // --hs 78 is lead: China's SITC file is not read for it, the US file's HS 78 is.
    const lead = await c.call('series', {
      reporter: 'CHN',
      partner: 'DEU',
      hs: ['78'],
      frequency: 'year',
      flow: 'export',
    });
    expect(lead.points).toEqual([]);
    expect(lead.missing[0]?.reason).toMatch(/held only in SITC/);
    const usLead = await c.call('series', {
      reporter: 'USA',
      partner: 'CHN',
      hs: ['78'],
      frequency: 'year',
      flow: 'total',
    });
    expect(usLead.points.map((p) => p.period)).toEqual(['2017']);
    const road = await c.call('series', {
      reporter: 'CHN',
      partner: 'DEU',
      hs: ['78'],
      classification: 'S4',
      frequency: 'year',
      flow: 'export',
    });
    expect(road.points.map((p) => p.period)).toEqual(['2010', '2011', '2012', '2013', '2014']);
    expect(road.footnotes).toContain('Read in S4 (SITC).');
  });
});
