import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './nearest';

describe('nearest', () => {
  it('counts a swap of neighbours as one edit, so typos find their word', () => {
    expect(editDistance('DUE', 'DEU')).toBe(1);
    expect(editDistance('2761', '2716')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(nearest('DUE', ['DEU', 'DNK', 'PRK'])).toEqual(['DEU']);
    expect(nearest('serie', ['series', 'brief', 'top'])).toEqual(['series']);
    expect(nearest('XYZ', ['DEU', 'PRK'])).toEqual([]);
  });
});
