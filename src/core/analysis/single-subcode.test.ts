import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';
import { isWholeOf } from '../reference/commodity-names';

// A file listing only 27160000 beside a TOTAL its codes fall short of made HS 2716 "not listed as such", so
// the brief's default exclusion of electricity fell back to "included", although 27160000 is China's only
// 8-digit line under 271600, HS 2716's only subheading: HS 2716 is 27160000 exactly. Where the bundled
// nomenclature says so, the prefix is that code, listed; where it does not, the rule stands.

const FIXTURE = join(__dirname, 'fixtures', 'single-subcode-2716.csv');

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

async function load(path: string | string[], options: ImportOptions = {}) {
  t ??= tempCore();
  const file = typeof path === 'string' ? path : t.file('f.csv', [HEADER, ...path].join('\n'));
  const r = await t.call('importFiles', { files: [{ path: file }], options });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  return t;
}

const annual = (c: NonNullable<typeof t>, hs: string[], reporter = 'CHN') =>
  c.call('series', { reporter, partner: 'PRK', flow: 'import', frequency: 'year', hs });

describe('a heading whose one subdivision is the code a file lists', () => {
  it('is that code: the brief leaves electricity out with its figure, and HS 2716 reads 27160000', async () => {
    const c = await load(FIXTURE);
    const b = await c.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020',
      subject: 'partner',
      excludeHs: ['2716'],
      conventional: true,
    });
    expect(b.unexcluded).toEqual([]);
    // 48M less 12M of electricity; 2019: 215M less 15M.
    expect(b.figures.value).toBe(36_000_000);
    expect(b.figures.excluded.map((e) => [e.code, e.value])).toEqual([['2716', 12_000_000]]);
    expect(b.text).toContain('This figure excludes $12.00 million of electricity (HS 2716).');
    expect(b.footnotes[0]).toBe('Excludes HS 2716 (electricity): $12,000,000 in 2020.');
    expect(b.footnotes.join(' ')).not.toMatch(/not listed separately/);

    const s = await annual(c, ['2716']);
    expect(s.points.map((p) => [p.period, p.value])).toEqual([
      ['2019', 15_000_000],
      ['2020', 12_000_000],
    ]);
    expect(s.missing).toEqual([]);
    expect((await annual(c, ['271600'])).points.map((p) => p.value)).toEqual([15_000_000, 12_000_000]);
    // Chapter 27 is divided into many headings: 27160000 is only some of it, and the rule stands.
    const hs27 = await annual(c, ['27']);
    expect(hs27.points).toEqual([]);
    expect(hs27.missing[0]!.reason).toMatch(/HS 27 is not listed as such in 2019/);
  });

  it('in `top --hs 2716` is its single item, with the whole of the figure', async () => {
    const c = await load(FIXTURE);
    const b = await c.call('breakdown', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2020',
      level: 4,
      hs: ['2716'],
    });
    expect(b.total).toBe(12_000_000);
    expect(b.items.map((i) => [i.key, i.value, i.share])).toEqual([['2716', 12_000_000, 1]]);
    expect(b.unallocated).toBeNull();
    expect(b.notCovered).toBeNull();
  });

  it('is not assumed where the nomenclature does not say so: a code it lacks, or another country’s line', async () => {
    // 27169999 is no line of China's: HS 2716 may hold more than it, within the gap.
    const c = await load([
      '2020,CHN,PRK,import,HS,TOTAL,,48000000,USD,,',
      '2020,CHN,PRK,import,HS,27169999,,12000000,USD,,',
    ]);
    const s = await annual(c, ['2716']);
    expect(s.points).toEqual([]);
    expect(s.missing[0]!.reason).toMatch(/HS 2716 is not listed as such in 2020/);
    // China's 8-digit list says nothing of Korea's lines.
    expect(isWholeOf('HS', '2716', '27160000', { reporter: 'KOR' })).toBe(false);
    expect(isWholeOf('HS', '2716', '271600', { reporter: 'KOR' })).toBe(true);
    expect(isWholeOf('HS', '2716', '27160000', { reporter: 'CHN' })).toBe(true);
    // An earlier edition's subdivisions are not bundled; SITC is not HS.
    expect(isWholeOf('H4', '2716', '271600')).toBe(false);
    expect(isWholeOf('S4', '351', '35100')).toBe(false);
    expect(isWholeOf('HS', '27', '2716')).toBe(false);
  });
});
