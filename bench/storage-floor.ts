// `npm run bench:floor`: how small and how fast any SQLite row layout of the import benchmark's rows
// can be, against the same flat table and sqlite3 `.import` time that `bench:import` compares with.
// It answers "could another schema meet the import targets (<= 0.3x the flat table, >= 1.0x the
// CLI's speed)?" with figures: each layout keeps only what every record needs (period, reporter,
// partner, flow, code, value, quantity, unit, batch, source row), every dimension as a small integer.
// Pass a row count to use another size, e.g. `npm run bench:floor -- 200000`.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCustomsCsv } from './lib/generate-customs-csv';
import { sqliteCliImport } from './lib/sqlite-cli-import';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const rows = Number(process.argv[2] ?? 1_000_000);
const COLUMNS = [
  'period',
  'reporter',
  'partner',
  'flow',
  'code',
  'value',
  'quantity',
  'unit',
  'batch',
  'source_row',
] as const;

/** The benchmark's rows, every field an integer: dimensions as dictionary ids, quantity in thousandths. */
function encodedRows(flatDb: string): Float64Array {
  const flat = new Database(flatDb, { readonly: true });
  const ids = new Map<string, number>();
  const id = (kind: string, text: string) => {
    const key = `${kind}\u0000${text}`;
    let n = ids.get(key);
    if (n === undefined) ids.set(key, (n = ids.size));
    return n;
  };
  const out = new Float64Array(rows * COLUMNS.length);
  let i = 0;
  for (const r of flat
    .prepare('SELECT period, reporter, partner, flow, code, value, quantity, unit FROM t ORDER BY rowid')
    .iterate() as Iterable<Record<string, string>>) {
    const o = i * COLUMNS.length;
    out.set(
      [
        Number(r.period!.replace('-', '')),
        id('reporter', r.reporter!),
        id('partner', r.partner!),
        r.flow === 'import' ? 1 : 0,
        id('code', r.code!),
        Number(r.value),
        Math.round(Number(r.quantity) * 1000),
        id('unit', r.unit!),
        1,
        i + 2,
      ],
      o,
    );
    i++;
  }
  flat.close();
  return out;
}

/** One layout written the way an import must: a bound insert per row in one transaction, then its index. */
function writeLayout(
  path: string,
  tableSql: string,
  indexSql: string | null,
  data: Float64Array,
): { seconds: number; mb: number } {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(tableSql);
  const insert = db.prepare(`INSERT INTO r (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  const started = performance.now();
  db.transaction(() => {
    for (let o = 0; o < data.length; o += COLUMNS.length)
      insert.run(
        data[o],
        data[o + 1],
        data[o + 2],
        data[o + 3],
        data[o + 4],
        data[o + 5],
        data[o + 6],
        data[o + 7],
        data[o + 8],
        data[o + 9],
      );
    if (indexSql) db.exec(indexSql);
  })();
  const seconds = (performance.now() - started) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { seconds, mb: statSync(path).size / 1e6 };
}

mkdirSync(dataDir, { recursive: true });
const csv = generateCustomsCsv(join(dataDir, `customs-${rows}.csv`), rows);
const flatDb = join(dataDir, `floor-flat-${rows}.sqlite`);
rmSync(flatDb, { force: true });
const cli = sqliteCliImport(flatDb, csv.path);
const data = encodedRows(flatDb);
const ints = COLUMNS.map((c) => `${c} INTEGER NOT NULL`).join(', ');
const KEY = 'reporter, partner, flow, period, code';
const layouts: [string, string, string | null][] = [
  ['every field an integer, no index', `CREATE TABLE r (id INTEGER PRIMARY KEY, ${ints}) STRICT`, null],
  [
    '+ the key index revisions need',
    `CREATE TABLE r (id INTEGER PRIMARY KEY, ${ints}) STRICT`,
    `CREATE INDEX r_key ON r (${KEY})`,
  ],
  [
    'clustered on that key (no rowid)',
    `CREATE TABLE r (${ints}, PRIMARY KEY (${KEY}, source_row)) STRICT, WITHOUT ROWID`,
    null,
  ],
];

console.log(
  `\n== ${rows.toLocaleString('en-US')} rows: flat table ${(cli.bytes / 1e6).toFixed(0)} MB, sqlite3 .import ${cli.seconds.toFixed(2)} s ==`,
);
console.log(
  'layout                              size     vs flat   insert+index  speed vs CLI  [import targets: size <= 0.3x, speed >= 1.0x]',
);
for (const [name, table, index] of layouts) {
  const r = writeLayout(join(dataDir, `floor-${rows}.sqlite`), table, index, data);
  console.log(
    `${name.padEnd(34)} ${r.mb.toFixed(1).padStart(6)} MB  ${(r.mb / (cli.bytes / 1e6)).toFixed(2).padStart(5)}x  ${r.seconds.toFixed(2).padStart(8)} s  ${(cli.seconds / r.seconds).toFixed(2).padStart(9)}x`,
  );
}
console.log(
  '(speed: the database side alone, on values already parsed, so an upper bound: a real import also reads, parses and checks the file and keeps summaries)',
);
for (const p of [flatDb, join(dataDir, `floor-${rows}.sqlite`)]) rmSync(p, { force: true });
