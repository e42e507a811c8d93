import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { oneError, tidemarkIn } from './cli-harness';

// Each test spawns the command several times; on a shared, loaded machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);

const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const GACC =
  '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","美元"\n"202011","109","朝鲜","27160000","电力","1122812"\n';

describe('tidemark revert, undo and import --replace', () => {
  it('reverts a batch by number and undoes the revert', async () => {
    const db = join(dir, 'revert.sqlite');
    const file = join(dir, 'a.csv');
    writeFileSync(
      file,
      `${HEADER}\n2020-11,CHN,PRK,import,HS,27160000,,100,USD,,\n2020-12,CHN,PRK,import,HS,27160000,,200,USD,,\n`,
    );
    // The file holds every good and partner of its months, which it cannot say itself.
    const batch = JSON.parse(
      (await tidemark('import', file, '--db', db, '--json', '--goods', 'all', '--partners', 'all')).stdout,
    ).files[0].batchId;
    const values = async () =>
      JSON.parse((await tidemark('series', '--db', db, '--flow', 'import', '--json')).stdout).points.map(
        (p: { value: number }) => p.value,
      );
    expect(await values()).toEqual([100, 200]);
    const r = await tidemark('revert', '--db', db, '--batch', String(batch));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim()).toBe(
      `Reverted batch ${batch} (a.csv): 2 records left the figures. tidemark undo brings them back.`,
    );
    expect(await values()).toEqual([]);
    expect((await tidemark('undo', '--db', db)).stdout.trim()).toBe('Undid: Revert the import of a.csv (2 records).');
    expect(await values()).toEqual([100, 200]);
    expect(oneError(await tidemark('revert', '--db', db, '--batch', '99'))).toMatchObject({ code: 'not_found' });
    expect(oneError(await tidemark('revert', '--db', db, '--batch', 'x'))).toMatchObject({ code: 'usage' });
  });

  it('reverting a nomenclature takes its names away; undo brings them back', async () => {
    const db = join(dir, 'names.sqlite');
    const list = join(dir, 'names.csv');
    const data = join(dir, 'horses.csv');
    writeFileSync(list, 'code,description,parent\n0101,Horses of my own list,01\n');
    writeFileSync(data, `${HEADER}\n2020-01,HKG,CHN,export,HS,0101,file text,100,USD,,\n`);
    await tidemark('import', list, '--db', db);
    await tidemark('import', data, '--db', db, '--goods', 'all', '--partners', 'all');
    const named = async () =>
      (
        await tidemark(
          'top',
          '--db',
          db,
          '--reporter',
          'HKG',
          '--partner',
          'CHN',
          '--flow',
          'export',
          '--period',
          '2020-01',
          '--level',
          '4',
        )
      ).stdout
        .split('\n')
        .find((l) => l.startsWith('0101'));
    expect(await named()).toMatch(/Horses of my own list$/);
    const r = await tidemark('revert', '--db', db, '--batch', '1');
    // Before: "it held no shown records", and the list's name still named 0101.
    expect(r.stdout.trim()).toBe(
      'Reverted batch 1 (names.csv): its 1 commodity name no longer names its code, which a list imported before it names, else the names Tidemark carries. tidemark undo brings it back.',
    );
    expect(await named()).toMatch(/Horses, asses, mules and hinnies; live$/);
    await tidemark('undo', '--db', db);
    expect(await named()).toMatch(/Horses of my own list$/);
  });

  it('the same bytes with other options are refused with a way out; --replace takes it', async () => {
    const db = join(dir, 'replace.sqlite');
    const file = join(dir, '2020.csv');
    writeFileSync(file, GACC);
    expect((await tidemark('import', file, '--db', db, '--flow', 'import', '--goods', 'all')).code).toBe(0);
    const again = await tidemark('import', file, '--db', db, '--flow', 'export', '--goods', 'all', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ status: 'failed', error: { code: 'already_imported' } });
    expect(oneError(again).message).toMatch(
      /^2020\.csv is already imported \(batch 1\) with other options \(flow import, now export\)\. To import it with these instead, revert batch 1 .*; from the command line, --replace does both in one step\.$/,
    );
    const replaced = await tidemark(
      'import',
      file,
      '--db',
      db,
      '--flow',
      'export',
      '--goods',
      'all',
      '--replace',
      '--json',
    );
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.stdout).files[0]).toMatchObject({ status: 'imported', batchId: 2, rowsImported: 1 });
    expect(
      JSON.parse(
        (await tidemark('series', '--db', db, '--partner', 'PRK', '--flow', 'export', '--json')).stdout,
      ).points.map((p: { value: number }) => p.value),
    ).toEqual([1122812]);
  });
});

describe('tidemark rejects', () => {
  it('lists rejected rows with file, line, reason and raw cells; the series marks their month incomplete', async () => {
    const db = join(dir, 'rejects.sqlite');
    const file = join(dir, 'nk.csv');
    writeFileSync(
      file,
      `${HEADER}\n2020-10,CHN,PRK,import,HS,27160000,,10,USD,,\n2020-11,CHN,PRK,import,HS,27160000,,20,USD,,\n2020-11,CHN,PRK,import,HS,33049900,,1.0.0,USD,,\n`,
    );
    expect(
      JSON.parse((await tidemark('import', file, '--db', db, '--goods', 'all', '--json')).stdout).files[0],
    ).toMatchObject({ rowsRejected: 1, batchId: 1 });
    const text = await tidemark('rejects', '--db', db);
    expect(text.stdout.trim()).toBe(
      'nk.csv (batch 1), line 4: value "1.0.0" is not a number with at most 3 decimals. [cast_error]\n  ["2020-11","CHN","PRK","import","HS","33049900","","1.0.0","USD","",""]',
    );
    const json = JSON.parse((await tidemark('rejects', '--db', db, '--batch', '1', '--json')).stdout);
    expect(json.rejects).toEqual([
      {
        batchId: 1,
        file: 'nk.csv',
        batchStatus: 'imported',
        sheet: '',
        line: 4,
        reason: 'cast_error',
        message: 'value "1.0.0" is not a number with at most 3 decimals.',
        raw: ['2020-11', 'CHN', 'PRK', 'import', 'HS', '33049900', '', '1.0.0', 'USD', '', ''],
      },
    ]);
    const series = await tidemark('series', '--db', db, '--partner', 'PRK', '--flow', 'import');
    expect(series.stdout).toMatch(/2020-11\s+20\s.*incomplete/);
    expect(series.stdout).toContain(
      '* 2020-11: 1 row of nk.csv (batch 1) for this period could not be read, so the figure may be incomplete; see the rejected rows of batch 1.',
    );
    const points = JSON.parse(
      (await tidemark('series', '--db', db, '--partner', 'PRK', '--flow', 'import', '--json')).stdout,
    ).points;
    expect(points.map((p: { period: string; incomplete?: string }) => [p.period, Boolean(p.incomplete)])).toEqual([
      ['2020-10', false],
      ['2020-11', true],
    ]);
    expect((await tidemark('rejects', '--db', db, '--batch', '2')).code).toBe(1);
  });
});

describe('file names in results', () => {
  it('are the same form whether the file imported or failed', async () => {
    const db = join(dir, 'names.sqlite');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const good = join(dir, 'sub', 'good.csv');
    const bad = join(dir, 'sub', 'bad.csv');
    writeFileSync(good, `${HEADER}\n2020-11,CHN,PRK,import,HS,01,,1,USD,,\n`);
    writeFileSync(bad, 'not,a,trade,file\n1,2,3,4\n');
    const r = await tidemark('import', good, bad, join(dir, 'sub', 'missing.csv'), '--db', db, '--json');
    expect(JSON.parse(r.stdout).files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['good.csv', 'imported'],
      ['bad.csv', 'failed'],
      ['missing.csv', 'failed'],
    ]);
  });
});

describe('tidemark batches', () => {
  it('lists each import with its file, rows and scope; an import that cannot tell its scope says so on stderr', async () => {
    const db = join(dir, 'scope.sqlite');
    const listed = join(dir, 'listed.csv');
    const all = join(dir, 'all.csv');
    writeFileSync(
      listed,
      `${HEADER}\n2020-11,CHN,PRK,import,HS,27160000,,100,USD,,\n2020-12,CHN,PRK,import,HS,33049900,,5,USD,,\n`,
    );
    writeFileSync(all, `${HEADER}\n2021-01,CHN,WLD,export,HS,TOTAL,,900,USD,,\n`);
    const r = await tidemark('import', listed, '--db', db);
    expect(r.code).toBe(0);
    expect(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(': ').slice(0, 3).join(': ')),
    ).toEqual(['tidemark: scope_goods_listed: listed.csv', 'tidemark: scope_partners_listed: listed.csv']);
    expect((await tidemark('import', all, '--db', db)).stderr).toBe('');
    const text = await tidemark('batches', '--db', db);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    const lines = text.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^file\s+batch\s+status\s+rows\s+scope$/);
    expect(lines[1]).toMatch(
      /^listed\.csv\s+1\s+imported\s+2\s+CHN import 2020-11\.\.2020-12 HS; 1 partner listed \(PRK\); 2 codes listed \(27160000 33049900\)$/,
    );
    expect(lines[2]).toMatch(/^all\.csv\s+2\s+imported\s+1\s+CHN export 2021-01 HS; all partners; all goods$/);
    const json = JSON.parse((await tidemark('batches', '--db', db, '--json')).stdout);
    expect(
      json.batches.map((b: { fileName: string; scope: { goods: string; partners: string } }) => [
        b.fileName,
        b.scope.goods,
        b.scope.partners,
      ]),
    ).toEqual([
      ['listed.csv', 'listed', 'listed'],
      ['all.csv', 'all', 'all'],
    ]);
  });
});
