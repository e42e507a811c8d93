import { useTranslation } from 'react-i18next';
import type { OpenedRows } from './use-opened-rows';

/**
 * Says why the grid shows only some rows (a figure was clicked), with one button to show them all again and,
 * where the figure came from the brief or the dashboard, one to go back to it as it was.
 */
export function OpenedRowsChip({ opened, onClear, onBack }: { opened: OpenedRows; onClear: () => void; onBack: (to: 'brief' | 'dashboard') => void }) {
  const { t } = useTranslation();
  const excluded = opened.excludeCodes.length ? t('grid.excluding', { codes: opened.excludeCodes.join(', ') }) : '';
  const from = opened.from;
  return (
    <div className="records__chip" role="status" data-testid="opened-rows">
      <span>
        {opened.label ? t('grid.showingRowsFor', { label: opened.label }) : t('grid.showingFiltered')}
        {excluded ? <span className="muted"> · {excluded}</span> : null}
      </span>
      {from ? (
        <button type="button" className="records__chip-clear" onClick={() => onBack(from)} data-testid="back-to-view">
          {t(from === 'brief' ? 'stateNav.backToBrief' : 'stateNav.backToDashboard')}
        </button>
      ) : null}
      <button type="button" className="records__chip-clear" onClick={onClear} aria-label={t('grid.clearOpenedLabel')} title={t('grid.clearOpenedLabel')}>
        {t('grid.clearOpened')}
      </button>
    </div>
  );
}
