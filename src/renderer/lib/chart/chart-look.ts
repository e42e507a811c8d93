import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { makePeriods } from '../../i18n/periods';
import { useTheme, type Theme } from '../../theme/theme';
import type { RecordMark } from './chart-model';

/** A chart's inks in one theme. The canvas cannot read CSS tokens, so these mirror styles.css. */
export type ChartColors = {
  text: string;
  grid: string;
  legend: string;
  title: string;
  caption: string;
  noData: string;
  noDataFill: string;
  record: string;
  recordFill: string;
  labelBackground: string;
  event: string;
  onEvent: string;
  palette: readonly string[];
};

export const CHART_COLORS: Record<Theme, ChartColors> = {
  light: {
    text: '#64748b',
    grid: '#eef2f6',
    legend: '#334155',
    title: '#0f172a',
    caption: '#475569',
    noData: '#64748b',
    noDataFill: 'rgba(148, 163, 184, 0.12)',
    record: '#b42318',
    recordFill: 'rgba(180, 35, 24, 0.15)',
    labelBackground: 'rgba(255, 255, 255, 0.9)',
    event: '#7c3aed',
    onEvent: '#ffffff',
    palette: [
      '#0f766e',
      '#b45309',
      '#1d4ed8',
      '#be185d',
      '#4d7c0f',
      '#7c3aed',
      '#0e7490',
      '#a16207',
      '#475569',
      '#dc2626',
    ],
  },
  dark: {
    text: '#9aa7b8',
    grid: '#263040',
    legend: '#cbd5e1',
    title: '#e2e8f0',
    caption: '#b6c2d1',
    noData: '#9aa7b8',
    noDataFill: 'rgba(148, 163, 184, 0.10)',
    record: '#f97066',
    recordFill: 'rgba(249, 112, 102, 0.18)',
    labelBackground: 'rgba(21, 27, 35, 0.92)',
    event: '#a78bfa',
    onEvent: '#0d1117',
    palette: [
      '#2dd4bf',
      '#f59e0b',
      '#60a5fa',
      '#f472b6',
      '#a3e635',
      '#c4b5fd',
      '#22d3ee',
      '#facc15',
      '#94a3b8',
      '#f87171',
    ],
  },
};

/** The words and number forms a chart draws: in the UI's language, so a Korean axis reads 2억, 5,000만. */
export type ChartLook = {
  colors: ChartColors;
  locale: string;
  noData: string;
  /** A period no file held covers: a gap, never zero ("not covered"). */
  notCovered: string;
  mom: string;
  yoy: string;
  notApplicable: string;
  /** "lowest since March 2018" / "2018년 3월 이후 최저", with the months in between no file covers. */
  record: (r: RecordMark) => string;
  /** The same, as the lines of the label on the chart: the claim, then the uncovered months if any. */
  recordLines: (r: RecordMark) => string[];
  period: (p: string) => string;
  periodShort: (p: string) => string;
};

export function makeChartLook(t: TFunction, locale: string, theme: Theme): ChartLook {
  const periods = makePeriods(locale);
  const claim = (r: RecordMark) =>
    r.since
      ? t(r.kind === 'lowest' ? 'chartText.lowestSince' : 'chartText.highestSince', { period: periods.long(r.since) })
      : t(r.kind === 'lowest' ? 'chartText.lowestEver' : 'chartText.highestEver', { period: periods.long(r.first) });
  const gap = (r: RecordMark) => (r.uncovered > 0 ? t('chartText.recordGap', { count: r.uncovered }) : null);
  return {
    colors: CHART_COLORS[theme],
    locale,
    noData: t('chartText.noData'),
    notCovered: t('coverage.gap'),
    mom: t('dashboard.mom'),
    yoy: t('dashboard.yoy'),
    notApplicable: t('dashboard.na'),
    record: (r) => {
      const uncovered = gap(r);
      return uncovered ? t('chartText.recordWithGap', { record: claim(r), gap: uncovered }) : claim(r);
    },
    recordLines: (r) => [claim(r), gap(r)].filter((line): line is string => line !== null),
    period: periods.long,
    periodShort: periods.short,
  };
}

function englishRecord(r: RecordMark, long: (p: string) => string): string[] {
  const claim = `${r.kind} since ${r.since ? long(r.since) : `the series began (${long(r.first)})`}`;
  if (r.uncovered === 0) return [claim];
  return [claim, `with ${r.uncovered} ${r.uncovered === 1 ? 'month' : 'months'} in between not covered`];
}

/** What charts draw by default (and in tests): English, light. */
export const ENGLISH_LIGHT: ChartLook = (() => {
  const periods = makePeriods('en-US');
  return {
    colors: CHART_COLORS.light,
    locale: 'en-US',
    noData: 'no data',
    notCovered: 'not covered',
    mom: 'MoM',
    yoy: 'YoY',
    notApplicable: 'n/a',
    record: (r) => englishRecord(r, periods.long).join(', '),
    recordLines: (r) => englishRecord(r, periods.long),
    period: periods.long,
    periodShort: periods.short,
  };
})();

/** The look for the screen: the theme in force and the UI's language. Exports take `forPrint`: always on white paper. */
export function useChartLook(): { screen: ChartLook; print: ChartLook } {
  const { t, i18n } = useTranslation();
  const { theme } = useTheme();
  return useMemo(
    () => ({ screen: makeChartLook(t, i18n.language, theme), print: makeChartLook(t, i18n.language, 'light') }),
    [t, i18n.language, theme],
  );
}
