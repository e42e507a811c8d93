import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's customs publish each query in yuan and in dollars. Two downloads of acetylene by partner (no TOTAL, no
// World, so no total is covered): `top --reporter CHN --by partner --hs 29012920` stopped with "This breakdown
// mixes currencies (CNY, USD). Choose the currency to read it in", where the README says top reads the one the
// series would choose, and its source line named the yuan file beside the dollar figures.
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const rows = (currency: string, values: Record<string, number>) => [
    HEADER,
    ...Object.entries(values).map(([p, v]) => `2026-01,CHN,${p},import,HS,29012920,Acetylene,${v},${currency},,`),
  ];
  const files = {
    'acetylene-usd.csv': rows('USD', { HKG: 315286, TWN: 234351, KOR: 199307 }),
    'acetylene-cny.csv': rows('CNY', { HKG: 2260000, KOR: 1430000 }),
  };
  for (const [name, lines] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, lines.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
});
afterAll(() => t?.dispose());

const byPartner = (currency?: string) =>
  t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01', by: 'partner', hs: ['29012920'], currency });

describe('a breakdown of a reporter held in two currencies, with no total covered', () => {
  it('reads the default currency, says the other is held, and cites only its files', async () => {
    const b = await byPartner();
    expect(b.currency).toBe('USD');
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['HKG', 315286],
      ['TWN', 234351],
      ['KOR', 199307],
    ]);
    expect(b.total).toBeNull();
    expect(b.footnotes.join(' ')).toContain('Read in USD. The files also hold these figures in CNY');
    expect(b.files).toEqual(['acetylene-usd.csv']);
  });

  it('reads the other where asked', async () => {
    const b = await byPartner('CNY');
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['HKG', 2260000],
      ['KOR', 1430000],
    ]);
    expect(b.files).toEqual(['acetylene-cny.csv']);
  });

  it("still refuses to add several partners' items in different currencies into one code", async () => {
    // Each file says it holds every partner: a code's item is then the sum of partners, which in two currencies
    // may be different trade (one partner's yuan, another's dollars), never silently one.
    const c = tempCore();
    try {
      const files = {
        'usd.csv': [HEADER, '2026-01,CHN,HKG,import,HS,29012920,Acetylene,100,USD,,'],
        'cny.csv': [HEADER, '2026-01,CHN,KOR,import,HS,29012920,Acetylene,700,CNY,,'],
      };
      for (const [name, lines] of Object.entries(files)) {
        const path = c.file(name, lines.join('\n'));
        const r = await c.call('importFiles', { files: [{ path }], options: { partners: 'all' } });
        expect(r.files[0]).toMatchObject({ status: 'imported' });
      }
      const byCode = c.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01', hs: ['29012920'] });
      await expect(byCode).rejects.toThrow(/mixed_currencies/);
    } finally {
      c.dispose();
    }
  });
});
