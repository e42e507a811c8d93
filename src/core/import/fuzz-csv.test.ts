import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { migrate } from '../db/migrate';
import { HEADER } from '../test-support/temp-core';
import { openDb, type Db } from '../db/open';
import { CsvParser } from './csv-parser';
import { importFile } from './run-import';
import { writeSyntheticCsv } from './synthetic-csv';

const corpus = resolve(__dirname, '../../../../shared/corpora/fuzz/duckdb-csv');
const TABLES = ['import_batch', 'trade_record', 'rejected_row', 'description', 'import_warning'];

let dir = '';
let template = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-fuzz-'));
  template = join(dir, 'template.sqlite');
  const db = openDb(template);
  migrate(db, () => {});
  // One earlier batch, so "changes nothing" is checked against a database that has data.
  importFile(db, { path: writeSyntheticCsv(join(dir, 'seed.csv'), 50) }, {}, () => {});
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh copy of the template database per file keeps each checksum small. */
function freshDb(n: number): Db {
  const path = join(dir, `db-${n}.sqlite`);
  copyFileSync(template, path);
  return openDb(path);
}

/** Every row of every table the import writes, hashed: a failed import must not move it. */
function checksum(db: Db): string {
  const h = createHash('sha256');
  for (const t of TABLES) h.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all()));
  return h.digest('hex');
}

describe.skipIf(!existsSync(corpus))('DuckDB CSV fuzz corpus (skipped: ../shared/corpora is absent)', () => {
  it('imports each file cleanly with its rejects listed, or fails with a typed error and changes nothing', () => {
    const names = readdirSync(corpus).filter((f) => !f.endsWith('.txt')).sort();
    expect(names.length).toBeGreaterThan(100);
    // Each file as it is (mostly an unknown header), and again under Tidemark's header, so its
    // rows reach the parser and the row mapper instead of stopping at the header.
    const files = names.flatMap((f) => {
      const withHeader = join(dir, `h-${f}`);
      writeFileSync(withHeader, Buffer.concat([Buffer.from(`${HEADER}\n`), readFileSync(join(corpus, f))]));
      return [join(corpus, f), withHeader];
    });
    let imported = 0;
    const failures = new Map<string, number>();
    for (const [n, f] of files.entries()) {
      const db = freshDb(n);
      const before = checksum(db);
      const started = performance.now();
      try {
        const r = importFile(db, { path: f }, {}, () => {});
        imported++;
        expect(r.rowsRead, f).toBe(r.rowsImported + r.rowsRejected + r.rowsSkipped);
        const listed = db.prepare('SELECT count(*) FROM rejected_row WHERE batch_id = ?').pluck().get(r.batchId);
        expect(listed, f).toBe(r.rowsRejected);
      } catch (err) {
        expect(err, `${f}: ${(err as Error).message}`).toBeInstanceOf(AppError);
        failures.set((err as AppError).code, (failures.get((err as AppError).code) ?? 0) + 1);
        expect(checksum(db), `${f} failed but changed the database`).toBe(before);
      }
      expect(performance.now() - started, `${f} took too long`).toBeLessThan(2000);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      rmSync(join(dir, `db-${n}.sqlite`));
    }
    console.log(`fuzz: ${imported} imported, failures by code: ${JSON.stringify(Object.fromEntries(failures))}`);
    // Under Tidemark's header most files import (as rejects); only undecodable text may fail.
    expect(imported).toBeGreaterThan(names.length / 2);
    expect([...failures.keys()].sort()).toEqual(expect.arrayContaining(['format_unknown']));
  }, 120_000);
});

describe('a header named __proto__', () => {
  it('leaves Object.prototype alone when parsed and imported', () => {
    const keys = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = '__proto__,constructor,prototype,polluted\n{"polluted":1},x,y,"__proto__"\n';
    const rows: string[][] = [];
    const p = new CsvParser();
    p.push(text, (r) => rows.push(r.cells));
    p.end((r) => rows.push(r.cells));
    expect(rows[0]).toEqual(['__proto__', 'constructor', 'prototype', 'polluted']);
    const path = join(dir, 'proto.csv');
    writeFileSync(path, text);
    const db = freshDb(-1);
    expect(() => importFile(db, { path }, {}, () => {})).toThrow(AppError);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(keys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    db.close();
  });
});
