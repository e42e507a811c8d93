import { useTranslation } from 'react-i18next';
import type { Loaded } from './use-records-source';

/**
 * The line above the grid: how many records it shows (or "counting…" while the core counts a large
 * match, its rows already in view, and why not with a way to count again if that failed: never a 0 it
 * has not counted), whether a slow page is still out, the hints, and the legend for edited cells once
 * any is in view.
 */
export function RecordsMeta({
  loaded,
  showDeleted,
  waiting,
  readOnly,
  anyEdited,
  onRecount,
}: {
  loaded: Loaded | null;
  showDeleted: boolean;
  waiting: boolean;
  readOnly: boolean;
  anyEdited: boolean;
  onRecount: () => void;
}) {
  const { t } = useTranslation();
  const failed = loaded?.countFailed;
  return (
    <div className="records__meta">
      <span data-testid="records-total" aria-live="polite">
        {loaded === null
          ? t('grid.loading')
          : failed !== undefined
            ? t(showDeleted ? 'grid.countFailedDeleted' : 'grid.countFailed', { message: failed })
            : loaded.total === null
              ? t(showDeleted ? 'grid.countingDeleted' : 'grid.counting')
              : t(showDeleted ? 'grid.deletedTotal' : loaded.filtered ? 'grid.matches' : 'grid.total', {
                  count: loaded.total,
                })}
      </span>
      {failed !== undefined ? (
        <button type="button" className="button button--quiet" onClick={onRecount}>
          {t('grid.countAgain')}
        </button>
      ) : null}
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
