import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { libreOfficeContent, skipWithoutSoffice, SOFFICE_MISSING } from '../test-support/libreoffice';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

// Cells a spreadsheet would run as formulas, in text columns, next to codes with leading zeros.
const HOSTILE = [
  `2020-01,CHN,PRK,import,HS,0101,"=HYPERLINK(""http://x"",""y"")",10,USD,,kg`,
  `2020-02,CHN,PRK,import,HS,0102,+SUM(A1:A3),20.5,USD,3,@t`,
  `2020-03,CHN,PRK,export,HS,2701,-1+1,30,USD,,`,
  `2020-04,CHN,PRK,export,HS,0003,plain coal,40,USD,,`,
  // Fullwidth ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20): LibreOffice runs them as formulas too.
  `2020-05,CHN,PRK,export,HS,0004,＝1＋1,50,USD,,＠x`,
  `2020-06,CHN,PRK,export,HS,0005,－2＋3,60,USD,,`,
];

async function loadHostile() {
  t = tempCore();
  await t.call('importFiles', { files: [{ path: t.file('h.csv', [HEADER, ...HOSTILE].join('\n')) }], options: {} });
}

describe('exporting what the grid shows', () => {
  it('writes CSV of the filtered, sorted rows, with codes as text and formula triggers defused', async () => {
    await loadHostile();
    const out = await t.call('exportRecords', {
      format: 'csv',
      query: { filters: { code: { op: 'startsWith', value: '01' } }, sort: { column: 'value', dir: 'desc' } },
      path: join(t.dir, 'g.csv'),
    });
    expect(out.rows).toBe(2);
    const text = readFileSync(join(t.dir, 'g.csv'), 'utf8');
    // A BOM, so Excel on Windows reads the UTF-8 (Chinese, Korean names) as UTF-8.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe("2020-02,CHN,PRK,import,HS,0102,'+SUM(A1:A3),20.5,USD,3,'@t");
    expect(lines[2]).toBe(`2020-01,CHN,PRK,import,HS,0101,"'=HYPERLINK(""http://x"",""y"")",10,USD,,kg`);
  });

  it('round-trips: the exported CSV imports back to the same rows', async () => {
    await loadHostile();
    const out = await t.call('exportRecords', { format: 'csv', query: {} });
    expect(out.path).toBeNull();
    const before = (await t.call('listRecords', {})).rows.map(({ description, code, value }) => [
      description,
      code,
      value,
    ]);
    const again = tempCore();
    try {
      await again.call('importFiles', {
        files: [{ path: again.file('back.csv', Buffer.from(out.base64!, 'base64')) }],
        options: {},
      });
      const after = (await again.call('listRecords', {})).rows.map(({ description, code, value }) => [
        description,
        code,
        value,
      ]);
      expect(after).toEqual(before);
    } finally {
      again.dispose();
    }
  });

  it('round-trips re-exports and re-imports, which Comtrade files carry, with their flow', async () => {
    t = tempCore();
    const lines = [
      '2020-01,CHN,PRK,re-export,HS,2701,coal,10,USD,,',
      '2020-01,CHN,PRK,re-import,HS,2701,coal,20,USD,,',
      '2020-01,CHN,PRK,export,HS,2701,coal,30,USD,,',
    ];
    await t.call('importFiles', { files: [{ path: t.file('re.csv', [HEADER, ...lines].join('\n')) }], options: {} });
    const rows = async (core: ReturnType<typeof tempCore>) =>
      (await core.call('listRecords', { sort: { column: 'value', dir: 'asc' } })).rows.map(({ flow, value }) => [
        flow,
        value,
      ]);
    const before = await rows(t);
    expect(before).toEqual([
      ['re-export', 10],
      ['re-import', 20],
      ['export', 30],
    ]);
    const out = await t.call('exportRecords', { format: 'csv', query: {} });
    const again = tempCore();
    try {
      await again.call('importFiles', {
        files: [{ path: again.file('back.csv', Buffer.from(out.base64!, 'base64')) }],
        options: {},
      });
      expect(await rows(again)).toEqual(before);
    } finally {
      again.dispose();
    }
  });

  it('guards fullwidth formula triggers in CSV as it does ASCII ones', async () => {
    await loadHostile();
    await t.call('exportRecords', {
      format: 'csv',
      query: { filters: { code: { op: 'startsWith', value: '000' } } },
      path: join(t.dir, 'fw.csv'),
    });
    const lines = readFileSync(join(t.dir, 'fw.csv'), 'utf8').trim().split('\n');
    expect(lines).toContain("2020-05,CHN,PRK,export,HS,0004,'＝1＋1,50,USD,,'＠x");
    expect(lines).toContain("2020-06,CHN,PRK,export,HS,0005,'－2＋3,60,USD,,");
  });

  it('writes an XLSX whose codes are text, values numbers, and hostile text plain text with no apostrophe', async () => {
    await loadHostile();
    const out = await t.call('exportRecords', {
      format: 'xlsx',
      query: { deleted: false },
      path: join(t.dir, 'g.xlsx'),
    });
    expect(out.rows).toBe(6);
    const zip = unzipSync(readFileSync(join(t.dir, 'g.xlsx')));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toMatch(/<c r="H3"><v>20.5<\/v><\/c>/);
    expect(strings).toContain('>0003<');
    expect(strings).toContain('>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)<');
    expect(strings).toContain('>＝1＋1<');
    expect(strings).not.toContain("'");
  });

  describe.skipIf(skipWithoutSoffice)('opened in LibreOffice', () => {
    if (skipWithoutSoffice) it.skip(SOFFICE_MISSING, () => {});
    it(
      'finds no formula in the CSV or the XLSX, ASCII or fullwidth, keeps leading zeros and numbers',
      { timeout: 180_000 },
      async () => {
        await loadHostile();
        for (const format of ['csv', 'xlsx'] as const) {
          const file = join(t.dir, `lo.${format}`);
          await t.call('exportRecords', { format, query: {}, path: file });
          const content = libreOfficeContent(file, join(t.dir, `lo-${format}`));
          expect(content, format).not.toContain('table:formula');
          expect(content, format).toContain('HYPERLINK');
          expect(content, format).toMatch(/office:value-type="float" office:value="20.5"/);
          if (format === 'csv') {
            expect(content).toContain('<text:p>&apos;+SUM(A1:A3)</text:p>');
            expect(content).toContain('<text:p>&apos;＝1＋1</text:p>');
          } else {
            // An XLSX text cell is never a formula: the text is exactly as stored, with no apostrophe.
            expect(content).toContain('<text:p>+SUM(A1:A3)</text:p>');
            expect(content).toContain('<text:p>＝1＋1</text:p>');
            expect(content).toContain('<text:p>－2＋3</text:p>');
            // A code keeps its leading zero as text. (A spreadsheet reads CSV codes as numbers; the
            // canonical CSV stays plain so it round-trips, and people wanting zeros take the XLSX.)
            expect(content).toMatch(/office:value-type="string"[^>]*><text:p>0003<\/text:p>/);
          }
        }
      },
    );
  });
});
