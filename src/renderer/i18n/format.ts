import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** SQLite's `YYYY-MM-DD HH:MM:SS` is UTC; anything with its own offset keeps it. Null where it is no date. */
function utc(text: string): Date | null {
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The day a stored UTC timestamp falls on where the person is (2026-12-06), as the Imports tab and captions give it. */
export function localDay(text: string): string | null {
  const d = utc(text);
  if (!d) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Numbers, percentages, sizes, dates and durations in the UI's language, through Intl. */
export function makeFormat(locale: string) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
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
      const d = utc(text);
      return d ? dateTime.format(d) : text;
    },
    /**
     * A timestamp as its local date, written as the chart captions cite an import ("2026-12-06"), and its time
     * in the UI's language ("8:20 AM", "오전 8:20"): a narrow column breaks it only between the two, never
     * inside either ("2026. 12. 6. 오전 8:20" ran over three lines at 900 px). Text it cannot read is one part.
     */
    whenParts: (text: string): [string, string] => {
      const d = utc(text);
      return d ? [localDay(text)!, time.format(d)] : [text, ''];
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
