import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => t?.dispose());

// China's trade with Mongolia, all goods, every month of 2023 and no annual row: the brief of 2023 sums its
// months, and its figures' links opened the rows of period "2023", of which there are none.
describe("a year brief's links to the rows behind its figures", () => {
  it('open the months a year summed from them is made of, and a stated year its own rows', async () => {
    t = tempCore();
    const months = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);
    const lines = months.flatMap((m, i) => [
      `${m},CHN,MNG,export,HS,TOTAL,,${1000 + i},USD,,`,
      `${m},CHN,MNG,import,HS,TOTAL,,${2000 + i},USD,,`,
    ]);
    lines.push('2022,CHN,MNG,export,HS,TOTAL,,9000,USD,,', '2022,CHN,MNG,import,HS,TOTAL,,8000,USD,,');
    await t.call('importFiles', { files: [{ path: t.file('mng.csv', [HEADER, ...lines].join('\n')) }], options: {} });

    const b = await t.call('brief', { reporter: 'CHN', partner: 'MNG', period: '2023' });
    expect([12 * 1000 + 66, 12 * 2000 + 66]).toContain(b.figures.value);
    const queries = [b.figures.query, b.figures.counterFlow!.query, b.figures.total!.query];
    for (const q of queries) expect(q.records.period).toEqual({ op: 'startsWith', value: '2023-' });
    // Each opens exactly the rows its figure sums.
    const rows = await t.call('listRecords', { filters: b.figures.total!.query.records, limit: 100 });
    expect(rows.total).toBe(24);

    const stated = await t.call('brief', { reporter: 'CHN', partner: 'MNG', period: '2022' });
    expect(stated.figures.query.records.period).toEqual({ op: 'equals', value: '2022' });
  });
});
