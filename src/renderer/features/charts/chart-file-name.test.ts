import { describe, expect, it } from 'vitest';
import { fileNameFor } from './chart-export';

describe("a chart's file name", () => {
  it('keeps the words of a Korean title, so two charts are not both "usd-2x.png"', () => {
    expect(fileNameFor('월별: 중국–북한 총교역 (USD)@2x', 'png')).toBe('월별-중국-북한-총교역-usd-2x.png');
    expect(fileNameFor('월별: 중국의 대북한 수입 (USD)@2x', 'png')).toBe('월별-중국의-대북한-수입-usd-2x.png');
  });

  it('reads as before in English, and holds nothing a file system refuses', () => {
    expect(fileNameFor("Monthly: China's imports from North Korea (USD)", 'svg')).toBe(
      'monthly-china-s-imports-from-north-korea-usd.svg',
    );
    expect(fileNameFor('a/b\\c:d*e?f"g<h>i|j', 'pdf')).toBe('a-b-c-d-e-f-g-h-i-j.pdf');
    expect(fileNameFor('  ', 'png')).toBe('chart.png');
  });
});
