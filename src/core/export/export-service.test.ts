import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';
import { exportInWorker, sourceExportWorker } from './export-service';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe('export in a worker', () => {
  it('writes the same filtered rows as the grid shows, off the host thread', { timeout: 60_000 }, async () => {
    t = tempCore();
    const lines = ['2020-01,CHN,PRK,import,HS,0101,horses,10,USD,,', '2020-02,CHN,PRK,import,HS,2701,coal,20,USD,,', '2020-03,CHN,PRK,import,HS,0102,cattle,30,USD,,'];
    await t.call('importFiles', { files: [{ path: t.file('w.csv', [HEADER, ...lines].join('\n')) }], options: {} });
    const path = join(t.dir, 'w-out.csv');
    const input = { format: 'csv' as const, query: { sort: { column: 'value' as const, dir: 'desc' as const }, filters: { code: { op: 'startsWith' as const, value: '01' } }, deleted: false }, path };
    const result = await exportInWorker(sourceExportWorker, { dbPath: t.core.dbPath, input });
    expect(result).toMatchObject({ rows: 2, path });
    expect(readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[5])).toEqual(['0102', '0101']);
  });

  it('passes a refusal back as the same AppError a person can act on', { timeout: 60_000 }, async () => {
    t = tempCore();
    const input = { format: 'xlsx' as const, query: { sort: { column: 'id' as const, dir: 'asc' as const }, filters: {}, deleted: false }, path: join(t.dir, 'wrong.csv') };
    await expect(exportInWorker(sourceExportWorker, { dbPath: t.core.dbPath, input })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/ending in \.xlsx/) });
  });
});
