import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Periods (`YYYY-MM`, `YYYY`) as the UI's language names them: "November 2020" / "2020년 11월", "Nov 2020" / "2020년 11월". */
export function makePeriods(locale: string) {
  const long = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const format = (f: Intl.DateTimeFormat) => (p: string) => {
    const m = MONTH.exec(p);
    if (m) return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
    // A year stays its digits in English; Korean writes "2020년".
    return /^\d{4}$/.test(p) ? year.format(Date.UTC(Number(p), 5, 15)) : p;
  };
  return { long: format(long), short: format(short) };
}
export type Periods = ReturnType<typeof makePeriods>;

export function usePeriods(): Periods {
  const { i18n } = useTranslation();
  return useMemo(() => makePeriods(i18n.language), [i18n.language]);
}
