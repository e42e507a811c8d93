import { useTranslation } from 'react-i18next';
import type { Loaded } from './use-records-source';

/**
 * The line above the grid: how many records it shows (or "counting…" while the core counts a large
 * match, its rows already in view: never a 0 it has not counted), whether a slow page is still out,
 * the hints, and the legend for edited cells once any is in view.
 */
export function RecordsMeta({
  loaded,
  showDeleted,
  waiting,
  readOnly,
  anyEdited,
}: {
  loaded: Loaded | null;
  showDeleted: boolean;
  waiting: boolean;
  readOnly: boolean;
  anyEdited: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="records__meta">
      <span data-testid="records-total" aria-live="polite">
        {loaded === null
          ? t('grid.loading')
          : loaded.total === null
            ? t(showDeleted ? 'grid.countingDeleted' : 'grid.counting')
            : t(showDeleted ? 'grid.deletedTotal' : loaded.filtered ? 'grid.matches' : 'grid.total', {
                count: loaded.total,
              })}
      </span>
      {waiting ? (
        <span className="muted" role="status" data-testid="records-waiting">
          {t('grid.stillLoading')}
        </span>
      ) : null}
      <span className="muted">{t(readOnly ? 'grid.hintsReadOnly' : 'grid.hints')}</span>
      {anyEdited ? (
        <span className="muted records__legend" data-testid="edited-legend">
          <span className="records__edited-swatch" aria-hidden="true" />
          {t('gridMarks.editedLegend')}
        </span>
      ) : null}
    </div>
  );
}
