import { useTranslation } from 'react-i18next';
import type { OpenedRows } from './use-opened-rows';

/** Says why the grid shows only some rows (a figure was clicked), with one button to show them all again. */
export function OpenedRowsChip({ opened, onClear }: { opened: OpenedRows; onClear: () => void }) {
  const { t } = useTranslation();
  const excluded = opened.excludeCodes.length ? t('grid.excluding', { codes: opened.excludeCodes.join(', ') }) : '';
  return (
    <div className="records__chip" role="status" data-testid="opened-rows">
      <span>
        {opened.label ? t('grid.showingRowsFor', { label: opened.label }) : t('grid.showingFiltered')}
        {excluded ? <span className="muted"> · {excluded}</span> : null}
      </span>
      <button type="button" className="records__chip-clear" onClick={onClear} aria-label={t('grid.clearOpenedLabel')} title={t('grid.clearOpenedLabel')}>
        {t('grid.clearOpened')}
      </button>
    </div>
  );
}
