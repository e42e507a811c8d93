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
        const monthly = (ps: { period: string }[]) => ps.map((p) => p.period).filter((p) => /^\d{4}-\d{2}$/.test(p));
        // The span of the pair's own figures. A series' missing months run over the reporter's files, whatever
        // their partner: China's soya bean downloads of 2024 put eleven months before North Korea's one month
        // of December 2024 in its list, and months after it outside "Not covered for this pair". Only where
        // no month has a figure do they give the span, so that a brief can say why; unless the pair has whole
        // years, which are then its briefs.
        const figures = byMonth.flatMap((s) => monthly(s.points));
        const held = (figures.length ? figures : whole.length ? [] : byMonth.flatMap((s) => monthly(s.missing))).sort();
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
