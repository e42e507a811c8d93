import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// chinautils' GACC samples, a yuan file beside a dollar one (here both all partners): `top --reporter CHN --period 2026-01`
// refused with "Name its reporter, or choose the currency", though the reporter was named: only the currency
// is left to choose.

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
  it('asks only for the currency where the reporter is named', async () => {
    const named = t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01' });
    await expect(named).rejects.toThrow(
      'mixed_currencies: This breakdown mixes currencies (CNY, USD). Choose the currency to read it in (CLI: --currency).',
    );
    const ko = t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2026-01', lang: 'ko' });
    await expect(ko).rejects.toThrow('읽을 통화를 고르세요(CLI: --currency)');
    await expect(ko).rejects.not.toThrow('보고국');
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
