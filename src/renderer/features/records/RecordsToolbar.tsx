import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridView } from '../../../shared/domain';
import { useReadOnly } from '../../lib/read-only';
import type { HistoryState } from './use-history-actions';
import { historyLabel } from './history-label';

export type ToolbarProps = {
  showDeleted: boolean;
  selected: number;
  focused: number | null;
  views: GridView[];
  /** The saved view last opened or saved, shown in the picker. */
  currentView: string | null;
  /** What Undo and Redo would do now; null while unknown. */
  history: HistoryState | null;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onRestore: () => void;
  onToggleDeleted: () => void;
  onPanel: (kind: 'history' | 'source') => void;
  onExport: (format: 'csv' | 'xlsx') => void;
  onApplyView: (name: string) => void;
  onSaveView: (name: string) => void;
};

/** The grid's actions, each a labelled button; the shortcuts are in the title text. */
export function RecordsToolbar(p: ToolbarProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly() !== null;
  const [viewName, setViewName] = useState('');
  return (
    <div className="records-toolbar" role="toolbar" aria-label={t('grid.actions')}>
      <div className="records-toolbar__group">
        <button
          type="button"
          className="button button--quiet"
          onClick={p.onUndo}
          disabled={!p.history?.undo}
          title={
            p.history?.undo
              ? t('history.undoTitle', { label: historyLabel(p.history.undo.label, t) })
              : t('history.undoNone')
          }
        >
          {t('grid.undo')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={p.onRedo}
          disabled={!p.history?.redo}
          title={
            p.history?.redo
              ? t('history.redoTitle', { label: historyLabel(p.history.redo.label, t) })
              : t('history.redoNone')
          }
        >
          {t('grid.redo')}
        </button>
      </div>
      <div className="records-toolbar__group">
        {p.showDeleted ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={p.onRestore}
            disabled={readOnly || p.selected === 0}
            title={readOnly ? t('readOnly.off') : undefined}
          >
            {t('grid.restoreSelected')}
            {p.selected ? ` (${p.selected})` : ''}
          </button>
        ) : (
          <button
            type="button"
            className="button button--quiet button--danger"
            onClick={p.onDelete}
            disabled={readOnly || p.selected === 0}
            title={readOnly ? t('readOnly.off') : undefined}
          >
            {t('grid.deleteSelected')}
            {p.selected ? ` (${p.selected})` : ''}
          </button>
        )}
        <label className="records-toolbar__check">
          <input type="checkbox" checked={p.showDeleted} onChange={p.onToggleDeleted} /> {t('grid.showDeleted')}
        </label>
      </div>
      <div className="records-toolbar__group">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => p.onPanel('history')}
          disabled={p.focused === null}
          title={t('grid.historyTitle')}
        >
          {t('grid.history')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => p.onPanel('source')}
          disabled={p.focused === null}
          title={t('grid.sourceTitle')}
        >
          {t('grid.source')}
        </button>
      </div>
      <div className="records-toolbar__group">
        <span className="records-toolbar__label" aria-hidden="true">
          {t('grid.exportShown')}
        </span>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => p.onExport('csv')}
          aria-label={t('grid.exportAs', { format: 'CSV' })}
          title={t('grid.exportTitle')}
        >
          CSV
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => p.onExport('xlsx')}
          aria-label={t('grid.exportAs', { format: 'XLSX' })}
          title={t('grid.exportTitle')}
        >
          XLSX
        </button>
      </div>
      <div className="records-toolbar__group records-toolbar__views">
        <label className="visually-hidden" htmlFor="records-view">
          {t('grid.savedView')}
        </label>
        <select
          id="records-view"
          value={p.currentView ?? ''}
          onChange={(e) => e.target.value && p.onApplyView(e.target.value)}
          disabled={p.views.length === 0}
        >
          <option value="">{p.views.length ? t('grid.openView') : t('grid.noViews')}</option>
          {p.views.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (viewName.trim()) p.onSaveView(viewName.trim());
            setViewName('');
          }}
        >
          <input
            aria-label={t('grid.viewName')}
            placeholder={t('grid.viewPlaceholder')}
            value={viewName}
            onChange={(e) => setViewName(e.target.value)}
            maxLength={100}
          />
          <button
            type="submit"
            className="button button--quiet"
            disabled={readOnly || !viewName.trim()}
            title={readOnly ? t('readOnly.off') : undefined}
          >
            {t('grid.saveView')}
          </button>
        </form>
      </div>
    </div>
  );
}
