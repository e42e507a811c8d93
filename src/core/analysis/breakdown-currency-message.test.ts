import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// chinautils' GACC samples, a yuan file beside a dollar one (here both all partners): `top --reporter CHN --period 2026-01`
// refused with "Name its reporter, or choose the currency", though the reporter was named; then with "Choose the
// currency"; now it reads the default currency. With no reporter, the currencies may be different trade.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const files = {
    'chinese-full.csv': [HEADER, '2026-01,CHN,WLD,import,HS,29012920,乙炔,9157308,CNY,234322,千克'],
    'english-full.csv': [HEADER, '2026-01,CHN,WLD,import,HS,29012920,Acetylene,419601,USD,4333,Kilogram'],
  };
  for (const [name, rows] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, rows.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

describe('a breakdown mixing currencies', () => {
  it("reads the named reporter's in the one the series would choose, saying the other is held", async () => {
    // README: of the currencies holding the latest period, the one held for the most periods, US dollars on a
    // tie. It refused with "Choose the currency to read it in", where the total gave it no currency to follow.
    const named = await t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01' });
    expect(named.currency).toBe('USD');
    expect(named.items.map((i) => [i.key, i.value])).toEqual([['29012920', 419601]]);
    expect(named.footnotes.join(' ')).toContain('The files also hold these figures in CNY');
    const ko = await t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01', lang: 'ko' });
    expect(ko.currency).toBe('USD');
  });

  it('asks for the reporter or the currency where none is named', async () => {
    await expect(t.call('breakdown', { flow: 'import', from: '2026-01' })).rejects.toThrow(
      'Name its reporter, or choose the currency to read it in (CLI: --currency).',
    );
  });

  it('reads the currency asked for', async () => {
    const b = await t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01', currency: 'USD' });
    expect(b.currency).toBe('USD');
  });
});
