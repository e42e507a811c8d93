import { useTranslation } from 'react-i18next';
import type { OpenedRows } from './use-opened-rows';

/**
/**
 * Says why the grid shows only some rows (a figure or an import batch was clicked), with one button to
 * show them all again; where the figure came from the brief or the dashboard, one to go back to it as it
 * was; for a batch, its rejects and its revert are one click away.
 */
export function OpenedRowsChip({
  opened,
  onClear,
  onBack,
  onShowRejects,
  onRevert,
}: {
  opened: OpenedRows;
  onClear: () => void;
  onBack: (to: 'brief' | 'dashboard') => void;
  onShowRejects?: (batchId: number) => void;
  onRevert?: (batch: { batchId: number; fileName: string }) => void;
}) {
  const { t } = useTranslation();
  const excluded = opened.excludeCodes.length ? t('grid.excluding', { codes: opened.excludeCodes.join(', ') }) : '';
  const from = opened.from;
  const batch = opened.batch;
  return (
    <div className="records__chip" role="status" data-testid="opened-rows">
      <span>
        {batch
          ? t('gridMarks.batchRows', { batch: batch.id, file: batch.fileName })
          : opened.label
            ? t('grid.showingRowsFor', { label: opened.label })
            : t('grid.showingFiltered')}
        {excluded ? <span className="muted"> · {excluded}</span> : null}
        {batch?.status === 'reverted' ? <span className="muted"> · {t('gridMarks.batchReverted')}</span> : null}
      </span>
      {from ? (
        <button type="button" className="records__chip-clear" onClick={() => onBack(from)} data-testid="back-to-view">
          {t(from === 'brief' ? 'stateNav.backToBrief' : 'stateNav.backToDashboard')}
        </button>
      ) : null}
      {batch && batch.rejected > 0 && onShowRejects ? (
        <button type="button" className="records__chip-clear" onClick={() => onShowRejects(batch.id)}>
          {t('gridMarks.batchRejects', { count: batch.rejected })}
        </button>
      ) : null}
      {batch && batch.status !== 'reverted' && onRevert ? (
        <button
          type="button"
          className="records__chip-clear"
          onClick={() => onRevert({ batchId: batch.id, fileName: batch.fileName })}
          aria-label={t('revert.actionLabel', { file: batch.fileName })}
        >
          {t('revert.action')}
        </button>
      ) : null}
      <button
        type="button"
        className="records__chip-clear"
        onClick={onClear}
        aria-label={t('grid.clearOpenedLabel')}
        title={t('grid.clearOpenedLabel')}
      >
        {t('grid.clearOpened')}
      </button>
    </div>
  );
}
