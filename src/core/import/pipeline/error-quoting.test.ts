import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';

/**
 * An error never quotes a file's content beyond a cell a preview shows the user (the mapping step's raw rows): a page that could name
 * any path (or a file someone was sent) must not be able to read a file through Tidemark's errors.
 * Each file below hides a secret where a careless error would quote it.
 */
const SECRET = 'SECRET-c4n4ry-9f2e';
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const FILES: Record<string, string | Buffer> = {
  'first-line.csv': `root:x:0:0:${SECRET}:/root:/bin/bash\ndaemon:x:1:1\n`,
  'environ.txt': `PATH=/usr/bin\0HOME=/root\0TOKEN=${SECRET}\0`,
  'wide-header.csv': `${SECRET},b,c,d,e,f,g\n1,2,3,4,5,6,7\n`,
  'broken.json': `{"data": [{"${SECRET}": 1,}`,
  'broken-value.json': `["${SECRET}" oops]`,
  'comtrade-error.csv': `Query complexity: ${SECRET} is too large\n`,
  'comtrade-other-error.csv': `Error: ${SECRET}\n`,
  'fake.xls': Buffer.concat([OLE, Buffer.from(`${SECRET}`.repeat(40))]),
  'not-a-workbook.xlsx': Buffer.from(zipSync({ 'secret.txt': strToU8(SECRET) })),
  'only-secret.csv': `${SECRET}\n`,
};

let t: ReturnType<typeof tempCore>;
beforeAll(() => (t = tempCore()));
afterAll(() => t.dispose());

describe('errors from reading a file', () => {
  it.each(Object.keys(FILES))('%s: neither preview nor import quotes it', async (name) => {
    const path = t.file(name, FILES[name]!);
    const preview = await t.core.dispatch('previewImport', { file: { path }, options: {} });
    const imported = await t.core.dispatch('importFiles', { files: [{ path }], options: {} });
    expect(imported).toMatchObject({ ok: true, value: { files: [{ status: 'failed' }] } });
    // A table no format knows previews as its raw cells, for the mapping step: cells the user is shown,
    // and nothing else of the preview (no error, no warning) repeats them.
    if (preview.ok) expect(preview.value).toMatchObject({ recognised: false, rows: [] });
    const shown = preview.ok ? { ...(preview.value as object), header: [], sample: [] } : preview;
    expect(JSON.stringify(shown)).not.toContain(SECRET);
    expect(JSON.stringify(imported)).not.toContain(SECRET);
    expect(JSON.stringify(imported)).not.toMatch(/root:x|HOME=/);
  });

  it('a column mapping that names no column of the file echoes the mapping, not the header', async () => {
    const path = t.file('mapped.csv', `${SECRET},Value\n2020-01,5\n`);
    const options = {
      map: { Month: 'period', Value: 'value' },
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      currency: 'USD',
    } as const;
    const preview = await t.core.dispatch('previewImport', { file: { path }, options });
    const imported = await t.core.dispatch('importFiles', { files: [{ path }], options });
    expect(imported).toMatchObject({
      ok: true,
      value: { files: [{ error: { code: 'header_mismatch', message: expect.stringContaining('no column "Month"') } }] },
    });
    expect(preview.ok).toBe(false);
    expect(JSON.stringify([preview, imported])).not.toContain(SECRET);
  });

  it('a rejected row may be quoted: the preview shows that cell to the user anyway', async () => {
    const path = t.file('rejects.csv', `${HEADER}\n2020-01,CHN,PRK,import,HS,0101,x,${SECRET},USD,,\n`);
    const preview = await t.call('previewImport', { file: { path }, options: {} });
    expect(preview.rejects[0]!.raw).toContain(SECRET);
  });
});
