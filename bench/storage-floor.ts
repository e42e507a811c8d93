// `npm run bench:floor`: how small and how fast any SQLite row layout of the import benchmark's rows
// can be, against the same flat table and sqlite3 `.import` time that `bench:import` compares with.
// It answers "could another schema meet issue 15's targets (<= 0.6x the flat table, >= 1.0x the
// CLI's speed)?" with figures. The first layouts keep only what every record needs (period, reporter,
// partner, flow, code, value, quantity, unit, batch, source row); the rest keep every column Tidemark
// stores today. Every dimension is a small integer (a dictionary id), as issue 15's lean table has it.
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

/**
 * Every column Tidemark keeps per record today, as a lean table would hold it: dimensions as
 * dictionary ids (freq folded into the period's id, classification into the code's), quantity in
 * thousandths, and the columns most rows leave empty (second quantity, regime, province, sheet, URL,
 * raw partner, transport mode, second partner, edit and revision links) as NULLs, which still cost a
 * header byte each. The generator has one description per code, so description_id is the code's id.
 */
const FULL: [string, (d: Float64Array, o: number) => number | null][] = [
  ['version', () => 1],
  ...COLUMNS.map(
    (c, i) => [c, (d: Float64Array, o: number) => d[o + i]!] as [string, (d: Float64Array, o: number) => number],
  ),
  ['description_id', (d, o) => d[o + 4]!],
  ['value_exp', () => 0],
  ['currency', () => 1],
  ['is_aggregate', () => 0],
  ['period_months', () => 1],
  ...['quantity2', 'unit2', 'regime', 'province', 'source_sheet', 'source_url', 'partner_raw', 'mot', 'partner2'].map(
    (c) => [c, () => null] as [string, () => null],
  ),
  ...['superseded_by', 'deleted_by', 'unsuperseded_by'].map((c) => [c, () => null] as [string, () => null]),
];

/** One layout written the way an import must: a bound insert per row in one transaction, then its indexes. */
function writeLayout(
  path: string,
  columns: [string, (d: Float64Array, o: number) => number | null][],
  tableSql: string,
  indexSql: string[],
  data: Float64Array,
): { seconds: number; mb: number } {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(tableSql);
  const names = columns.map(([c]) => c);
  const insert = db.prepare(`INSERT INTO r (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  const values = columns.map(([, f]) => f);
  const row: (number | null)[] = new Array(values.length);
  const started = performance.now();
  db.transaction(() => {
    for (let o = 0; o < data.length; o += COLUMNS.length) {
      for (let i = 0; i < values.length; i++) row[i] = values[i]!(data, o);
      insert.run(row);
    }
    for (const sql of indexSql) db.exec(sql);
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
const fullInts = FULL.map(([c]) => `${c} INTEGER`).join(', ');
const KEY = 'reporter, partner, flow, period, code';
/** What the dashboard's breakdowns read from the index alone today, in the order they seek it. */
const COVER = 'period, reporter, flow, partner, code, currency, period_months, value, value_exp';
const BARE: [string, (d: Float64Array, o: number) => number][] = COLUMNS.map((c, i) => [c, (d, o) => d[o + i]!]);
type Layout = [string, typeof FULL, string, string[]];
const layouts: Layout[] = [
  ['every field an integer, no index', BARE, `CREATE TABLE r (id INTEGER PRIMARY KEY, ${ints}) STRICT`, []],
  [
    '+ the key index revisions need',
    BARE,
    `CREATE TABLE r (id INTEGER PRIMARY KEY, ${ints}) STRICT`,
    [`CREATE INDEX r_key ON r (${KEY})`],
  ],
  [
    'clustered on that key (no rowid)',
    BARE,
    `CREATE TABLE r (${ints}, PRIMARY KEY (${KEY}, source_row)) STRICT, WITHOUT ROWID`,
    [],
  ],
  // Issue 15's lean record: all of today's columns, as ids.
  ['all columns as ids, no index', FULL, `CREATE TABLE r (id INTEGER PRIMARY KEY, ${fullInts}) STRICT`, []],
  [
    "+ today's key, breakdown, batch",
    FULL,
    `CREATE TABLE r (id INTEGER PRIMARY KEY, ${fullInts}) STRICT`,
    [
      `CREATE INDEX r_key ON r (${KEY}) WHERE superseded_by IS NULL`,
      `CREATE INDEX r_breakdown ON r (${COVER}) WHERE superseded_by IS NULL AND deleted_by IS NULL`,
      'CREATE INDEX r_batch ON r (batch)',
    ],
  ],
  [
    '+ one index for key and breakdown',
    FULL,
    `CREATE TABLE r (id INTEGER PRIMARY KEY, ${fullInts}) STRICT`,
    [`CREATE INDEX r_cover ON r (${COVER}, deleted_by) WHERE superseded_by IS NULL`],
  ],
  [
    'rare columns apart, one index',
    FULL.slice(0, -12),
    `CREATE TABLE r (id INTEGER PRIMARY KEY, ${FULL.slice(0, -12)
      .map(([c]) => `${c} INTEGER`)
      .join(', ')}, superseded_by INTEGER, deleted_by INTEGER) STRICT`,
    [`CREATE INDEX r_cover ON r (${COVER}, deleted_by) WHERE superseded_by IS NULL`],
  ],
  [
    'clustered on the breakdown, id index',
    FULL,
    `CREATE TABLE r (id INTEGER NOT NULL, ${fullInts}, PRIMARY KEY (${COVER}, id)) STRICT, WITHOUT ROWID`,
    ['CREATE UNIQUE INDEX r_id ON r (id)'],
  ],
];
for (const l of layouts.slice(-1)) l[1] = [['id', (_d, o) => o / COLUMNS.length + 1], ...l[1]];

console.log(
  `\n== ${rows.toLocaleString('en-US')} rows: flat table ${(cli.bytes / 1e6).toFixed(0)} MB, sqlite3 .import ${cli.seconds.toFixed(2)} s ==`,
);
console.log(
  'layout                                 size     vs flat   insert+index  speed vs CLI  [issue 15: size <= 0.6x, speed >= 1.0x]',
);
for (const [name, columns, table, indexes] of layouts) {
  const r = writeLayout(join(dataDir, `floor-${rows}.sqlite`), columns, table, indexes, data);
  console.log(
    `${name.padEnd(37)} ${r.mb.toFixed(1).padStart(6)} MB  ${(r.mb / (cli.bytes / 1e6)).toFixed(2).padStart(5)}x  ${r.seconds.toFixed(2).padStart(8)} s  ${(cli.seconds / r.seconds).toFixed(2).padStart(9)}x`,
  );
}
console.log(
  '(speed: the database side alone, on values already parsed, so an upper bound: a real import also reads, parses and checks the file and keeps summaries)',
);

/**
 * Issue 15's "import into a table 3x its size at >= 0.9x the speed into an empty one", on the database
 * side alone with today's layout and indexes (the fifth above). Into an empty table: insert, then
 * CREATE INDEX (what an import does there). Into a full one: the rows staged, then inserted sorted by
 * the key with the indexes in place (bulk-indexes.ts's merge; rebuilding 4x the rows' indexes costs
 * more). The full table holds the same rows three times with other codes (4 + k·100000), so no key is
 * shared and the new rows fall between its keys, as a second download's do.
 */
function appendFloor(full: boolean): number {
  const path = join(dataDir, `floor-append-${rows}.sqlite`);
  for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -8192');
  const [, columns, table, indexes] = layouts[4]!;
  db.exec(table);
  const names = columns.map(([c]) => c);
  const list = names.join(', ');
  const values = columns.map(([, f]) => f);
  const row: (number | null)[] = new Array(values.length);
  const fill = (into: string, shift: number) => {
    const insert = db.prepare(`INSERT INTO ${into} (${list}) VALUES (${names.map(() => '?').join(', ')})`);
    const code = names.indexOf('code');
    const description = names.indexOf('description_id');
    for (let o = 0; o < data.length; o += COLUMNS.length) {
      for (let i = 0; i < values.length; i++) row[i] = values[i]!(data, o);
      row[code] = (row[code] as number) + shift;
      row[description] = (row[description] as number) + shift;
      insert.run(row);
    }
  };
  if (full) {
    db.transaction(() => [1, 2, 3].forEach((k) => fill('r', k * 100_000)))();
    indexes.forEach((sql) => db.exec(sql));
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const started = performance.now();
  db.transaction(() => {
    if (!full) {
      fill('r', 0);
      indexes.forEach((sql) => db.exec(sql));
      return;
    }
    db.exec(`CREATE TEMP TABLE stage AS SELECT * FROM r WHERE 0`);
    fill('temp.stage', 0);
    db.exec(`INSERT INTO r (${list}) SELECT ${list} FROM temp.stage ORDER BY ${KEY}`);
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
  return seconds;
}
const intoEmpty = appendFloor(false);
const intoFull = appendFloor(true);
console.log(
  `\nappend, database side alone (today's layout and indexes): into an empty table ${intoEmpty.toFixed(2)} s, into one 3x its size ${intoFull.toFixed(2)} s: ${(intoEmpty / intoFull).toFixed(2)}x  [issue 15: >= 0.9x]`,
);
for (const p of [flatDb, join(dataDir, `floor-${rows}.sqlite`)]) rmSync(p, { force: true });
