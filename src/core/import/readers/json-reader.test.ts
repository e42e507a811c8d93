import { openSync, closeSync, writeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../../test-support/temp-core';
import { MAX_JSON_BYTES } from './json-reader';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const importOne = async (path: string) => (await t.call('importFiles', { files: [{ path }], options: {} })).files[0]!;

describe('JSON files', () => {
  it('refuses a JSON file above the cap with file_too_large, before parsing it', async () => {
    t = tempCore();
    const path = join(t.dir, 'huge.json');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"data":[');
    ftruncateSync(fd, MAX_JSON_BYTES + 1); // sparse: costs no disk
    closeSync(fd);
    const f = await importOne(path);
    expect(f.error).toMatchObject({ code: 'file_too_large' });
    expect(f.error!.message).toMatch(/as CSV/);
  }, 30_000);

  it('ends Comtrade+ error bodies, empty answers and broken JSON as typed errors that say which', async () => {
    t = tempCore();
    const error = await importOne(
      t.file('e.json', '{"elapsedTime":"0.1 secs","count":0,"data":[],"error":"Invalid reporterCode"}'),
    );
    expect(error.error).toMatchObject({
      code: 'format_unknown',
      message: expect.stringMatching(/the server said "Invalid reporterCode"/),
    });
    const empty = await importOne(t.file('n.json', '{"count":0,"data":[]}'));
    expect(empty.error!.message).toMatch(/matched nothing/);
    const broken = await importOne(t.file('b.json', '{"data":[{"a":1},'));
    expect(broken.error).toMatchObject({ code: 'format_unknown', message: expect.stringMatching(/not valid JSON/) });
    expect(await t.call('listBatches', {})).toEqual([]);
  });

  it('reads a top-level array of records, numbers digit for digit, and never touches Object.prototype', async () => {
    t = tempCore();
    const rows = [
      { period: '202011', reporterCode: 156, flowCode: 'M', partnerCode: 408, cmdCode: '0101', primaryValue: 12.345 },
      {
        period: '202011',
        reporterCode: 156,
        flowCode: 'X',
        partnerCode: 408,
        cmdCode: '0101',
        primaryValue: 1e21,
        __proto__x: 1,
      },
    ];
    const text = JSON.stringify(rows).replace('"__proto__x"', '"__proto__"');
    const f = await importOne(t.file('a.json', text));
    expect(f).toMatchObject({ status: 'imported', format: 'comtrade', rowsRead: 2, rowsImported: 1, rowsRejected: 1 });
    expect((await t.call('listRecords', {})).rows[0]).toMatchObject({
      code: '0101',
      value: 12.345,
      partner: 'PRK',
      flow: 'import',
    });
    const [reject] = await t.call('listRejects', { batchId: f.batchId! });
    // 1e21 is written out in full, then refused because it cannot be stored exactly.
    expect(reject!.raw).toContain('1000000000000000000000');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('primaryValue');
  });
});
