import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADER } from '../../test-support/temp-core';
import { buildXlsx } from '../../test-support/xlsx-fixture';
import { PREVIEW_ROWS, previewImport } from './preview-import';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (i: number) =>
  `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(1000 + (i % 9000)).padStart(4, '0')},Goods ${i},${i + 1},USD,,`;

describe('previewImport, on the import row loop', () => {
  it('shows the first 20 rows of a large file as the import would store them', () => {
    const path = join(dir, 'large.csv');
    writeFileSync(path, [HEADER, ...Array.from({ length: 50_000 }, (_, i) => line(i))].join('\n') + '\n');
    const p = previewImport({ path }, {});
    expect(p).toMatchObject({ format: 'tidemark-csv', recognised: true, kind: 'csv', missing: [] });
    expect(p.rows).toHaveLength(PREVIEW_ROWS);
    expect(p.rows[0]).toMatchObject({ row: 2, period: '2020-01', code: '1000', value: '1' });
    expect(p.sample).toHaveLength(PREVIEW_ROWS);
  });

  it('reads only the first sheet of a workbook', () => {
    const row = (r: number, cells: string[]) =>
      `<row r="${r}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
    const sheet = (from: number) =>
      [row(1, HEADER.split(',')), ...[0, 1].map((i) => row(i + 2, line(from + i).split(',')))].join('');
    const path = join(dir, 'two.xlsx');
    writeFileSync(
      path,
      buildXlsx({
        sheets: [
          { name: 'First', rows: sheet(0) },
          { name: 'Second', rows: sheet(100) },
        ],
      }),
    );
    const p = previewImport({ path }, {});
    expect(p.sheets).toEqual(['First', 'Second']);
    expect(p.rows.map((r) => [r.sheet, r.description])).toEqual([
      ['First', 'Goods 0'],
      ['First', 'Goods 1'],
    ]);
  });

  it('carries 20 raw rows of a table no format knows, for the mapping step', () => {
    const path = join(dir, 'unknown.csv');
    writeFileSync(
      path,
      ['when,what,how much', ...Array.from({ length: 100 }, (_, i) => `2020-01,thing ${i},${i}`)].join('\n'),
    );
    const p = previewImport({ path }, {});
    expect(p).toMatchObject({ recognised: false, format: '', rows: [], header: ['when', 'what', 'how much'] });
    expect(p.sample).toHaveLength(PREVIEW_ROWS);
    expect(p.sample[19]).toEqual(['2020-01', 'thing 19', '19']);
  });

  it('stops after 20 rejects worth showing, and says an empty file has no header', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        HEADER,
        ...Array.from({ length: 3000 }, (_, i) => `2020-01,CHN,PRK,import,HS,1001,x,not-a-number-${i},USD,,`),
      ].join('\n'),
    );
    const p = previewImport({ path: bad }, {});
    expect(p.rows).toEqual([]);
    expect(p.rejects).toHaveLength(PREVIEW_ROWS);
    expect(p.rejects[0]).toMatchObject({ row: 2, reason: 'cast_error' });
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '\n\n');
    expect(() => previewImport({ path: empty }, {})).toThrow(/is empty: it has no header row/);
  });
});
