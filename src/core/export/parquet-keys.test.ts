import Database from 'better-sqlite3';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { packKey, packSql, unpackSql } from './parquet-keys';

describe('packed keys', () => {
  it('round-trip from SQLite to DuckDB, NULLs and the largest ids included, across words', async () => {
    const key = packKey('w', [
      { name: 'a', column: 'a', max: 2 ** 40, nullable: false },
      { name: 'b', column: 'b', max: 2 ** 30 - 1, nullable: true },
      { name: 'months', column: 'months', max: 12, nullable: false },
      { name: 'flag', column: 'flag', max: 1, nullable: false },
      { name: 'c', column: 'c', max: 2 ** 52, nullable: true },
    ]);
    expect(key.words).toEqual(['w0', 'w1', 'w2']);
    const rows = [
      [2 ** 40, 2 ** 30 - 1, 12, 1, 2 ** 52],
      [1, null, 1, 0, null],
      [7, 3, 6, 0, 1],
    ];
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE t (a INTEGER, b INTEGER, months INTEGER, flag INTEGER, c INTEGER)');
    for (const r of rows) sqlite.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)').run(...r);
    const words = sqlite
      .prepare(`SELECT ${packSql(key).join(', ')} FROM t`)
      .raw()
      .safeIntegers(true)
      .all() as bigint[][];
    sqlite.close();

    const duck = await DuckDBInstance.create(':memory:');
    const con = await duck.connect();
    const values = words.map((w) => `(${w.join(', ')})`).join(', ');
    const names = ['a', 'b', 'months', 'flag', 'c'];
    const back = (
      await con.runAndReadAll(
        `SELECT ${names.map((n) => `${unpackSql(key, 'k', n)}`).join(', ')} FROM (VALUES ${values}) k(${key.words.join(', ')})`,
      )
    ).getRows();
    con.closeSync();
    duck.closeSync();
    expect(back.map((r) => r.map((v) => (v === null ? null : Number(v))))).toEqual(rows);
  });
});
