import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open';
import { writeSyntheticCsv } from '../test-support/synthetic-csv';
import { tempCore } from '../test-support/temp-core';
import { stagingPathFor } from './export-service';
import { exportParquet } from './parquet-export';
import { sourceLinesWorker, type LinesMessage, type LinesWorkerFactory } from './parquet-lines';
import type { SecondReaderSource } from './second-reader';

/** Rows enough that each reader reads more than one range of ids (RANGE_IDS). */
const ROWS = 40_000;

let t: ReturnType<typeof tempCore>;
let alone: string;
/** How many rows the second readers started by `counted` wrote, each. */
const written: number[] = [];
const counted: LinesWorkerFactory = (request) =>
  sourceLinesWorker(request).on('message', (m: LinesMessage) => m.type === 'done' && written.push(m.rows));
const source = (start: LinesWorkerFactory): SecondReaderSource => ({ dbPath: t.core.dbPath, start, minRows: 0 });

/** An export as the export worker runs it: one read transaction on its own connection around it all. */
async function exported(name: string, second?: SecondReaderSource): Promise<{ dir: string; rows: number }> {
  const db = openDb(t.core.dbPath, { readonly: true });
  const dir = join(t.dir, name);
  try {
    db.exec('BEGIN');
    const r = await exportParquet(
      db,
      dir,
      () => {},
      stagingPathFor(dir),
      () => false,
      second,
    );
    return { dir, rows: r.rows };
  } finally {
    db.close();
  }
}

/** Rows of one dataset that the other lacks, counted both ways (every column, duplicates counted). */
async function differences(a: string, b: string): Promise<number> {
  const duck = await DuckDBInstance.create(':memory:');
  const con = await duck.connect();
  const all = (dir: string) => `SELECT * FROM read_parquet('${dir}/**/*.parquet', hive_partitioning = true)`;
  try {
    const r = await con.runAndReadAll(
      `SELECT (SELECT count(*) FROM (${all(a)} EXCEPT ALL ${all(b)})) + (SELECT count(*) FROM (${all(b)} EXCEPT ALL ${all(a)}))`,
    );
    return Number(r.getRows()[0]![0]);
  } finally {
    con.closeSync();
    duck.closeSync();
  }
}

describe('a Parquet export read by two threads (second-reader.ts)', () => {
  beforeAll(async () => {
    t = tempCore();
    const csv = writeSyntheticCsv(join(t.dir, 'rows.csv'), ROWS);
    await t.call('importFiles', { files: [{ path: csv }], options: {} });
    alone = (await exported('alone')).dir;
  }, 120_000);
  afterAll(() => t?.dispose());

  it('writes the same rows as one reader, the second reader writing its half', async () => {
    written.length = 0;
    // When the second reader holds its snapshot, no writer can commit yet: both readers see the same rows.
    const writer = openDb(t.core.dbPath);
    writer.pragma('busy_timeout = 0');
    const tried: string[] = [];
    const tryWrite: LinesWorkerFactory = (request) =>
      counted(request).on('message', (m: LinesMessage) => {
        if (m.type !== 'ready') return;
        try {
          writer.exec('BEGIN IMMEDIATE; ROLLBACK');
          tried.push('wrote');
        } catch (err) {
          tried.push((err as { code?: string }).code ?? String(err));
        }
      });
    const two = await exported('two', source(tryWrite));
    writer.close();
    expect(tried).toEqual(['SQLITE_BUSY']);
    expect(two.rows).toBe(ROWS);
    expect(written).toHaveLength(1);
    expect(written[0]).toBeGreaterThan(ROWS / 4);
    expect(written[0]).toBeLessThan(ROWS);
    expect(await differences(alone, two.dir)).toBe(0);
  }, 60_000);

  it('reads alone, the same rows, where a writer holds the database, and keeps no writer waiting after', async () => {
    written.length = 0;
    const writer: Db = openDb(t.core.dbPath);
    writer.exec('BEGIN IMMEDIATE');
    let held: { dir: string; rows: number };
    try {
      held = await exported('held', source(counted));
    } finally {
      writer.exec('ROLLBACK');
    }
    expect(written).toEqual([]);
    expect(await differences(alone, held.dir)).toBe(0);
    // The export's hold on writers ends with its start: a writer gets the database at once.
    await exported('after', source(counted));
    writer.pragma('busy_timeout = 0');
    expect(() => writer.exec('BEGIN IMMEDIATE; ROLLBACK')).not.toThrow();
    writer.close();
  }, 60_000);

  it('reads alone where the second reader cannot start', async () => {
    const broken = await exported(
      'broken',
      source(() => {
        throw new Error('no thread for you');
      }),
    );
    expect(await differences(alone, broken.dir)).toBe(0);
  }, 60_000);

  it('reads alone on a machine that runs one thread at a time', async () => {
    written.length = 0;
    const tried: string[] = [];
    const tryWrite: LinesWorkerFactory = (request) => {
      tried.push('started');
      return counted(request);
    };
    const one = await exported('one-core', { ...source(tryWrite), cores: 1 });
    expect(tried).toEqual([]);
    expect(written).toEqual([]);
    expect(one.rows).toBe(ROWS);
    expect(await differences(alone, one.dir)).toBe(0);
  }, 60_000);
});
