import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { monthsBetween } from './month-choices';

type PairPeriods = { key: string; years: string[]; months: string[] | null };

/**
 * The periods a brief of one pair can be written for, from its own files, both flows: `years`, those they
 * give a whole year of (a year of five months is not the year's figure), newest first; `months`, the span
 * they give (figures, and months they leave uncovered inside it). Null until the files answer; where they
 * cannot, no year and `months` null. Kept with the pair (and refresh) they were asked for.
 */
export function usePairPeriods(
  reporter: string,
  partner: string,
  refreshKey: number,
): { years: string[] | null; months: string[] | null } {
  const key = `${reporter}|${partner}|${refreshKey}`;
  const [got, setGot] = useState<PairPeriods | null>(null);
  useEffect(() => {
    if (!reporter || !partner) return;
    let live = true;
    const flows = (frequency: 'month' | 'year') =>
      Promise.all((['import', 'export'] as const).map((flow) => api.series({ reporter, partner, flow, frequency })));
    Promise.all([flows('year'), flows('month')]).then(
      ([byYear, byMonth]) => {
        const whole = byYear.flatMap((s) => s.points.filter((p) => p.monthsHeld === undefined).map((p) => p.period));
        const held = byMonth
          .flatMap((s) => [...s.points.map((p) => p.period), ...s.missing.map((m) => m.period)])
          .filter((p) => /^\d{4}-\d{2}$/.test(p))
          .sort();
        const months = held.length ? monthsBetween(held[0]!, held[held.length - 1]!) : [];
        if (live) setGot({ key, years: [...new Set(whole)].sort().reverse(), months });
      },
      () => live && setGot({ key, years: [], months: null }),
    );
    return () => {
      live = false;
    };
  }, [reporter, partner, key]);
  return got?.key === key ? { years: got.years, months: got.months } : { years: null, months: null };
}
