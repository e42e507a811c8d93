import { describe, expect, it } from 'vitest';
import { figureRows, onOpenRows, openRows, type OpenRowsRequest } from './open-rows';

const query = {
  series: { reporter: 'CHN', partner: 'PRK', flow: 'import', excludeHs: ['2716', 7] },
  period: '2020-11',
  records: { reporter: { op: 'equals' as const, value: 'CHN' } },
};

describe('the rows behind a figure', () => {
  it('are the figure’s grid filters plus its series’ exclusions, so "excluding HS 2716" lists exactly its own rows', () => {
    const req = figureRows('North Korea’s exports, November 2020', query, 'brief');
    expect(req).toEqual({
      label: 'North Korea’s exports, November 2020',
      filters: query.records,
      excludeCodes: ['2716'],
      from: 'brief',
    });
    expect(figureRows('x', { ...query, series: {} }).excludeCodes).toEqual([]);
  });

  it('reach every listener, and a click made before the grid listens waits for it, once', () => {
    const req: OpenRowsRequest = { label: 'batch 3', filters: {} };
    openRows(req);
    const first: OpenRowsRequest[] = [];
    const stop = onOpenRows((r) => first.push(r));
    expect(first).toEqual([req]);
    const second: OpenRowsRequest[] = [];
    const stopSecond = onOpenRows((r) => second.push(r));
    expect(second).toEqual([]);
    openRows({ label: 'again', filters: {} });
    expect(first.map((r) => r.label)).toEqual(['batch 3', 'again']);
    expect(second.map((r) => r.label)).toEqual(['again']);
    stop();
    stopSecond();
  });
});
