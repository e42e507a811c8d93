import { describe, expect, it } from 'vitest';
import { BlockMerger, type RangeRequest } from './block-merger';

type Row = { n: number };

function harness(total = 10_000) {
  const sent: RangeRequest<string>[] = [];
  const timers: (() => void)[] = [];
  const merger = new BlockMerger<Row, string>(
    async (req) => {
      sent.push(req);
      const end = Math.min(total, req.startRow + req.limit);
      return {
        rows: Array.from({ length: Math.max(0, end - req.startRow) }, (_, i) => ({ n: req.startRow + i })),
        total,
      };
    },
    (fn) => timers.push(fn),
  );
  const answers: Record<number, number[]> = {};
  const ask = (startRow: number, key = 'q') =>
    merger.request({
      key,
      query: key,
      startRow,
      endRow: startRow + 100,
      succeed: (rows) => (answers[startRow] = rows.map((r) => r.n)),
      fail: () => {},
    });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { merger, sent, ask, answers, settle, expire: () => timers.splice(0).forEach((t) => t()) };
}

describe('BlockMerger', () => {
  it('fetches a block with the one after it, and answers the second block from that same request', async () => {
    const h = harness();
    h.ask(2400);
    h.ask(2500);
    await h.settle();
    expect(h.sent.map((r) => [r.startRow, r.limit])).toEqual([[2400, 200]]);
    expect([h.answers[2400]![0], h.answers[2400]!.length]).toEqual([2400, 100]);
    expect([h.answers[2500]![0], h.answers[2500]!.at(-1)]).toEqual([2500, 2599]);
  });

  it('sends a new request for a block outside what was fetched, or for another query', async () => {
    const h = harness();
    h.ask(0);
    h.ask(300);
    h.ask(100, 'sorted');
    await h.settle();
    expect(h.sent.map((r) => [r.key, r.startRow])).toEqual([
      ['q', 0],
      ['q', 300],
      ['sorted', 100],
    ]);
  });

  it('stops answering from a fetch once it has expired, or after forget()', async () => {
    const h = harness();
    h.ask(0);
    await h.settle();
    h.expire();
    h.ask(100);
    await h.settle();
    h.merger.forget();
    h.ask(200);
    await h.settle();
    expect(h.sent.map((r) => r.startRow)).toEqual([0, 100, 200]);
  });

  it('gives an arrived block at once, and nothing while its fetch is on its way or for another query', async () => {
    const h = harness();
    h.merger.prefetch({ key: 'q', query: 'q', startRow: 2400, endRow: 2500 });
    expect(h.merger.arrived({ key: 'q', startRow: 2500, endRow: 2600 })).toBeUndefined();
    await h.settle();
    expect(
      h.merger
        .arrived({ key: 'q', startRow: 2500, endRow: 2600 })
        ?.map((r) => r.n)
        .slice(0, 2),
    ).toEqual([2500, 2501]);
    expect(h.merger.arrived({ key: 'sorted', startRow: 2500, endRow: 2600 })).toBeUndefined();
    expect(h.merger.arrived({ key: 'q', startRow: 2600, endRow: 2700 })).toBeUndefined();
    h.merger.forget();
    expect(h.merger.arrived({ key: 'q', startRow: 2400, endRow: 2500 })).toBeUndefined();
  });

  it('gives a short last page to the block that reaches it, and nothing to the block past it', async () => {
    const h = harness(130);
    h.ask(0);
    h.ask(100);
    await h.settle();
    expect(h.sent.length).toBe(1);
    expect([h.answers[0]!.length, h.answers[100]!.length]).toEqual([100, 30]);
  });

  it('answers the grid from a fetch started before it asked (a prefetch on the jump)', async () => {
    const h = harness();
    h.merger.prefetch({ key: 'q', query: 'q', startRow: 4800, endRow: 4900 });
    h.ask(4800);
    h.ask(4900);
    await h.settle();
    expect(h.sent.map((r) => [r.startRow, r.limit])).toEqual([[4800, 200]]);
    expect(h.answers[4900]![0]).toBe(4900);
  });
});
