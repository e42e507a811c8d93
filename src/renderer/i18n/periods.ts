import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const byLocale = new Map<string, Periods>();

/**
 * Periods (`YYYY-MM`, `YYYY`) as the UI's language names them: "November 2020" / "2020년 11월", "Nov 2020" /
 * "2020년 11월". One set per locale, remembering each name it gave: a 30-year chart asks for all 360 axis labels
 * on every redraw, and formatting them anew was a tenth of its draw.
 */
export function makePeriods(locale: string): Periods {
  let got = byLocale.get(locale);
  if (!got) byLocale.set(locale, (got = formatPeriods(locale)));
  return got;
}

function formatPeriods(locale: string) {
  const long = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const name = (f: Intl.DateTimeFormat, p: string) => {
    const m = MONTH.exec(p);
    if (m) return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
    // A year stays its digits in English; Korean writes "2020년".
    return /^\d{4}$/.test(p) ? year.format(Date.UTC(Number(p), 5, 15)) : p;
  };
  const format = (f: Intl.DateTimeFormat) => {
    const named = new Map<string, string>();
    return (p: string) => {
      let got = named.get(p);
      if (got === undefined) named.set(p, (got = name(f, p)));
      return got;
    };
  };
  return { long: format(long), short: format(short) };
}
export type Periods = ReturnType<typeof formatPeriods>;

export function usePeriods(): Periods {
  const { i18n } = useTranslation();
  return useMemo(() => makePeriods(i18n.language), [i18n.language]);
}
