import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';
import { noteOf } from '../../../shared/error-text';
import { canonicalFormat } from './canonical-format';

const mapper = () => canonicalFormat.mapper([...CANONICAL_HEADER], { fileName: 'a.csv', options: {}, warn: () => {} });

describe('the canonical format reading cells', () => {
  it('trims every kind of white space and takes off an export’s formula apostrophe, as before its fast path', () => {
    const plain = ['2020-11', 'CHN', 'PRK', 'import', 'HS', '0101', '=SUM(A1)', '1854.50', 'USD', '2', 'head'];
    const padded = [
      ' 2020-11',
      'CHN\u00a0',
      '\u3000PRK',
      'import\t',
      ' HS ',
      '0101\u2028',
      "'=SUM(A1)",
      '1854.50 ',
      '\ufeffUSD',
      ' 2',
      'head\u00a0',
    ];
    const want = mapper().map(plain);
    expect(want).toMatchObject({
      kind: 'record',
      record: { description: '=SUM(A1)', value: 18545, valueExp: 1, freq: 'month' },
    });
    expect(mapper().map(padded)).toEqual(want);
    // An apostrophe before anything but a formula trigger is the text itself.
    expect(mapper().map(plain.with(6, "'s Hertogenbosch goods"))).toMatchObject({
      record: { description: "'s Hertogenbosch goods" },
    });
  });

  it('rejects a period, currency or value that is not one, naming it', () => {
    for (const [i, bad] of [
      [0, '2020-13'],
      [0, '2020-1'],
      [8, 'usd'],
      [8, 'US'],
      [7, '1,5'],
    ] as const) {
      const cells = ['2020', 'CHN', 'PRK', 'import', 'HS', '0101', 'x', '1', 'USD', '', ''].with(i, bad);
      expect(mapper().map(cells)).toMatchObject({
        kind: 'reject',
        reason: 'cast_error',
        message: expect.stringContaining(`"${bad}"`),
      });
    }
    expect(mapper().map(['2020', 'CHN', 'PRK', 'import', 'HS', '0101', 'x', '1', 'USD', '', ''])).toMatchObject({
      record: { freq: 'year' },
    });
  });

  it('reads quantities as Number() does, and rejects what is not a plain decimal', () => {
    const cells = (q: string) => ['2020', 'CHN', 'PRK', 'import', 'HS', '0101', 'x', '1', 'USD', q, 'kg'];
    const chars = fc.constantFrom('0', '1', '3', '7', '9', '9', '.', '-', 'e', ' ');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 22 }), (cs) => {
        const q = cs.join('');
        const out = mapper().map(cells(q));
        const t = q.trim();
        if (t === '') expect(out).toMatchObject({ record: { quantity: null } });
        else if (/^-?\d+(\.\d+)?$/.test(t))
          expect(out).toMatchObject({ kind: 'record', record: { quantity: Number(t) } });
        else expect(out).toMatchObject({ kind: 'reject', message: noteOf('reject.quantity', { quantity: t }) });
      }),
      { numRuns: 5000 },
    );
    expect(mapper().map(cells('-0'))).toMatchObject({ record: { quantity: -0 } });
    expect(mapper().map(cells('0.1'))).toMatchObject({ record: { quantity: 0.1 } });
    expect(mapper().map(cells('123456789012.345'))).toMatchObject({ record: { quantity: 123456789012.345 } });
  });
});
