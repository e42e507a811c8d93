/** One block the grid asked for: rows [startRow, endRow) of the query named by `key`, answered through its callbacks. */
export type BlockRequest<R, Q = unknown> = {
  key: string;
  query: Q;
  startRow: number;
  endRow: number;
  /** `total` undefined: not counted yet (AG Grid then grows the table as blocks come). */
  succeed(rows: R[], total: number | undefined): void;
  fail(err: unknown): void;
};

/** One call to the core: `limit` rows of `query` from `startRow`. */
export type RangeRequest<Q> = { key: string; query: Q; startRow: number; limit: number };

type Fetch<R> = {
  key: string;
  startRow: number;
  endRow: number;
  result: Promise<{ rows: R[]; total: number | null }>;
  /** The rows, once they have arrived. */
  rows?: R[];
};

/** How long a fetched range keeps answering blocks after it arrived: one scroll jump's worth, no more. */
const KEEP_MS = 500;

/**
 * After a scroll jump the viewport usually straddles two blocks, and AG Grid asks for them one after
 * the other, each in its own timer. Asked one by one, the second waits behind the first in the core
 * and the page stays half blank until both are drawn. So each block is fetched together with the
 * block after it, in one request, and a block asked for while a fetch covering it is in flight (or
 * has just arrived) is answered from that fetch.
 */
export class BlockMerger<R, Q> {
  private fetches: Fetch<R>[] = [];

  constructor(
    private readonly send: (request: RangeRequest<Q>) => Promise<{ rows: R[]; total: number | null }>,
    private readonly later: (fn: () => void, ms: number) => void = (fn, ms) => void setTimeout(fn, ms),
  ) {}

  request(block: BlockRequest<R, Q>): void {
    const fetch = this.fetchFor(block);
    const offset = block.startRow - fetch.startRow;
    fetch.result.then(
      ({ rows, total }) =>
        block.succeed(rows.slice(offset, offset + block.endRow - block.startRow), total ?? undefined),
      (err: unknown) => block.fail(err),
    );
  }

  /**
   * Starts fetching a block the grid is about to ask for. AG Grid asks from a timer after it has drawn
   * the empty rows of a jump; fetching as soon as the jump is seen overlaps the request with that drawing.
   */
  prefetch(block: Pick<BlockRequest<R, Q>, 'key' | 'query' | 'startRow' | 'endRow'>): Promise<unknown> {
    return this.fetchFor(block).result;
  }

  /**
   * The rows of a block, if a fetch covering it has already arrived: what lets a scroll that was held
   * for its page draw that page at once, before AG Grid asks for it from its own timer.
   */
  arrived(block: Pick<BlockRequest<R, Q>, 'key' | 'startRow' | 'endRow'>): R[] | undefined {
    const found = this.fetches.find(
      (f) => f.rows && f.key === block.key && f.startRow <= block.startRow && block.endRow <= f.endRow,
    );
    return found?.rows?.slice(block.startRow - found.startRow, block.endRow - found.startRow);
  }

  private fetchFor(block: Pick<BlockRequest<R, Q>, 'key' | 'query' | 'startRow' | 'endRow'>): Fetch<R> {
    const found = this.fetches.find(
      (f) => f.key === block.key && f.startRow <= block.startRow && block.endRow <= f.endRow,
    );
    if (found) return found;
    const size = block.endRow - block.startRow;
    const result = this.send({ key: block.key, query: block.query, startRow: block.startRow, limit: 2 * size });
    const started: Fetch<R> = { key: block.key, startRow: block.startRow, endRow: block.startRow + 2 * size, result };
    this.fetches.push(started);
    const drop = () => this.later(() => (this.fetches = this.fetches.filter((f) => f !== started)), KEEP_MS);
    result.then(({ rows }) => {
      started.rows = rows;
      drop();
    }, drop);
    return started;
  }

  /** After the data changed (an edit, an import, a purge): nothing fetched before may answer a block. */
  forget(): void {
    this.fetches = [];
  }
}
