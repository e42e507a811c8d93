import { DuckDBInstance } from '@duckdb/node-api';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisSeriesQuery } from '../../shared/analysis-types';
import { openCore, type Core } from '../core';
import { openDb } from '../db/open';
import { BULK_REBUILT_INDEXES } from '../db/runtime-schema';
import { createSummaryMaintenance, FAMILY_SQL } from '../db/summary-repo';
import { corporaAbsent, corporaSkipped, importEach, MIXED_FILES, SAMPLE } from '../test-support/corpus-database';
import { callerOf, tempCore, type Call } from '../test-support/temp-core';
import { openDataset } from './open-dataset';

/** The figures a researcher reads, asked of both cores in the same words. */
const SERIES: AnalysisSeriesQuery[] = [
  { reporter: 'CHN', partner: 'PRK', flow: 'total' },
  { reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['3304'] },
  { reporter: 'CHN', partner: 'PRK', flow: 'import', excludeHs: ['2716'], frequency: 'year' },
  { reporter: 'CHN', partner: 'USA', flow: 'import', hs: ['12011000'], from: '2024-01', to: '2024-12' },
  { reporter: 'CHN', partner: 'USA', flow: 'export', classification: 'S4', hs: ['00'], frequency: 'year' },
];

let t: ReturnType<typeof tempCore>;
let dataset: string;
let cacheDir: string;
let copy: Core;
let call: Call;
let opened: Awaited<ReturnType<typeof openDataset>>;

describe.skipIf(corporaAbsent)(`a Parquet dataset opened read-only${corporaSkipped}`, () => {
  beforeAll(async () => {
    t = tempCore();
    await importEach(t, MIXED_FILES);
    dataset = join(t.dir, 'shared', 'trade-parquet');
    await t.call('exportParquet', { dir: dataset });
    cacheDir = join(t.dir, 'cache');
    opened = await openDataset(dataset, cacheDir);
    copy = openCore({ dbPath: opened.dbPath, readOnly: opened.readOnly, log: (m, e) => console.error(m, e) });
    call = callerOf(copy);
  }, 240_000);
  afterAll(() => {
    copy?.close();
    t?.dispose();
  });

  it('gives every series, breakdown and brief exactly as the database it was exported from', async () => {
    for (const q of SERIES) {
      const held = await t.call('series', q);
      expect(held.points.length, JSON.stringify(q)).toBeGreaterThan(0);
      expect(await call('series', q), JSON.stringify(q)).toEqual(held);
    }
    const top = { reporter: 'CHN', partner: 'PRK', flow: 'export', from: '2020-11', level: 4 } as const;
    expect(await call('breakdown', top)).toEqual(await t.call('breakdown', top));
    const soy = { reporter: 'CHN', flow: 'import', from: '2024-01', to: '2024-06', by: 'partner' } as const;
    expect(await call('breakdown', soy)).toEqual(await t.call('breakdown', soy));
    for (const lang of ['en', 'ko'] as const) {
      const q = { reporter: 'CHN', partner: 'PRK', flow: 'export', period: '2020-11', lang } as const;
      expect(await call('brief', q)).toEqual(await t.call('brief', q));
    }
    const info = await call('appInfo', {});
    expect(info.records).toBe((await t.call('appInfo', {})).records);
    expect(info.readOnly).toEqual({
      dataset,
      reason: expect.stringMatching(/trade-parquet is a Parquet dataset, opened read-only/),
    });
    expect((await t.call('appInfo', {})).readOnly).toBeNull();
  });

  it('lists the same rows in the grid, sorted and filtered, each traced to its file and row', async () => {
    const strip = (rows: { id: number; version: number }[]) => rows.map(({ id: _id, version: _v, ...r }) => r);
    for (const q of [
      { sort: { column: 'value', dir: 'desc' }, limit: 50 },
      { sort: { column: 'period', dir: 'asc' }, filters: { partner: { op: 'equals', value: 'PRK' } }, limit: 50 },
    ] as const) {
      const a = await call('listRecords', q);
      const b = await t.call('listRecords', q);
      expect(a.total).toBe(b.total);
      expect(strip(a.rows)).toEqual(strip(b.rows));
    }
    const first = (await call('listRecords', { limit: 1, filters: { code: { op: 'equals', value: '33049900' } } }))
      .rows[0]!;
    const source = await call('recordSource', { id: first.id });
    const original = (await t.call('listRecords', { limit: 1, filters: { code: { op: 'equals', value: '33049900' } } }))
      .rows[0]!;
    expect(source).toMatchObject({
      fileName: 'nk-china-published.csv',
      row: (await t.call('recordSource', { id: original.id })).row,
    });
  });

  it('refuses every change with a sentence saying why, and its copy stays as it was', async () => {
    const held = () => {
      const db = openDb(opened.dbPath, { readonly: true });
      try {
        return db
          .prepare(
            `SELECT (SELECT COUNT(*) || ':' || SUM(value_milli) FROM trade_record WHERE superseded_by IS NULL AND deleted_by IS NULL),
              (SELECT COUNT(*) FROM edit_action), (SELECT COUNT(*) FROM import_batch), (SELECT COUNT(*) FROM definition)`,
          )
          .raw()
          .get();
      } finally {
        db.close();
      }
    };
    const before = held();
    const row = (await call('listRecords', { limit: 1 })).rows[0]!;
    const refusals = [
      call('updateRecord', { id: row.id, field: 'value', value: '1', version: row.version }),
      call('deleteRecords', { ids: [row.id] }),
      call('revertBatch', { batchId: 1 }),
      call('importFiles', { files: [{ path: SAMPLE }], options: {} }),
      call('saveDefinition', { name: 'soy', hs: ['1201'] }),
      call('undo', {}),
    ];
    for (const r of refusals)
      await expect(r).rejects.toMatchObject({
        code: 'read_only',
        message: expect.stringMatching(/opened read-only.*database it was exported from/),
      });
    expect(held()).toEqual(before);
    // It holds current records only: asked for revisions, it says so rather than "none revised".
    await expect(call('listRevisions', {})).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(/holds current records only.*database it was exported from/),
    });
  });

  it("builds its copy as an import would: the indexes, the summaries and each batch's partners and codes", () => {
    const db = openDb(opened.dbPath);
    try {
      // The rows went in bare and the indexes were built after them: every one is back and whole.
      const indexes = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row' AND sql IS NOT NULL")
        .pluck()
        .all();
      expect(indexes).toEqual(expect.arrayContaining([...BULK_REBUILT_INDEXES]));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The summaries summed by DuckDB are those the records give.
      expect(createSummaryMaintenance(db).differences()).toEqual([]);
      // The lists read by ids are those the rows name, read through their texts.
      const listed = (sql: string) => db.prepare(sql).raw().all();
      expect(listed('SELECT DISTINCT batch_id, partner FROM batch_scope_partner ORDER BY 1, 2')).toEqual(
        listed('SELECT DISTINCT batch_id, partner FROM trade_record ORDER BY 1, 2'),
      );
      expect(listed('SELECT DISTINCT batch_id, family, code FROM batch_scope_code ORDER BY 1, 2, 3')).toEqual(
        listed(
          `SELECT DISTINCT batch_id, ${FAMILY_SQL}, code FROM trade_record WHERE code <> 'TOTAL' ORDER BY 1, 2, 3`,
        ),
      );
    } finally {
      db.close();
    }
  });

  it('opens again from its copy without reading the Parquet files again', async () => {
    const again = await openDataset(dataset, cacheDir);
    expect(again.dbPath).toBe(opened.dbPath);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.sqlite'))).toEqual([opened.dbPath.split(/[\\/]/).pop()]);
  });

  it('opens a dataset of the first layout, whose files name no source sheet or row', async () => {
    const first = join(t.dir, 'first-layout');
    cpSync(dataset, first, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(first, '_tidemark.json'), 'utf8')) as {
      layoutVersion: number;
      files: { path: string; bytes: number }[];
    };
    const duck = await DuckDBInstance.create(':memory:');
    const con = await duck.connect();
    for (const f of manifest.files) {
      const path = join(first, f.path);
      await con.run(
        `COPY (SELECT * EXCLUDE (source_sheet, source_row) FROM read_parquet('${path}', hive_partitioning = false)) TO '${path}.v1' (FORMAT parquet)`,
      );
      renameSync(`${path}.v1`, path);
      f.bytes = statSync(path).size;
    }
    con.closeSync();
    duck.closeSync();
    writeFileSync(join(first, '_tidemark.json'), JSON.stringify({ ...manifest, layoutVersion: 1 }));
    const v1 = await openDataset(first, join(t.dir, 'first-cache'));
    const old = openCore({ dbPath: v1.dbPath, readOnly: v1.readOnly, log: (m, e) => console.error(m, e) });
    try {
      for (const q of SERIES)
        expect(await callerOf(old)('series', q), JSON.stringify(q)).toEqual(await call('series', q));
      const page = await callerOf(old)('listRecords', { sort: { column: 'id', dir: 'asc' }, limit: 5 });
      expect(page.rows.map((r) => [r.sourceSheet, r.sourceRow])).toEqual(page.rows.map(() => ['', 0]));
    } finally {
      old.close();
    }
  });

  it('refuses a folder that is not a whole dataset, naming what is wrong, and leaves no copy behind', async () => {
    const broken = join(t.dir, 'broken');
    const empty = join(t.dir, 'empty-cache');
    cpSync(dataset, broken, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(broken, '_tidemark.json'), 'utf8'));
    const part = join(broken, manifest.files[0].path);
    truncateSync(part, statSync(part).size - 10);
    await expect(openDataset(broken, empty)).rejects.toMatchObject({
      code: 'dataset_invalid',
      message: expect.stringContaining(`${manifest.files[0].path} is`),
    });
    writeFileSync(join(broken, '_tidemark.json'), JSON.stringify({ ...manifest, layoutVersion: 99 }));
    await expect(openDataset(broken, empty)).rejects.toMatchObject({ code: 'db_from_future' });
    rmSync(join(broken, '_tidemark.json'));
    await expect(openDataset(broken, empty)).rejects.toMatchObject({
      code: 'dataset_invalid',
      message: expect.stringMatching(/no readable _tidemark.json/),
    });
    expect(existsSync(empty) ? readdirSync(empty) : []).toEqual([]);
  });
});
