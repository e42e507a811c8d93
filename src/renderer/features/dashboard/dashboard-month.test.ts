import { describe, expect, it } from 'vitest';
import { dashboardMonth, dashboardWindow } from './dashboard-month';

const months = (from: string, to: string) => {
  const out: string[] = [];
  for (let i = Number(from.slice(0, 4)) * 12 + Number(from.slice(5)) - 1; ; i++) {
    const p = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    if (p > to) return out;
    out.push(p);
  }
};
const pts = (ps: string[]) => ps.map((period) => ({ period }));
const gaps = (ps: string[]) => ps.map((period) => ({ period, reason: `No file held covers ${period}.` }));

describe('the month the dashboard cards show', () => {
  it("is the pair's latest covered month, not the reporter's latest month of another partner's file", () => {
    // China–Brazil: both flows held through December 2024; China's imports run to January 2026 in a file
    // that lists other partners, so the import and total series list 2025-01..2026-01 as not covered.
    const m = dashboardMonth({
      export: { points: pts(months('2024-01', '2024-12')), missing: [] },
      import: { points: pts(months('2024-01', '2024-12')), missing: gaps(months('2025-01', '2026-01')) },
      total: { points: pts(months('2024-01', '2024-12')), missing: gaps(months('2025-01', '2026-01')) },
    });
    expect(m).toEqual({ latest: '2024-12', reporterLatest: '2026-01' });
  });

  it('asks why a flow whose files end earlier is not covered that month, rather than show an older month', () => {
    const m = dashboardMonth({
      export: { points: pts(months('2024-01', '2025-10')), missing: [] },
      import: { points: pts(months('2024-01', '2024-12')), missing: [] },
      total: { points: pts(months('2024-01', '2024-12')), missing: gaps(months('2025-01', '2025-10')) },
    });
    expect(m).toEqual({ latest: '2025-10', reporterLatest: '2025-10' });
  });

  it("is the reporter's latest month where no file covers the pair, so each card gives the reason", () => {
    const m = dashboardMonth({
      export: { points: [], missing: [] },
      import: { points: [], missing: gaps(months('2024-01', '2024-12')) },
      total: { points: [], missing: gaps(months('2024-01', '2024-12')) },
    });
    expect(m).toEqual({ latest: '2024-12', reporterLatest: '2024-12' });
    expect(dashboardMonth({ export: { points: [], missing: [] } })).toEqual({
      latest: null,
      reporterLatest: null,
    });
  });
});

describe('the window the dashboard draws', () => {
  it('is the 24 months up to the latest month, or the 10 years up to the latest year of annual files', () => {
    expect(dashboardWindow('2021-08', 'month')).toEqual({ from: '2019-09', to: '2021-08' });
    expect(dashboardWindow('2024', 'year')).toEqual({ from: '2015', to: '2024' });
    expect(dashboardWindow(null, 'year')).toBeNull();
  });

  it('picks the latest covered year as it picks a month', () => {
    const m = dashboardMonth({
      export: { points: [], missing: gaps(['2023', '2024']) },
      import: { points: pts(['2016', '2023', '2024']), missing: [] },
      total: { points: [], missing: gaps(['2023', '2024']) },
    });
    expect(m).toEqual({ latest: '2024', reporterLatest: '2024' });
  });
});
