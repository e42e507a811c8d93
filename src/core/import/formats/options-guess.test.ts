import { describe, expect, it } from 'vitest';
import { suggestFromFileName } from './options-guess';

describe('suggestFromFileName', () => {
  it.each([
    ['2024in.csv', 'import'],
    ['2024out.csv', 'export'],
    ['soybeans_import_2024.csv', 'import'],
    ['ChinaExports2023.xlsx', 'export'],
    ['大豆进口2024.csv', 'import'],
    ['2024年出口.csv', 'export'],
    ['/data/gacc/2025in.csv', 'import'],
    ['C:\\data\\IMP-2020.csv', 'import'],
  ])('%s suggests %s', (name, flow) => expect(suggestFromFileName(name)).toEqual({ flow }));

  it.each([
    'inside.csv',
    'china.csv',
    'outline-2024.csv',
    'print.csv',
    '2023.csv',
    '进出口2024.csv',
    'import-export.csv',
    'imports_and_exports.csv',
    'index.csv',
    // Re-exports and re-imports are no exports or imports: accepted as such, they would restate them.
    'hk_re_exports_2020.csv',
    'HKReExports2020.csv',
    'reexports.csv',
    'usa-re-import.csv',
    '香港复出口2020.csv',
    '재수출.csv',
  ])('%s suggests nothing', (name) => expect(suggestFromFileName(name)).toEqual({}));
});
