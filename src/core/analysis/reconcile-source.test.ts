import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// A mirror's label named "North Korea's customs" or "China's customs" whatever the files were: a UN Comtrade
// download's figures are UN Comtrade's, as a series' and a brief's source say.

/** A Comtrade+ download (the portal's CSV). */
const COMTRADE = 'freqCode,period,reporterISO,flowCode,partnerISO,classificationCode,cmdCode,cmdDesc,primaryValue';

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

async function load(name: string, lines: string[]) {
  t ??= tempCore();
  const r = await t.call('importFiles', { files: [{ path: t.file(name, lines.join('\n')) }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  return t;
}

describe("a reconciliation's labels", () => {
  it('name UN Comtrade for the side read from a Comtrade download, the customs for a customs table', async () => {
    await load('comtrade.csv', [COMTRADE, 'A,2019,CHN,M,PRK,H6,TOTAL,,110']);
    const core = await load('own.csv', [HEADER, '2019,KOR,PRK,import,HS,TOTAL,,50,USD,,']);
    const r = await core.call('reconcile', { reporter: 'PRK', partner: 'CHN', flow: 'export', frequency: 'year' });
    expect(r.rows[0]).toMatchObject({ period: '2019', mirror: 110, reported: null });
    expect(r.mirrorLabel).toBe(
      "North Korea's exports to China (mirror: China's imports from North Korea), according to UN Comtrade (China as reporter)",
    );
    const k = await core.call('reconcile', { reporter: 'PRK', partner: 'KOR', flow: 'export', frequency: 'year' });
    expect(k.mirrorLabel).toMatch(/, as reported by South Korea's customs$/);
  });
});
