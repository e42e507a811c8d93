import { describe, expect, it } from 'vitest';
import { holdsOnlySample, SAMPLE_FILE_NAME } from './sample';

describe('a database holding only the bundled sample', () => {
  it('is one whose every live import is the sample; a reverted import of one’s own does not count', () => {
    const sample = { fileName: SAMPLE_FILE_NAME, status: 'imported' };
    expect(holdsOnlySample([sample])).toBe(true);
    expect(holdsOnlySample([sample, { fileName: 'mine.csv', status: 'reverted' }])).toBe(true);
    expect(holdsOnlySample([sample, { fileName: 'mine.csv', status: 'imported' }])).toBe(false);
    expect(holdsOnlySample([])).toBe(false);
  });
});
