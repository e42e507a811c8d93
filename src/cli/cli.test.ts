import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../bin/tidemark.mjs');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tidemark(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd: dir });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const csv = [
  HEADER,
  '2019-10,CHN,PRK,import,HS,27160000,Electrical energy,1000,USD,,',
  '2019-11,CHN,PRK,import,HS,27160000,Electrical energy,2000,USD,,',
  '2020-10,CHN,PRK,import,HS,27160000,Electrical energy,1500,USD,,',
  '2020-10,CHN,PRK,import,HS,33049900,"Cosmetics, other",500,USD,3,kg',
  '2020-11,CHN,PRK,import,HS,33049900,"Cosmetics, other",1854,USD,,',
  '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,1122812,USD,,',
].join('\n');

describe('tidemark CLI', () => {
  const db = join(dir, 'cli.sqlite');
  const file = join(dir, 'nk.csv');
  writeFileSync(file, csv);

  it('imports and prints the stable JSON report; a re-import is a duplicate', async () => {
    // The file holds every good and partner of these months, which it cannot say itself.
    const r = await tidemark('import', file, '--db', db, '--json', '--goods', 'all', '--partners', 'all');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report.files[0]).sort()).toEqual(
      [
        'batchId',
        'currency',
        'encoding',
        'error',
        'file',
        'format',
        'rowsImported',
        'rowsRead',
        'rowsRejected',
        'rowsSkipped',
        'status',
        'warnings',
      ].sort(),
    );
    expect(report.files[0].warnings).toEqual([]);
    expect(report.files[0]).toMatchObject({
      file: 'nk.csv',
      status: 'imported',
      rowsRead: 6,
      rowsImported: 6,
      currency: 'USD',
    });
    const again = JSON.parse(
      (await tidemark('import', file, '--db', db, '--json', '--goods', 'all', '--partners', 'all')).stdout,
    );
    expect(again.files[0].status).toBe('duplicate');
  });

  it('prints series JSON with sums, MoM, YoY and YTD', async () => {
    const r = await tidemark(
      'series',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--flow',
      'import',
      '--exclude-hs',
      '2716',
      '--from',
      '2020-10',
      '--json',
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.currency).toBe('USD');
    expect(s.points).toMatchObject([
      // A year earlier only electricity was traded: excluding it leaves a true zero, so no YoY.
      { period: '2020-10', value: 500, mom: null, yoy: null, ytd: null, ytdYoy: null },
      { period: '2020-11', value: 1854, mom: expect.closeTo(2.708, 3), yoy: null, ytd: null, ytdYoy: null },
    ]);
    const all = JSON.parse((await tidemark('series', '--db', db, '--flow', 'import', '--json')).stdout);
    const nov = all.points.find((p: { period: string }) => p.period === '2020-11');
    expect(nov.value).toBe(1124666);
    expect(nov.yoy).toBeCloseTo(1124666 / 2000 - 1);
  });

  it('exits 1 when a file fails and still imports the rest; 2 on a usage error', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'not,a,trade,file\n');
    const good = join(dir, 'good.csv');
    writeFileSync(good, `${HEADER}\n2021-01,CHN,PRK,export,HS,01,,5,USD,,\n`);
    const r = await tidemark('import', bad, good, '--db', db, '--json', '--goods', 'all', '--partners', 'all');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.map((f: { status: string }) => f.status)).toEqual(['failed', 'imported']);
    expect((await tidemark('import', '--db', db)).code).toBe(2);
    expect((await tidemark('series', '--db', db, '--flow', 'sideways')).code).toBe(2);
    expect((await tidemark('import', good, '--db', db, '--goods', 'some')).stderr).toContain(
      '--goods is all or listed',
    );
    const noDb = await tidemark('series');
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toContain('--db');
  });

  it('prints a readable table without --json; a month no file covers is "not covered", never 0', async () => {
    const r = await tidemark('series', '--db', db, '--flow', 'import', '--from', '2020-11');
    expect(r.stdout).toMatch(/2020-11\s+1,124,666/);
    const gap = await tidemark('series', '--db', db, '--flow', 'import', '--from', '2020-09', '--to', '2020-10');
    expect(gap.stdout).toMatch(/\n2020-09\s+not covered\n2020-10\s+2,000\s/);
    expect(gap.stdout).toContain('* No file held covers the imports in September 2020.');
    const top = await tidemark('top', '--db', db, '--period', '2020-09');
    expect(top).toMatchObject({
      code: 0,
      stdout: 'No file held covers September 2020 for this import figure. So the total and the shares are not known.\n',
    });
  });

  it('exports the canonical CSV, which imports back to the same records', async () => {
    const out = join(dir, 'out.csv');
    expect((await tidemark('export', '--db', db, '--out', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe(HEADER);
    expect(text).toContain('"Cosmetics, other"');
    const db2 = join(dir, 'round.sqlite');
    expect((await tidemark('import', out, '--db', db2, '--json')).code).toBe(0);
    const out2 = join(dir, 'out2.csv');
    await tidemark('export', '--db', db2, '--out', out2);
    expect(readFileSync(out2, 'utf8')).toBe(text);
  });

  it('exports a Parquet dataset that DuckDB reads back; a folder holding files is refused in one line', async () => {
    const out = join(dir, 'pq');
    const r = await tidemark('export', '--db', db, '--parquet', out, '--json');
    expect(r.code).toBe(0);
    // The canonical CSV the test above wrote holds the same current records.
    const records = readFileSync(join(dir, 'out.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const years = new Map<number, bigint>();
    for (const cells of records)
      years.set(
        Number(cells[0]!.slice(0, 4)),
        (years.get(Number(cells[0]!.slice(0, 4))) ?? 0n) + BigInt(Math.round(Number(cells.at(-4)) * 1000)),
      );
    expect(JSON.parse(r.stdout)).toMatchObject({ dir: out, rows: records.length });
    expect(readdirSync(join(out, 'reporter=CHN')).sort()).toEqual([...years.keys()].sort().map((y) => `year=${y}`));
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (
      await con.runAndReadAll(
        `SELECT year, SUM(value_milli) FROM read_parquet('${out}/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY 1`,
      )
    ).getRows();
    con.closeSync();
    expect(new Map(rows.map(([y, v]) => [Number(y), BigInt(String(v))]))).toEqual(years);
    const again = await tidemark('export', '--db', db, '--parquet', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^tidemark: target_exists: The folder .*pq already holds files\. Choose a new or empty folder/,
    );
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    const both = await tidemark('export', '--db', db, '--parquet', join(dir, 'pq2'), '--out', join(dir, 'x.csv'));
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --out FILE.csv or --parquet DIR, not both');
  });

  it('opens that dataset read-only: the same series through --db DIR, a change refused in one line', async () => {
    process.env.TIDEMARK_CACHE_DIR = join(dir, 'cache');
    const out = join(dir, 'pq');
    const opened = await tidemark('open', out);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(/^Opened .*pq read-only: 7 records from 2 files, 2019-10 to 2021-01\./);
    expect((await tidemark('open', '--parquet', out, '--json')).stdout).toContain('"records":7');
    // As issue 15 spells it: the folder, then a bare --parquet.
    expect((await tidemark('open', out, '--parquet')).stdout).toMatch(/^Opened .*pq read-only: 7 records/);
    expect((await tidemark('open', out, '--parquet', '--json')).stdout).toContain('"records":7');
    const args = ['--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--exclude-hs', '2716', '--json'];
    const fromDataset = await tidemark('series', '--db', out, ...args);
    expect(fromDataset.code).toBe(0);
    expect(fromDataset.stdout).toBe((await tidemark('series', '--db', db, ...args)).stdout);
    const revert = await tidemark('revert', '--db', out, '--batch', '1');
    expect(revert.code).toBe(1);
    expect(revert.stderr).toMatch(/^tidemark: read_only: .*pq is a Parquet dataset, opened read-only/);
    expect(revert.stderr.trim().split('\n')).toHaveLength(1);
    const notDataset = await tidemark('series', '--db', dir, '--reporter', 'CHN');
    expect(notDataset.stderr).toMatch(/^tidemark: dataset_invalid: .* is a folder without _tidemark\.json/);
    expect((await tidemark('open', join(dir, 'nowhere'))).stderr).toMatch(
      /^tidemark: dataset_invalid: .*nowhere is not there/,
    );
  });
});

describe('tidemark revisions', () => {
  it('prints what a revised release changed', async () => {
    const db = join(dir, 'rev.sqlite');
    const a = join(dir, 'prelim.csv');
    const b = join(dir, 'final.csv');
    writeFileSync(a, `${HEADER}\n2020-11,CHN,PRK,export,HS,TOTAL,,150000,USD,,\n`);
    writeFileSync(b, `${HEADER}\n2020-11,CHN,PRK,export,HS,TOTAL,,148000,USD,,\n`);
    expect((await tidemark('import', a, b, '--db', db)).code).toBe(0);
    const r = await tidemark('revisions', '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('150,000 → 148,000 USD (-2,000)  prelim.csv → final.csv');
    const json = JSON.parse((await tidemark('revisions', '--db', db, '--json')).stdout);
    expect(json.revisions).toHaveLength(1);
    expect((await tidemark('revisions', '--db', db, '--batch', 'x')).code).toBe(2);
  });
});

describe('tidemark define / definitions', () => {
  it('saves a named definition, uses it in a series, exports it as JSON and imports it into another database', async () => {
    const db = join(dir, 'defs.sqlite');
    const source = join(dir, 'defs-source.csv');
    writeFileSync(source, csv);
    expect((await tidemark('import', source, '--db', db, '--goods', 'all')).code).toBe(0);
    const made = await tidemark(
      'define',
      'NK exports excl. electricity',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--flow',
      'import',
      '--exclude-hs',
      '2716',
    );
    expect(made.stdout).toContain('Saved "NK exports excl. electricity"');
    const s = JSON.parse(
      (await tidemark('series', '--db', db, '--def', 'NK exports excl. electricity', '--from', '2020-11', '--json'))
        .stdout,
    );
    expect(s.points[0]).toMatchObject({ period: '2020-11', value: 1854 });
    const exported = join(dir, 'defs.json');
    const json = (await tidemark('definitions', '--db', db, '--json')).stdout;
    writeFileSync(exported, json);
    expect(JSON.parse(json)).toEqual([
      expect.objectContaining({ name: 'NK exports excl. electricity', excludeHs: ['2716'] }),
    ]);
    const other = join(dir, 'defs2.sqlite');
    // Only import creates a database; the others refuse a --db that names no file.
    expect((await tidemark('definitions', '--db', other, '--import', exported)).code).toBe(2);
    expect((await tidemark('import', source, '--db', other)).code).toBe(0);
    expect((await tidemark('definitions', '--db', other, '--import', exported)).code).toBe(0);
    expect((await tidemark('definitions', '--db', other)).stdout).toContain(
      'NK exports excl. electricity: CHN import PRK, excluding HS 2716',
    );
    expect((await tidemark('define', 'NK exports excl. electricity', '--db', other, '--delete')).code).toBe(0);
    expect((await tidemark('definitions', '--db', other)).stdout).toContain('No named definitions yet');
  }, 90_000);

  it("keeps a definition's classification and currency: an S4 definition of 32 reads SITC coal, not HS 32", async () => {
    const db = join(dir, 'defs-sitc.sqlite');
    const rows = (cls: string, code: string, value: number, currency = 'USD') =>
      `2014,CHN,DEU,import,${cls},${code},,${value},${currency},,`;
    const file = (name: string, lines: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, [HEADER, ...lines].join('\n'));
      return path;
    };
    const s4 = file('s4.csv', [rows('S4', 'TOTAL', 9000), rows('S4', '32', 5000)]);
    const hs = file('hs.csv', [rows('HS', 'TOTAL', 9000), rows('HS', '3201', 700)]);
    for (const f of [s4, hs]) expect((await tidemark('import', f, '--db', db)).code).toBe(0);
    const coal = ['coal', '--db', db, '--reporter', 'CHN', '--partner', 'DEU', '--flow', 'import', '--hs', '32'];
    expect((await tidemark('define', ...coal, '--classification', 's4')).code).toBe(0);
    const series = async (where: string, ...more: string[]) =>
      tidemark('series', '--db', where, '--def', 'coal', '--from', '2014', '--to', '2014', '--json', ...more);
    const sitc = JSON.parse((await series(db)).stdout);
    expect([sitc.classification, sitc.points.map((p: { value: number }) => p.value)]).toEqual(['SITC', [5000]]);
    // Asked in HS as well: a usage error naming both, not one of the two read silently.
    const clash = await series(db, '--classification', 'HS');
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('The definition "coal" holds codes in S4, but HS was asked for too.');
    // A name never saved says which command lists those that are.
    expect((await tidemark('series', '--db', db, '--def', 'nope', '--json')).stderr).toContain(
      'There is no definition called "nope". List them with `tidemark definitions`',
    );
    // An unknown classification is refused with those it can be.
    const unknown = await tidemark('define', ...coal, '--classification', 'S9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/There is no classification "S9".*HS, H0, H1, .* SITC, S1, S2, S3, S4, BEC/);

    expect((await tidemark('define', ...coal, '--classification', 'S4', '--currency', 'cny')).code).toBe(0);
    expect((await tidemark('definitions', '--db', db)).stdout).toContain('coal: CHN import DEU, only S4 32, in CNY');

    // The JSON round trip keeps both; a file from before definitions kept them imports, as HS.
    const json = (await tidemark('definitions', '--db', db, '--json')).stdout;
    expect(JSON.parse(json)).toEqual([
      expect.objectContaining({ name: 'coal', classification: 'S4', currency: 'CNY' }),
    ]);
    const other = join(dir, 'defs-sitc2.sqlite');
    const both = file('s4-two-currencies.csv', [
      rows('S4', 'TOTAL', 9000),
      rows('S4', '32', 5000),
      rows('S4', 'TOTAL', 63000, 'CNY'),
      rows('S4', '32', 35000, 'CNY'),
    ]);
    expect((await tidemark('import', both, '--db', other)).code).toBe(0);
    const exported = file('defs-sitc.json', []);
    const old = { name: 'dyes', reporter: 'CHN', flow: 'import', subject: 'reporter', hs: ['32'], excludeHs: [] };
    writeFileSync(exported, JSON.stringify([...JSON.parse(json), { ...old, label: '', partner: null, note: '' }]));
    expect((await tidemark('definitions', '--db', other, '--import', exported)).code).toBe(0);
    const back = JSON.parse((await tidemark('definitions', '--db', other, '--json')).stdout) as Record<
      string,
      unknown
    >[];
    expect(back.map((d) => [d.name, d.classification, d.currency])).toEqual([
      ['coal', 'S4', 'CNY'],
      ['dyes', 'HS', null],
    ]);
    // Where the files hold yuan and dollars, the definition's yuan are read.
    const cny = JSON.parse((await series(other)).stdout);
    expect([cny.currency, cny.points.map((p: { value: number }) => p.value)]).toEqual(['CNY', [35000]]);
  }, 90_000);
});
