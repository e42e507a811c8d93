import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/open';
import { exportParquet } from './parquet-export';
import { HEADER, tempCore } from '../test-support/temp-core';

/**
 * Values that pass through text on their way to DuckDB (parquet-stage.ts): each must come back as
 * the same double, the same exact integer, and the same NULL.
 */
const QUANTITIES = ['0.30000000000000004', '1234567.8901234567', '0.1', '98765432109876543210', '', '-0.5'];
const VALUES = ['9007199254740.991', '0.001', '12', '-7.5', '3', '4'];

describe('Parquet export keeps every value exact', () => {
  const t = tempCore();
  afterAll(() => t.dispose());

  it('reads back the same doubles, exact milli-units up to 2^53, NULL quantities and no sheet as NULL', async () => {
    const lines = QUANTITIES.map(
      (q, i) => `2020-0${i + 1},CHN,PRK,import,HS,0${i}01,"item, ${i}",${VALUES[i]},USD,${q},${q ? 'kg' : ''}`,
    );
    await t.call('importFiles', { files: [{ path: t.file('q.csv', [HEADER, ...lines].join('\n')) }], options: {} });
    const dir = join(t.dir, 'out');
    await t.call('exportParquet', { dir });

    const duck = await DuckDBInstance.create(':memory:');
    const con = await duck.connect();
    const rows = (
      await con.runAndReadAll(
        `SELECT code, quantity, unit, value_milli, description, source_sheet, split_by, is_aggregate, partner_kind
        FROM read_parquet('${dir}/**/*.parquet', hive_partitioning = true) ORDER BY period`,
      )
    ).getRows();
    con.closeSync();
    duck.closeSync();
    expect(rows.map((r) => r[0])).toEqual(QUANTITIES.map((_, i) => `0${i}01`));
    expect(rows.map((r) => r[1])).toEqual(QUANTITIES.map((q) => (q ? Number(q) : null)));
    expect(rows.map((r) => r[2])).toEqual(QUANTITIES.map((q) => (q ? 'kg' : null)));
    expect(rows.map((r) => r[3])).toEqual([9007199254740991n, 1n, 12000n, -7500n, 3000n, 4000n]);
    expect(rows.map((r) => r[4])).toEqual(QUANTITIES.map((_, i) => `item, ${i}`));
    for (const r of rows) expect(r.slice(5)).toEqual([null, null, false, 'leaf']);
  });

  it('reads the rows from trade_row alone: no dictionary is looked up per row', async () => {
    const db = openDb(join(t.dir, 'test.sqlite'), { readonly: true });
    const reads: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      if (/FROM trade_(row|record) r WHERE r\.id >= \?/.test(sql)) reads.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    await exportParquet(db, join(t.dir, 'out2'), () => {}, join(t.dir, 'out2.staging'));
    expect(reads).toHaveLength(1);
    const plan = (prepare(`EXPLAIN QUERY PLAN ${reads[0]}`).all(0, 1) as { detail: string }[]).map((r) => r.detail);
    db.close();
    expect(plan).toEqual(['SEARCH r USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)']);
  });
});
