import { loadDuckDb } from './duckdb';
import type { DuckDBAppender, DuckDBConnection, DuckDBDataChunk, DuckDBVector } from '@duckdb/node-api';

/** Rows per data chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

/**
 * Appends staged rows (w, p, code, descr, hi, lo, q, q2, src: integers and doubles, never null) to a DuckDB
 * table one data chunk at a time. Numeric vectors are written into typed arrays and copied over in one
 * native call per column per chunk; a value-by-value appender made a native call per value.
 */
export class RowStager {
  private n = 0;
  /** Rows pushed so far. */
  rows = 0;
  private readonly vectors: DuckDBVector[];

  private constructor(
    private readonly appender: DuckDBAppender,
    private readonly chunk: DuckDBDataChunk,
  ) {
    this.vectors = Array.from({ length: chunk.columnCount }, (_, i) => chunk.getColumnVector(i));
  }

  static async open(con: DuckDBConnection, table: string): Promise<RowStager> {
    const { DuckDBDataChunk, INTEGER, DOUBLE } = loadDuckDb();
    const chunk = DuckDBDataChunk.create(
      [INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE, INTEGER, DOUBLE, DOUBLE, INTEGER],
      CHUNK_ROWS,
    );
    return new RowStager(await con.createAppender(table), chunk);
  }

  push(
    w: number,
    p: number,
    code: number,
    descr: number,
    hi: number,
    lo: number,
    q: number,
    q2: number,
    src: number,
  ): void {
    const [a, x, b, c, d, e, f, g, h] = this.vectors as [
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
      DuckDBVector,
    ];
    const i = this.n;
    this.rows++;
    a.setItem(i, w);
    x.setItem(i, p);
    b.setItem(i, code);
    c.setItem(i, descr);
    d.setItem(i, hi);
    e.setItem(i, lo);
    f.setItem(i, q);
    g.setItem(i, q2);
    h.setItem(i, src);
    if (++this.n === CHUNK_ROWS) this.flush();
  }

  private flush(): void {
    if (this.n === 0) return;
    for (const v of this.vectors) v.flush();
    this.chunk.rowCount = this.n;
    this.appender.appendDataChunk(this.chunk);
    this.chunk.rowCount = CHUNK_ROWS;
    this.n = 0;
  }

  close(): void {
    this.flush();
    this.appender.closeSync();
  }
}
