import { describe, expect, it } from 'vitest';
import { heldOnlyAnnually, openingFlow } from './chart-defaults';

const point = (period: string) => ({ period, value: 1, mom: null, yoy: null, ytd: null, ytdYoy: null });

describe('openingFlow', () => {
  it('opens on total trade where the pair’s files cover it', () => {
    expect(openingFlow({ total: { points: 3 }, import: { points: 5 }, export: { points: 3 } }, null)).toBe('total');
  });

  it('opens on the flow the pair’s files cover where total trade is not covered', () => {
    // China–North Korea from a Comtrade download of China's imports only, by year.
    const years = ['2016', '2017'];
    expect(
      openingFlow({ total: { points: 0 }, import: { points: 0, annualYears: years }, export: { points: 0 } }, null),
    ).toBe('import');
    expect(openingFlow({ total: { points: 0 }, import: { points: 0 }, export: { points: 4 } }, null)).toBe('export');
  });

  it('prefers a flow held by month over one held only by year, where the user chose no periods', () => {
    const held = { total: { points: 0, annualYears: ['2016'] }, import: { points: 2 } };
    expect(openingFlow(held, null)).toBe('import');
    // Periods the user chose are what the flow must be covered in.
    expect(openingFlow(held, 'year')).toBe('total');
    expect(openingFlow({ import: { points: 0, annualYears: ['2016'] } }, 'month')).toBe('total');
  });

  it('stays on total trade where no flow is covered, so the chart says why', () => {
    expect(openingFlow({ total: { points: 0 }, import: { points: 0 }, export: { points: 0 } }, null)).toBe('total');
    expect(openingFlow({}, null)).toBe('total');
  });
});

describe('heldOnlyAnnually', () => {
  it('is true where no series has a monthly figure and some series’ files hold years', () => {
    expect(heldOnlyAnnually([{ points: [], annualYears: ['2016', '2017'] }, { points: [] }])).toBe(true);
  });

  it('is false where any series has a monthly figure, none holds years, or there is no series', () => {
    expect(heldOnlyAnnually([{ points: [], annualYears: ['2016'] }, { points: [point('2020-01')] }])).toBe(false);
    expect(heldOnlyAnnually([{ points: [] }])).toBe(false);
    expect(heldOnlyAnnually([{ points: [], annualYears: [] }])).toBe(false);
    expect(heldOnlyAnnually([])).toBe(false);
  });
});
