import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';

const BAD = [
  HEADER,
  '2020-01,CHN,PRK,import,HS,0101,x,oops,USD,,',
  '2020-02,CHN,PRK,import,HS,0101,x,n/a,USD,,',
  '2020-03,CHN,PRK,sideways,HS,0101,x,5,USD,,',
].join('\n');

let t: ReturnType<typeof tempCore>;
beforeEach(() => (t = tempCore()));
afterEach(() => t.dispose());

const stored = () => {
  const db = new Database(join(t.dir, 'test.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT (SELECT count(*) FROM import_batch) AS batches, (SELECT count(*) FROM rejected_row) AS rejects, (SELECT count(*) FROM trade_record) AS records',
      )
      .get();
  } finally {
    db.close();
  }
};

describe('a file whose every row is rejected', () => {
  it('fails with all_rows_rejected, its counts and first reason, and stores nothing, not even an empty batch', async () => {
    const report = await t.call('importFiles', { files: [{ path: t.file('bad.csv', BAD) }], options: {} });
    expect(report.files[0]).toMatchObject({
      status: 'failed',
      batchId: null,
      rowsRead: 3,
      rowsImported: 0,
      rowsRejected: 3,
      error: {
        code: 'all_rows_rejected',
        message: expect.stringMatching(
          /^Nothing from bad\.csv was imported: all 3 of its rows were rejected\. The first, on row 2: value "oops" is not a number.*\. Check the import options/,
        ),
      },
    });
    expect(stored()).toEqual({ batches: 0, rejects: 0, records: 0 });
    expect(await t.call('listBatches', {})).toEqual([]);
  });

  it('is not a duplicate when imported again after its options are fixed', async () => {
    const path = t.file('one.csv', [HEADER, '2020-01,CHN,PRK,import,HS,0101,x,5,XXXX,,'].join('\n'));
    const first = await t.call('importFiles', { files: [{ path }], options: {} });
    expect(first.files[0]).toMatchObject({
      status: 'failed',
      error: {
        code: 'all_rows_rejected',
        message: expect.stringContaining('its one row was rejected. The first, on row 2'),
      },
    });
    const again = await t.call('importFiles', { files: [{ path }], options: {} });
    expect(again.files[0]!.status).toBe('failed');
  });

  it('still imports a file with some good rows, its rejects listed', async () => {
    const report = await t.call('importFiles', {
      files: [{ path: t.file('mixed.csv', `${BAD}\n2020-04,CHN,PRK,import,HS,0101,x,5,USD,,`) }],
      options: {},
    });
    expect(report.files[0]).toMatchObject({ status: 'imported', rowsImported: 1, rowsRejected: 3, error: null });
    expect(stored()).toEqual({ batches: 1, rejects: 3, records: 1 });
  });

  it('makes `tidemark import` exit 1', async () => {
    const bin = resolve(__dirname, '../../../../bin/tidemark.mjs');
    const run = promisify(execFile);
    const code = await run(process.execPath, [
      bin,
      'import',
      t.file('cli.csv', BAD),
      '--db',
      join(t.dir, 'cli.sqlite'),
      '--json',
    ]).then(
      () => 0,
      (err: { code: number; stdout: string }) => {
        expect(JSON.parse(err.stdout)).toMatchObject({
          files: [{ status: 'failed', error: { code: 'all_rows_rejected' } }],
        });
        return err.code;
      },
    );
    expect(code).toBe(1);
  });
});
