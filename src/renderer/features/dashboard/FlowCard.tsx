import type { AnalysisPoint } from '../../../shared/analysis-types';
import { useTranslation } from 'react-i18next';
import { chartNumbers } from '../../lib/chart/chart-config';
import { useChartLook } from '../../lib/chart/chart-look';
import { latestRecord } from '../../lib/chart/chart-model';
import { openRows, type RowFilters } from '../../lib/open-rows';
import { changeGaps } from './change-gaps';

const Change = ({
  label,
  value,
  format,
  gap,
  notCovered,
  plain = false,
}: {
  label: string;
  value: number | null;
  format: (v: number | null) => string;
  /** Why it is not given, where a period it is measured over is not covered (changeGaps). */
  gap: string | null;
  notCovered: string;
  /** A figure, not a change: neither up nor down. */
  plain?: boolean;
}) => (
  <>
    <span className="muted">{label}</span>
    {value === null && gap ? (
      // "n/a" said nothing of why; the reason is the core's, as the card's own "not covered" gives it.
      <span className="muted" title={gap} data-testid="change-not-covered">
        {notCovered}
      </span>
    ) : (
      <span className={value === null ? 'muted' : plain ? undefined : value < 0 ? 'tm-down' : 'tm-up'}>
        {format(value)}
      </span>
    )}
  </>
);

/**
 * One flow's latest month: the figure (a link to its rows), MoM, YoY, YTD and any record it sets; or,
 * where no file held covers that month, "not covered" with the reason, never a zero. Of annual figures,
 * the latest year and its change on the year before (a year has no MoM or YTD).
 */
export function FlowCard({
  title,
  points,
  missing = [],
  latest,
  frequency = 'month',
  currency,
  filters,
  empty,
}: {
  title: string;
  points: AnalysisPoint[];
  missing?: { period: string; reason: string }[];
  /** The core's reason the series has no points (only annual figures held, no file covers it). */
  empty?: string;
  latest: string | null;
  frequency?: 'month' | 'year';
  currency: string | null;
  filters: RowFilters;
}) {
  const { t } = useTranslation();
  const { screen: look } = useChartLook();
  const num = chartNumbers(look.locale, look.notApplicable);
  const upTo = points.filter((p) => !latest || p.period <= latest);
  const last = upTo[upTo.length - 1];
  // A year summed from fewer than its 12 months is not the year's figure: it sets no record, and none is
  // measured against it (its change on the year before is never given either).
  const part = last?.monthsHeld ?? null;
  const record = part === null ? latestRecord(upTo.filter((p) => p.monthsHeld === undefined)) : null;
  const current = last && last.period === latest;
  // A year the core summed from its months held (all twelve, or fewer: `part`) is their rows, not a row of the
  // year: China's 12 months of trade with Mongolia in 2023 opened "2023", no row. Total trade of one flow's stated
  // year and the other's months is no one list of rows: its card opens none, and says where to look.
  const fromMonths = part !== null || last?.madeOf === 'months';
  const bothKinds = last?.madeOf === 'both';
  const uncovered = [...missing]
    .filter((m) => !latest || m.period <= latest)
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .pop();
  const notCovered = uncovered && (!last || uncovered.period > last.period) ? uncovered : null;
  const gaps = last ? changeGaps(last.period, frequency, missing) : null;
  const changeProps = { format: num.change, notCovered: t('coverage.notCovered') };
  return (
    <article className="tm-card" aria-label={title}>
      <h3>{title}</h3>
      {notCovered ? (
        <div className="tm-card__not-covered" data-testid="card-not-covered">
          <div className="tm-card__value muted">{t('coverage.notCovered')}</div>
          <div className="muted">{look.period(notCovered.period)}</div>
          <p className="hint">{notCovered.reason}</p>
        </div>
      ) : last ? (
        <>
          {bothKinds ? (
            <div className="tm-card__value tm-card__value--plain" data-testid="card-both-kinds">
              {num.full(Math.round(last.value))} {currency ?? ''}
            </div>
          ) : (
            <button
              type="button"
              className="tm-num tm-card__value"
              onClick={() =>
                openRows({
                  label: `${title}, ${look.period(last.period)}`,
                  // A year summed from the months held is their rows, not the year's: "2024" alone opened no
                  // row of December's 212,455,984, and the total's one opened the annual imports file instead.
                  filters: {
                    ...filters,
                    period: !fromMonths
                      ? { op: 'equals', value: last.period }
                      : { op: 'startsWith', value: `${last.period}-` },
                  },
                  from: 'dashboard',
                })
              }
            >
              {num.full(Math.round(last.value))} {currency ?? ''}
            </button>
          )}
          <div className="muted">
            {look.period(last.period)}
            {current ? '' : ` ${t(frequency === 'year' ? 'dashboard.latestYearWithFlow' : 'dashboard.latestWithFlow')}`}
          </div>
          {part !== null ? (
            <p className="hint" data-testid="card-part-year">
              {t('dashboard.partYear', { count: part })}
            </p>
          ) : null}
          {bothKinds ? <p className="hint">{t('dashboard.bothKinds')}</p> : null}
          {frequency === 'year' ? (
            <div className="tm-card__changes">
              <Change label={t('dashboard.yoyYear')} value={last.yoy} gap={gaps!.yoy} {...changeProps} />
            </div>
          ) : (
            <div className="tm-card__changes">
              <Change label={t('dashboard.mom')} value={last.mom} gap={gaps!.mom} {...changeProps} />
              <Change label={t('dashboard.yoy')} value={last.yoy} gap={gaps!.yoy} {...changeProps} />
              <Change
                label={t('dashboard.ytd')}
                value={last.ytd}
                gap={gaps!.ytd}
                {...changeProps}
                plain
                // YTD is a sum, not a change: its figure in full, or "n/a" as the other changes' (muted).
                format={(v) => (v === null ? t('dashboard.na') : num.full(Math.round(v)))}
              />
              <Change label={t('dashboard.ytdYoy')} value={last.ytdYoy} gap={gaps!.ytdYoy} {...changeProps} />
            </div>
          )}
          {record ? <div className="tm-flag">{t('chartText.recordFlag', { record: look.record(record) })}</div> : null}
        </>
      ) : (
        <>
          <div className="muted">{t('dashboard.noFigures')}</div>
          {empty ? (
            <p className="hint" data-prose="core" data-testid="card-empty">
              {empty}
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}
