import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';
import { CsvParser } from '../readers/csv-parser';
import { canonicalFormat } from './canonical-format';
import type { RowOutcome } from './format-types';

// The canonical format reads plain rows in place (mapFields) and sends every other row to map. What
// it stores must not depend on which way a row went: same records, rejects, messages and warnings.
// Per column: values a valid row holds, then odd ones (each row takes an odd value now and then).
const COLUMNS: [valid: string[], odd: string[]][] = [
  [
    ['2024-05', '2024', '1999-12'],
    ['2024-13', '', ' 2024-05', "'2024-05", '2024-5'],
  ],
  [
    ['CHN', 'KOR', 'C490'],
    ['WLD', 'chn', 'XXX', '', ' CHN'],
  ],
  [
    ['PRK', 'USA', 'W00'],
    ['ZZZ', '', 'PRK '],
  ],
  [
    ['import', 'export'],
    ['Import', '', ' export'],
  ],
  [
    ['HS', ''],
    ['H6', 'SITC'],
  ],
  [
    ['0101', '01', 'TOTAL', '0101012345'],
    ['301', '123456789', '', "'0101", '1e5', '  0101'],
  ],
  [
    ['live animals', 'a, b', 'say "hi"', 'horses, "n.e.s."', ''],
    [' padded ', "'=cmd"],
  ],
  [
    ['100', '-5', '1.50', '0', '-0'],
    ['1.2345', '1.12339E+11', '', 'abc', '1234567890123456', ' 12', '5.', '.5'],
  ],
  [
    ['USD', 'CNY'],
    ['usd', 'US', '', ' USD'],
  ],
  [
    ['', '1.5', '-2', '0.000', '-0'],
    ['abc', '1e3', '12345678901234567', '.5', '5.'],
  ],
  [
    ['kg', '', 'u'],
    [' kg', 'kg '],
  ],
  [['https://example.org/x', ''], [' x']],
];
const cellOf = ([valid, odd]: [string[], string[]]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 19 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });

const cellText = (v: string, quote: boolean) => (quote || /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const row = (width: number) =>
  fc
    .tuple(
      fc.tuple(...COLUMNS.slice(0, width).map(cellOf)),
      fc.array(fc.boolean(), { minLength: width, maxLength: width }),
      fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 1),
    )
    .map(([cells, quotes, extra]) => {
      const cs = extra < 0 ? cells.slice(0, -1) : extra > 0 ? [...cells, 'x'] : cells;
      return cs.map((c, i) => cellText(c, quotes[i] ?? false)).join(',');
    });

/** An outcome without the code's cache entry (CodeCache), which only rows read in place offer: what is stored. */
const stored = (o: RowOutcome): RowOutcome => (o.kind === 'record' ? { kind: 'record', record: o.record } : o);

/** Rows read in place, and rows mapFields sent to map, across the property's runs: both must occur. */
const taken = { inPlace: 0, toMap: 0 };

function both(text: string): { fast: RowOutcome[]; general: RowOutcome[]; warnings: string[][] } {
  const warned: string[][] = [[], []];
  const ctx = (k: number) => ({
    fileName: 'f.csv',
    options: {},
    warn: (code: string, message: string) => void warned[k]!.push(`${code}: ${message}`),
  });
  const made: { mappers: ReturnType<typeof canonicalFormat.mapper>[] | null } = { mappers: null };
  const fast: RowOutcome[] = [];
  const general: RowOutcome[] = [];
  const p = new CsvParser();
  const onRow = (v: Parameters<Parameters<CsvParser['pushViews']>[1]>[0]) => {
    const mappers = made.mappers;
    if (!mappers) {
      made.mappers = [canonicalFormat.mapper(v.cells, ctx(0)), canonicalFormat.mapper(v.cells, ctx(1))];
      return;
    }
    if (v.problem) return;
    const inPlace = mappers[0]!.mapFields!(v.fields);
    taken[inPlace ? 'inPlace' : 'toMap']++;
    fast.push(stored(inPlace ?? mappers[0]!.map(v.cells)));
    general.push(stored(mappers[1]!.map(v.cells)));
  };
  p.pushViews(text, onRow);
  p.endViews(onRow);
  made.mappers?.[0]!.end?.(0);
  made.mappers?.[1]!.end?.(0);
  return { fast, general, warnings: warned };
}

describe('canonical rows read in place (mapFields)', () => {
  it('give what map gives on the same rows: records, rejects, messages and warnings', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer(), (withSource, seed) => {
        const width = withSource ? 12 : 11;
        const header = (withSource ? [...CANONICAL_HEADER, 'source'] : CANONICAL_HEADER).join(',');
        const rows = fc.sample(row(width), { numRuns: 60, seed });
        const text = `${header}\n${rows.join('\n')}\n\n,,,\n`;
        const got = both(text);
        expect(got.fast).toEqual(got.general);
        expect(got.warnings[0]).toEqual(got.warnings[1]);
      }),
      { numRuns: 60 },
    );
    expect(taken.inPlace).toBeGreaterThan(100);
    expect(taken.toMap).toBeGreaterThan(100);
  });

  it('read a plain row in place, a quoted description with doubled quotes included', () => {
    const line = '2024-05,CHN,PRK,export,HS,0101,"horses, ""live""",1.50,USD,2.5,kg';
    const text = `${CANONICAL_HEADER.join(',')}\n${line}\n${line}\n`;
    const mapper = { m: null as ReturnType<typeof canonicalFormat.mapper> | null };
    const outs: (RowOutcome | null)[] = [];
    const p = new CsvParser();
    p.pushViews(text, (v) => {
      if (!mapper.m) mapper.m = canonicalFormat.mapper(v.cells, { fileName: 'f.csv', options: {}, warn() {} });
      else outs.push(mapper.m.mapFields!(v.fields));
    });
    expect(outs[0]).toMatchObject({ cache: { value: '0101' } });
    expect(stored(outs[0]!)).toEqual({
      kind: 'record',
      record: expect.objectContaining({
        period: '2024-05',
        code: '0101',
        description: 'horses, "live"',
        value: 15,
        valueExp: 1,
        quantity: 2.5,
        unit: 'kg',
      }),
    });
    // The repeat is read in place too (its description from the cache, not made again).
    expect(outs[1]).toEqual(outs[0]);
  });
});
