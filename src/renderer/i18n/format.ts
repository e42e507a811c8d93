import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, percentages, sizes, dates and durations in the UI's language, through Intl. */
export function makeFormat(locale: string) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const seconds = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
    maximumFractionDigits: 0,
  });
  const minutes = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'short',
    maximumFractionDigits: 0,
  });
  const mbLarge = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
  const mbSmall = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumSignificantDigits: 2 });
  return {
    int: (n: number) => integer.format(n),
    percent: (p: number) => percent.format(p / 100),
    /** SQLite's `YYYY-MM-DD HH:MM:SS` is UTC; show it in local time. */
    when: (text: string) => {
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
      return Number.isNaN(d.getTime()) ? text : dateTime.format(d);
    },
    /** Sizes of files: two significant digits under 10 MB, so a small file is never shown as 0 MB or rounded up to 1. */
    megabytes: (bytes: number) => (bytes < 10 * 1024 * 1024 ? mbSmall : mbLarge).format(bytes / 1024 / 1024),
    duration: (s: number) => (s < 90 ? seconds.format(Math.max(1, Math.round(s))) : minutes.format(Math.round(s / 60))),
  };
}
export type Format = ReturnType<typeof makeFormat>;

export function useFormat(): Format {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormat(i18n.language), [i18n.language]);
}
