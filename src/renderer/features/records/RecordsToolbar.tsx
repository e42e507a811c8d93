import { useState } from 'react';
import type { GridView } from '../../../shared/domain';

export type ToolbarProps = {
  showDeleted: boolean;
  selected: number;
  focused: number | null;
  views: GridView[];
  /** The saved view last opened or saved, shown in the picker. */
  currentView: string | null;
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
  const [viewName, setViewName] = useState('');
  return (
    <div className="records-toolbar" role="toolbar" aria-label="Records actions">
      <div className="records-toolbar__group">
        <button type="button" className="button button--quiet" onClick={p.onUndo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" className="button button--quiet" onClick={p.onRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
      </div>
      <div className="records-toolbar__group">
        {p.showDeleted ? (
          <button type="button" className="button button--quiet" onClick={p.onRestore} disabled={p.selected === 0}>Restore selected{p.selected ? ` (${p.selected})` : ''}</button>
        ) : (
          <button type="button" className="button button--quiet button--danger" onClick={p.onDelete} disabled={p.selected === 0}>Delete selected{p.selected ? ` (${p.selected})` : ''}</button>
        )}
        <label className="records-toolbar__check">
          <input type="checkbox" checked={p.showDeleted} onChange={p.onToggleDeleted} /> Show deleted rows
        </label>
      </div>
      <div className="records-toolbar__group">
        <button type="button" className="button button--quiet" onClick={() => p.onPanel('history')} disabled={p.focused === null} title="Changes to the focused record">History</button>
        <button type="button" className="button button--quiet" onClick={() => p.onPanel('source')} disabled={p.focused === null} title="File and row the focused record came from">Source</button>
      </div>
      <div className="records-toolbar__group">
        <span className="records-toolbar__label" aria-hidden="true">Export rows shown:</span>
        <button type="button" className="button button--quiet" onClick={() => p.onExport('csv')} aria-label="Export rows shown as CSV" title="The rows the grid shows, with its filters and sort">CSV</button>
        <button type="button" className="button button--quiet" onClick={() => p.onExport('xlsx')} aria-label="Export rows shown as XLSX" title="The rows the grid shows, with its filters and sort">XLSX</button>
      </div>
      <div className="records-toolbar__group records-toolbar__views">
        <label className="visually-hidden" htmlFor="records-view">Saved view</label>
        <select id="records-view" value={p.currentView ?? ''} onChange={(e) => e.target.value && p.onApplyView(e.target.value)} disabled={p.views.length === 0}>
          <option value="">{p.views.length ? 'Open a saved view…' : 'No saved views'}</option>
          {p.views.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
        </select>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (viewName.trim()) p.onSaveView(viewName.trim());
            setViewName('');
          }}
        >
          <input aria-label="Name for this view" placeholder="View name" value={viewName} onChange={(e) => setViewName(e.target.value)} maxLength={100} />
          <button type="submit" className="button button--quiet" disabled={!viewName.trim()}>Save view</button>
        </form>
      </div>
    </div>
  );
}
