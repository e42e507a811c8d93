import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { migrate } from '../../db/migrate';
import { HEADER } from '../../test-support/temp-core';
import { fuzzImport } from '../../test-support/fuzz-import';
import { recordFigures } from '../../test-support/reliability';
import { openDb, type Db } from '../../db/open';
import { CsvParser } from '../readers/csv-parser';
import { importFile } from './run-import';
import { writeSyntheticCsv } from '../../test-support/synthetic-csv';

const corpus = resolve(__dirname, '../../../../../shared/corpora/fuzz/duckdb-csv');

let dir = '';
let template = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tidemark-fuzz-'));
  template = join(dir, 'template.sqlite');
  const db = openDb(template);
  migrate(db, () => {});
  importFile(db, { path: writeSyntheticCsv(join(dir, 'seed.csv'), 50) }, {}, () => {});
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freshDb(n: number): Db {
  const path = join(dir, `db-${n}.sqlite`);
  copyFileSync(template, path);
  return openDb(path);
}

describe.skipIf(!existsSync(corpus))('DuckDB CSV fuzz corpus (skipped: ../shared/corpora is absent)', () => {
  it('imports each file cleanly with its rejects listed, or fails with a typed error and changes nothing', () => {
    const names = readdirSync(corpus)
      .filter((f) => !f.endsWith('.txt'))
      .sort();
    expect(names.length).toBeGreaterThan(100);
    // Each file as it is (mostly an unknown header), and again under Tidemark's header, so its
    // rows reach the parser and the row mapper instead of stopping at the header.
    const files = names.flatMap((f) => {
      const withHeader = join(dir, `h-${f}`);
      writeFileSync(withHeader, Buffer.concat([Buffer.from(`${HEADER}\n`), readFileSync(join(corpus, f))]));
      return [join(corpus, f), withHeader];
    });
    const r = fuzzImport(files, dir);
    recordFigures('fuzz-duckdb', {
      corpus: names.length,
      files: r.files,
      imported: r.imported,
      typedErrors: r.typedErrors,
      untypedErrors: r.untypedErrors.length,
      databaseChanges: r.databaseChanges.length,
      unsound: r.unsound.length,
      slow: r.slow.length,
    });
    console.log(`fuzz: ${r.imported} imported, failures by code: ${JSON.stringify(r.byCode)}`);
    expect([...r.untypedErrors, ...r.databaseChanges, ...r.unsound, ...r.slow]).toEqual([]);
    expect(r.imported + r.typedErrors).toBe(files.length);
    // Under Tidemark's header most files reach the row mapper: imported with rejects, or every row rejected.
    expect(r.imported + (r.byCode.all_rows_rejected ?? 0)).toBeGreaterThan(names.length / 2);
    expect(Object.keys(r.byCode)).toEqual(expect.arrayContaining(['format_unknown', 'all_rows_rejected']));
  }, 180_000);
});

describe('a header named __proto__', () => {
  it('leaves Object.prototype alone when parsed and imported', () => {
    const keys = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = '__proto__,constructor,prototype,polluted\n{"polluted":1},x,y,"__proto__"\n';
    const rows: string[][] = [];
    const p = new CsvParser();
    p.push(text, (r) => void rows.push(r.cells));
    p.end((r) => void rows.push(r.cells));
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
