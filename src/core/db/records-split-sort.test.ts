import { afterEach, describe, expect, it } from 'vitest';
import { RecordsQuery } from '../../shared/domain';
import { pagedIds } from '../test-support/paged-ids';
import { buildSortIndexes, expectPagesAndJumps, expectReadFromIndex } from '../test-support/sort-checks';
import { HEADER, tempCore } from '../test-support/temp-core';
import { filterFor, seekFor } from './records-filter';
import { planPage } from './records-plan';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/**
 * 240 rows, most of them parts of a split: by regime and province (China customs' codes, every third
 * row neither), by transport or by second partner (UN Comtrade's, on a few rows each); one row deleted
 * and one row added by a later import.
 */
async function load() {
  t = tempCore();
  const regimes = ['10', '14', '15', '33'];
  const provinces = ['11', '21', '31', '37', '44', '65'];
  const lines = Array.from({ length: 240 }, (_, i) => {
    const gacc = i % 3 !== 0;
    const regime = gacc ? regimes[(i * 7) % regimes.length] : '';
    const province = gacc && i % 5 !== 0 ? provinces[(i * 5) % provinces.length] : '';
    const mot = !gacc && i % 2 === 0 ? ['2100', '1000', '3200'][i % 3] : '';
    const partner2 = !gacc && i % 2 === 1 ? ['156', '410', '392'][i % 3] : '';
    return `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(i % 9).padStart(4, '0')},x,${i + 1},USD,,,${regime},${province},${mot},${partner2}`;
  });
  const header = `${HEADER},regime,province,mode_of_transport,partner2`;
  await t.call('importFiles', { files: [{ path: t.file('s.csv', [header, ...lines].join('\n')) }], options: {} });
  await t.call('importFiles', {
    files: [{ path: t.file('rev.csv', `${header}\n2020-02,CHN,PRK,import,HS,0001,x,999,USD,,,10,21,,\n`) }],
    options: {},
  });
  await t.call('deleteRecords', { ids: [5] });
}

/**
 * Filters on a split column (one key, a range of keys, a part of the text, the empty text, a set of
 * texts), on another column, and on both: each a seek through a sort index where one can answer it.
 */
const FILTERED: RecordsQuery['filters'][] = [
  { regime: { op: 'equals', value: '14' } },
  { province: { op: 'startsWith', value: '3' } },
  { partner2: { op: 'equals', value: '156' } },
  { mot: { op: 'contains', value: '00' } },
  { province: { op: 'equals', value: '' } },
  { province: { op: 'oneOf', value: 'Shan', values: ['31', '37'] } },
  { period: { op: 'equals', value: '2020-03' } },
  { code: { op: 'startsWith', value: '000' }, regime: { op: 'equals', value: '10' } },
];
const SPLIT_COLUMNS = ['regime', 'province', 'mot', 'partner2'] as const;

describe.each(SPLIT_COLUMNS)('sorting by %s through its index', (column) => {
  it('pages and jumps to exactly the rows of the sort without the indexes, filtered or not', async () => {
    await load();
    const cases = [{}, ...FILTERED].flatMap((filters) => (['asc', 'desc'] as const).map((dir) => ({ filters, dir })));
    const expected = new Map<string, number[]>();
    for (const c of cases) expected.set(JSON.stringify(c), await pagedIds(t, column, c.dir, 240, c.filters));
    expect(expected.get(JSON.stringify({ filters: {}, dir: 'asc' }))).toHaveLength(240);
    buildSortIndexes(t, ...SPLIT_COLUMNS, 'period', 'code');
    for (const c of cases) await expectPagesAndJumps(t, column, c.dir, c.filters, expected.get(JSON.stringify(c))!);
  });

  it('reads a large table in order from the indexes, with no sort of the whole table', async () => {
    await load();
    buildSortIndexes(t, column);
    expectReadFromIndex(t, column, [null, { v: '', id: 50 }, { v: '21', id: 50 }]);
    // At 5M rows, a page is planned as that merge, not a read and sort of every row (seconds a page).
    const q = RecordsQuery.parse({ sort: { column, dir: 'asc' } });
    const at5M = { q, plain: true, total: 5e6, shown: 5e6, sought: null, merges: true } as const;
    expect(planPage({ ...at5M, index: () => 'built' }).strategy).toBe('merge');
    expect(planPage({ ...at5M, index: () => 'buildable' })).toMatchObject({ strategy: 'merge', indexes: [column] });
  });
});

describe('filtering by a split column through its index', () => {
  it('pages to exactly the rows of the filter without the indexes, in any order', async () => {
    await load();
    const cases = FILTERED.flatMap((filters) =>
      (['id', 'value', 'code'] as const).flatMap((column) =>
        (['asc', 'desc'] as const).map((dir) => ({ filters, column, dir })),
      ),
    );
    const expected = new Map<string, number[]>();
    for (const c of cases) expected.set(JSON.stringify(c), await pagedIds(t, c.column, c.dir, 240, c.filters));
    buildSortIndexes(t, ...SPLIT_COLUMNS, 'value', 'code');
    for (const c of cases)
      for (const limit of [3, 37])
        expect(await pagedIds(t, c.column, c.dir, limit, c.filters), JSON.stringify(c)).toEqual(
          expected.get(JSON.stringify(c)),
        );
  });
});

describe('a filter on a split column', () => {
  type Filters = Parameters<typeof filterFor>[0]['filters'];
  const where = (filters: Filters) => filterFor({ filters, deleted: false }).sql;

  it("tests the row's id, not its text, and is sought through the index, unless it may match a row with none", () => {
    expect(where({ province: { op: 'equals', value: '31' } })).toContain(
      'r.province_id = (SELECT id FROM dim_province',
    );
    expect(where({ regime: { op: 'contains', value: '1' } })).toContain('r.regime_id IN (SELECT id FROM dim_regime');
    expect(where({ partner2: { op: 'oneOf', value: 'x', values: ['156', '410'] } })).toContain(
      'r.partner2_id IN (SELECT id FROM dim_area',
    );
    // The empty text is a row with none too: read from the text.
    expect(where({ mot: { op: 'equals', value: '' } })).toContain('COALESCE((SELECT text FROM dim_mot');
    expect(seekFor({ filters: { province: { op: 'equals', value: '31' } }, deleted: false })?.seek.column).toBe(
      'province',
    );
    expect(seekFor({ filters: { province: { op: 'equals', value: '' } }, deleted: false })).toBeNull();
  });
});
