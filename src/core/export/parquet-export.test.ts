import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { localizedMessage } from '../../shared/error-text';
import { SCHEMA_VERSION } from '../db/migrate';
import { openDb } from '../db/open';
import { CORPORA, corporaAbsent, corporaSkipped, importEach, MIXED_FILES } from '../test-support/corpus-database';
import { tempCore } from '../test-support/temp-core';
import { TaskRegistry } from '../task-registry';
import { parquetInWorker, sourceExportWorker } from './export-service';
import { DATA_COLUMNS } from './parquet-schema';

/** The mixed files, and a Comtrade HS 2017 file of the United States' trade with China (HS2 splits, 12 columns). */
const FILES: [string, ImportOptions][] = [
  ...MIXED_FILES,
  [join(CORPORA, 'comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv'), {}],
];

type Totals = Map<string, bigint>;
const key = (...parts: unknown[]) => parts.map(String).join('|');
const add = (m: Totals, k: string, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);

/** Every Parquet file under `dir`, as its path relative to `dir` with / separators. */
function parquetFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.parquet')) out.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const arrayBuffer = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let t: ReturnType<typeof tempCore>;
let dir: string;
let exported: { rows: number; files: number; bytes: number; schemaVersion: number };
/** SQLite's figures: value per reporter/partner/flow/year/currency, rows per the same, and the grand totals. */
const sqlite = { totals: new Map() as Totals, rows: new Map() as Totals, grand: new Map() as Totals };

describe.skipIf(corporaAbsent)(`tidemark export --parquet on real corpus files${corporaSkipped}`, () => {
  beforeAll(async () => {
    t = tempCore();
    await importEach(t, FILES);
    const db = openDb(t.core.dbPath, { readonly: true });
    const rows = db
      .prepare(
        `SELECT reporter, partner, flow, substr(period, 1, 4), currency, SUM(value_milli), COUNT(*) FROM trade_record
        WHERE superseded_by IS NULL AND deleted_by IS NULL GROUP BY 1, 2, 3, 4, 5`,
      )
      .raw()
      .safeIntegers(true)
      .all() as [string, string, string, string, string, bigint, bigint][];
    db.close();
    for (const [reporter, partner, flow, year, currency, milli, n] of rows) {
      sqlite.totals.set(key(reporter, partner, flow, year, currency), milli);
      sqlite.rows.set(key(reporter, partner, flow, year, currency), n);
      add(sqlite.grand, currency, milli);
    }
    dir = join(t.dir, 'out', 'trade-parquet');
    exported = await t.call('exportParquet', { dir });
  }, 180_000);
  afterAll(() => t?.dispose());

  it('writes Hive partitions reporter=…/year=…/part-N.parquet with every current row', () => {
    const files = parquetFiles(dir);
    expect(files.length).toBe(exported.files);
    for (const f of files) expect(f).toMatch(/^reporter=[A-Z0-9]+\/year=\d{4}\/part-\d+\.parquet$/);
    const reporters = new Set(files.map((f) => f.split('/')[0]));
    expect(reporters.has('reporter=CHN')).toBe(true);
    expect(exported.rows).toBe(Number([...sqlite.rows.values()].reduce((a, b) => a + b, 0n)));
    expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
    // Nothing staged is left beside the dataset.
    expect(readdirSync(dirname(dir))).toEqual(['trade-parquet']);
  });

  it('read back by DuckDB, every reporter/partner/flow/year total and the grand total equal SQLite’s to the milli-unit', async () => {
    const duck = await DuckDBInstance.create(':memory:');
    const con = await duck.connect();
    try {
      const reader = await con.runAndReadAll(`SELECT reporter, partner, flow, year, currency, SUM(value_milli), COUNT(*)
        FROM read_parquet('${dir.replace(/'/g, "''")}/**/*.parquet', hive_partitioning = true) GROUP BY ALL`);
      const totals: Totals = new Map();
      const rows: Totals = new Map();
      const grand: Totals = new Map();
      for (const [reporter, partner, flow, year, currency, milli, n] of reader.getRows()) {
        totals.set(key(reporter, partner, flow, year, currency), BigInt(String(milli)));
        rows.set(key(reporter, partner, flow, year, currency), BigInt(String(n)));
        add(grand, String(currency), BigInt(String(milli)));
      }
      expect(totals).toEqual(sqlite.totals);
      expect(rows).toEqual(sqlite.rows);
      expect(grand).toEqual(sqlite.grand);
      expect(grand.size).toBeGreaterThanOrEqual(2); // RMB from China customs and USD from Comtrade, never added together
    } finally {
      con.closeSync();
      duck.closeSync();
    }
  });

  it('read by hyparquet, an independent reader, the same totals come out', async () => {
    const totals: Totals = new Map();
    const grand: Totals = new Map();
    for (const f of parquetFiles(dir)) {
      const [, reporter, year] = /^reporter=([^/]+)\/year=(\d+)\//.exec(f)!;
      const rows = (await parquetReadObjects({
        file: arrayBuffer(join(dir, f)),
        columns: ['partner', 'flow', 'currency', 'value_milli'],
      })) as { partner: string; flow: string; currency: string; value_milli: bigint }[];
      for (const r of rows) {
        add(totals, key(reporter, r.partner, r.flow, year, r.currency), r.value_milli);
        add(grand, r.currency, r.value_milli);
      }
    }
    expect(totals).toEqual(sqlite.totals);
    expect(grand).toEqual(sqlite.grand);
  });

  it('keeps to types Spark and Trino read: UTF-8 strings, INT64, DOUBLE, BOOLEAN; no INT96, no unsigned', () => {
    for (const f of parquetFiles(dir)) {
      const meta = parquetMetadata(arrayBuffer(join(dir, f)));
      const leaves = meta.schema.slice(1);
      expect(leaves.map((s) => s.name)).toEqual(DATA_COLUMNS.map((c) => c.name));
      for (const s of leaves) {
        const want = DATA_COLUMNS.find((c) => c.name === s.name)!.type;
        expect(s.type, s.name).not.toBe('INT96');
        expect(String(s.converted_type ?? ''), s.name).not.toMatch(/^UINT/);
        if (s.logical_type?.type === 'INTEGER') expect(s.logical_type.isSigned, s.name).toBe(true);
        if (want === 'VARCHAR')
          expect([s.type, s.converted_type ?? s.logical_type?.type], s.name).toEqual([
            'BYTE_ARRAY',
            expect.stringMatching(/^(UTF8|STRING)$/),
          ]);
        if (want === 'BIGINT') expect(s.type, s.name).toBe('INT64');
        if (want === 'DOUBLE') expect(s.type, s.name).toBe('DOUBLE');
        if (want === 'BOOLEAN') expect(s.type, s.name).toBe('BOOLEAN');
      }
    }
  });

  it('marks reported totals and keeps codes as text, so a downstream engine never counts twice', async () => {
    const rows: Record<string, unknown>[] = [];
    for (const f of parquetFiles(dir).filter((p) => p.startsWith('reporter=CHN/year=2020/')))
      rows.push(...(await parquetReadObjects({ file: arrayBuffer(join(dir, f)) })));
    const total = rows.find(
      (r) => r.partner === 'PRK' && r.code === 'TOTAL' && r.period === '2020-11' && r.flow === 'export',
    );
    expect(total).toMatchObject({
      is_reported_total: true,
      is_aggregate: true,
      code_level: 0n,
      split_by: null,
      partner_kind: 'leaf',
      scope_all_goods: true,
    });
    const leaf = rows.find((r) => r.partner === 'PRK' && r.code === '33049900' && r.period === '2020-11');
    expect(leaf).toMatchObject({ is_reported_total: false, split_by: null });
    expect(typeof leaf!.code).toBe('string');
    expect(leaf!.code_level).toBe(BigInt(String(leaf!.code).length));
    // Layout 2: each row says where in its file it was read, so a dataset stays traceable to its source.
    const db = openDb(t.core.dbPath, { readonly: true });
    const rowInFile = db
      .prepare(
        `SELECT source_row FROM trade_record WHERE partner = 'PRK' AND code = '33049900' AND period = '2020-11' AND flow = ?`,
      )
      .pluck()
      .get(leaf!.flow) as number;
    db.close();
    expect(leaf).toMatchObject({
      source_file: 'nk-china-published.csv',
      source_sheet: null,
      source_row: BigInt(rowInFile),
    });
  });

  it('writes _tidemark.json: schema version, batches with scope, file names and row counts, columns, value unit', () => {
    const m = JSON.parse(readFileSync(join(dir, '_tidemark.json'), 'utf8'));
    expect(m.schemaVersion).toBe(SCHEMA_VERSION);
    expect(m.value.column).toBe('value_milli');
    expect(m.columns.map((c: { name: string }) => c.name)).toEqual([
      'reporter',
      'year',
      ...DATA_COLUMNS.map((c) => c.name),
    ]);
    expect(m.batches.map((b: { fileName: string }) => b.fileName).sort()).toEqual(
      FILES.map(([p]) => p.split(sep).pop()).sort(),
    );
    expect(m.batches.reduce((a: number, b: { rows: number }) => a + b.rows, 0)).toBe(exported.rows);
    expect(m.files.reduce((a: number, f: { rows: number }) => a + f.rows, 0)).toBe(exported.rows);
    expect(m.files.map((f: { path: string }) => f.path)).toEqual(parquetFiles(dir));
    const gacc = m.batches.find((b: { fileName: string }) => b.fileName === '2024in.csv');
    expect(gacc.scope[0]).toMatchObject({ reporter: 'CHN', flow: 'import', allGoods: false });
    expect(gacc.scope[0].periods.length).toBeGreaterThan(0);
  });

  it('refuses a folder that already holds files, with an error a person can act on, and touches nothing', async () => {
    const busy = join(t.dir, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'mine');
    await expect(t.call('exportParquet', { dir: busy })).rejects.toMatchObject({
      code: 'target_exists',
      message: expect.stringMatching(/already holds files.*new or empty folder/),
    });
    expect(readdirSync(busy)).toEqual(['notes.txt']);
    expect(readdirSync(t.dir).filter((n) => n.includes('tidemark-'))).toEqual([]);
    await expect(t.call('exportParquet', { dir: join(busy, 'notes.txt') })).rejects.toMatchObject({
      code: 'target_exists',
    });
    // The app says both in its UI's language: the errors carry their catalog keys, not English alone.
    const refused = await t.core.dispatch('exportParquet', { dir: busy });
    const asFile = await t.core.dispatch('exportParquet', { dir: join(busy, 'notes.txt') });
    if (refused.ok || asFile.ok) throw new Error('the export should have been refused');
    expect(localizedMessage(refused.error, 'ko')).toBe(
      `${busy} 폴더에 이미 파일이 있습니다. Parquet 데이터셋에 쓸 새 폴더나 빈 폴더를 고르거나 그 폴더를 먼저 지우세요. Tidemark는 새 내보내기를 예전 파일과 섞지 않습니다.`,
    );
    expect(localizedMessage(asFile.error, 'ko')).toMatch(/notes\.txt은\(는\) 파일입니다/);
  });

  it('a cancelled export leaves neither the folder nor anything staged beside it', async () => {
    const registry = new TaskRegistry();
    const target = join(t.dir, 'cancelled');
    let cancelled = 0;
    let exitCode: number | null = null;
    // Terminating a thread inside DuckDB can take the process down: it is asked to stop, and exits itself.
    const watched: typeof sourceExportWorker = (request) =>
      sourceExportWorker(request).on('exit', (code) => (exitCode = code));
    const running = parquetInWorker(
      watched,
      { dbPath: t.core.dbPath },
      target,
      () => (cancelled ||= registry.cancelAll()),
      registry,
    );
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(cancelled).toBe(1);
    expect(exitCode).toBe(0);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(t.dir).filter((n) => n.includes('tidemark-'))).toEqual([]);
  });

  it('writes into an empty folder that already exists', async () => {
    const empty = join(t.dir, 'empty');
    mkdirSync(empty);
    const r = await t.call('exportParquet', { dir: empty });
    expect(r.rows).toBe(exported.rows);
    expect(readdirSync(empty)).toContain('_tidemark.json');
  });
});
