import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionChangedEvent, CellFocusedEvent, CellValueChangedEvent, ColumnState, FilterModel, GetRowIdParams, IRowNode } from 'ag-grid-community';
import type { ActionResult, EditableField, GridView, TradeRecord } from '../../../shared/domain';
import { ApiError } from '../../../shared/client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { areaCells, columns, isEditableField } from './columns';
import { useCountryLabel } from '../../i18n/countries';
import { useAreaNames } from '../../i18n/use-area-names';
import { selectColumn } from './select-cell';
import { VanillaGrid, type GridHandle } from './VanillaGrid';
import { downloadBase64 } from '../../components/download';
import { gridTheme } from './grid-setup';
import { RecordPanel, type PanelKind } from './RecordPanel';
import { RecordsToolbar } from './RecordsToolbar';
import { useGridClipboard, type Status } from './use-grid-clipboard';
import { OpenedRowsChip } from './OpenedRowsChip';
import { useOpenedRows } from './use-opened-rows';
import { BLOCK_SIZE, useRecordsSource } from './use-records-source';
import './records.css';

const MIME = { csv: 'text/csv;charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

const rowId = (p: GetRowIdParams<TradeRecord>) => String(p.data.id);
// Rows are selected with the plain checkbox of selectColumn (or Space), not AG Grid's own checkbox.
const rowSelection = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: false } as const;
// Module constants: a new object on every render would make AG Grid re-apply the column defaults (and redraw rows).
const defaultColDef = { sortable: true, resizable: true, cellDataType: false } as const;

/**
 * Every imported record, paged from the core by key as the grid scrolls. Sorting, filtering, edits,
 * undo/redo, deletes and exports all happen in the core; the grid only shows what it returns.
 * AG Grid's own undo stack stays off: Ctrl+Z goes to the database's edit log.
 */
export function RecordsGrid({ refreshKey, onEdited }: { refreshKey: number; onEdited: () => void }) {
  const { t } = useTranslation();
  const grid = useRef<GridHandle<TradeRecord>>(null);
  const area = useCountryLabel();
  useAreaNames(refreshKey);
  const columnDefs = useMemo(() => [selectColumn(t('grid.selectRow')), ...columns.map((c) => ({ ...c, headerName: t(`grid.col.${c.field ?? 'id'}`), ...areaCells(c.field, area) }))], [t, area]);
  const showDeletedRef = useRef(false);
  const excludeRef = useRef<string[]>([]);
  const [showDeleted, setShowDeleted] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [focused, setFocused] = useState<TradeRecord | null>(null);
  const [panel, setPanel] = useState<{ kind: PanelKind; id: number } | null>(null);
  const [views, setViews] = useState<GridView[]>([]);
  const [currentView, setCurrentView] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);

  const source = useRecordsSource(showDeletedRef, excludeRef, (err) => setStatus({ kind: 'error', text: `Could not load records: ${messageOf(err)}` }));
  const { loaded, waiting, lastQuery, forget } = source;

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<TradeRecord>) => setSelected(e.api.getSelectedNodes().flatMap((n) => (n.data ? [n.data.id] : []))), []);

  const reload = useCallback(() => {
    forget();
    grid.current?.api?.purgeInfiniteCache();
    grid.current?.api?.deselectAll();
    setSelected([]);
    setChanges((n) => n + 1);
  }, [forget]);

  const openedRows = useOpenedRows(grid, excludeRef, reload);

  useEffect(() => {
    if (refreshKey !== 0) reload();
  }, [refreshKey, reload]);

  useEffect(() => {
    api.listViews({}).then(setViews, () => setViews([]));
  }, []);

  /** Saves one cell; on a conflict shows what you had, what you typed and what is there now, and shows the current row. */
  const save = useCallback(async (node: IRowNode<TradeRecord>, before: TradeRecord, field: EditableField, value: string): Promise<TradeRecord | null> => {
    try {
      const saved = await api.updateRecord({ id: before.id, field, value, version: before.version });
      node.setData(saved);
      return saved;
    } catch (err) {
      const conflict = err instanceof ApiError && err.info.code === 'conflict';
      const current = conflict ? await api.getRecord({ id: before.id }).catch(() => before) : before;
      node.setData(current);
      const text = (r: TradeRecord) => String(r[field] ?? '');
      setStatus({
        kind: 'error',
        text: conflict
          ? `Not saved (conflict): record ${before.id} was changed elsewhere. Its ${field} was "${text(before)}" when you started, you typed "${value}", and it is now "${text(current)}" — the grid shows the current value.`
          : `Could not save ${field}: ${messageOf(err)}`,
      });
      return null;
    }
  }, []);

  const onCellValueChanged = useCallback(
    (event: CellValueChangedEvent<TradeRecord>) => {
      const field = event.colDef.field;
      if (!isEditableField(field) || !event.data) return;
      const before: TradeRecord = { ...event.data, [field]: event.oldValue as unknown };
      const value = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
      if (value === String(event.oldValue ?? '')) {
        event.node.setData(before);
        return;
      }
      void save(event.node, before, field, value).then((saved) => {
        if (!saved) return;
        setStatus({ kind: 'saved', text: `Saved ${field} of record ${saved.id}. Ctrl+Z undoes it.` });
        setFocused(saved);
        setChanges((n) => n + 1);
        onEdited();
      });
    },
    [onEdited, save],
  );

  const afterAction = useCallback(
    (verb: string, r: ActionResult | null) => {
      if (!r) {
        setStatus({ kind: 'saved', text: `Nothing to ${verb.toLowerCase()}.` });
        return;
      }
      const rows = r.kind === 'revert_batch' ? ` (${r.count.toLocaleString('en-US')} rows)` : '';
      setStatus({ kind: 'saved', text: verb === 'Done' ? `${r.label}${rows}: done. Ctrl+Z undoes it.` : `${verb}: ${r.label}${rows}.` });
      reload();
      onEdited();
    },
    [onEdited, reload],
  );

  const run = useCallback(
    (verb: string, call: () => Promise<ActionResult | null>) =>
      call().then((r) => afterAction(verb, r), (err: unknown) => setStatus({ kind: 'error', text: `${verb} failed: ${messageOf(err)}` })),
    [afterAction],
  );

  // On the window while the grid is shown: a reload after an undo takes the focus off the cells,
  // and the next Ctrl+Shift+Z must still reach the log. Text fields keep their own undo.
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const key = e.key.toLowerCase();
      if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y') || e.defaultPrevented) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      e.preventDefault();
      const redo = key === 'y' || e.shiftKey;
      void run(redo ? 'Redone' : 'Undone', () => (redo ? api.redo({}) : api.undo({})));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  const { onCopy, onPaste } = useGridClipboard(grid, focused, setStatus, () => {
    setChanges((n) => n + 1);
    onEdited();
  });

  const onExport = (format: 'csv' | 'xlsx') => {
    api.exportRecords({ format, query: { ...lastQuery.current, excludeCodes: excludeRef.current, deleted: showDeletedRef.current } }).then(
      (out) => {
        downloadBase64(out.fileName, out.base64 ?? '', MIME[format]);
        setStatus({ kind: 'saved', text: `Exported ${out.rows.toLocaleString('en-US')} rows to ${out.fileName}.` });
      },
      (err: unknown) => setStatus({ kind: 'error', text: `Export failed: ${messageOf(err)}` }),
    );
  };

  const applyView = (name: string) => {
    const view = views.find((v) => v.name === name);
    const gridApi = grid.current?.api;
    if (!view || !gridApi) return;
    const state = JSON.parse(view.state) as { columns: ColumnState[]; filters: FilterModel };
    gridApi.applyColumnState({ state: state.columns, applyOrder: true });
    gridApi.setFilterModel(state.filters);
    setCurrentView(name);
    setStatus({ kind: 'saved', text: `Opened view "${name}".` });
  };

  const saveView = (name: string) => {
    const gridApi = grid.current?.api;
    if (!gridApi) return;
    const state = JSON.stringify({ columns: gridApi.getColumnState(), filters: gridApi.getFilterModel() });
    api.saveView({ name, state }).then(
      () =>
        api.listViews({}).then((list) => {
          setViews(list);
          setCurrentView(name);
          setStatus({ kind: 'saved', text: `Saved view "${name}".` });
        }),
      (err: unknown) => setStatus({ kind: 'error', text: `Could not save the view: ${messageOf(err)}` }),
    );
  };

  const onCellFocused = (e: CellFocusedEvent<TradeRecord>) => {
    const node = e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
    setFocused(node?.data ?? null);
  };

  const toggleDeleted = () => {
    showDeletedRef.current = !showDeletedRef.current;
    setShowDeleted(showDeletedRef.current);
    setPanel(null);
    reload();
  };

  return (
    <div className="records">
      <RecordsToolbar
        showDeleted={showDeleted}
        selected={selected.length}
        focused={focused?.id ?? null}
        views={views}
        currentView={currentView}
        onUndo={() => void run('Undone', () => api.undo({}))}
        onRedo={() => void run('Redone', () => api.redo({}))}
        onDelete={() => void run('Done', () => api.deleteRecords({ ids: selected }))}
        onRestore={() => void run('Done', () => api.restoreRecords({ ids: selected }))}
        onToggleDeleted={toggleDeleted}
        onPanel={(kind) => focused && setPanel({ kind, id: focused.id })}
        onExport={onExport}
        onApplyView={applyView}
        onSaveView={saveView}
      />
      {openedRows.opened ? <OpenedRowsChip opened={openedRows.opened} onClear={openedRows.clear} /> : null}
      <div className="records__meta">
        <span data-testid="records-total">{loaded === null ? t('grid.loading') : t(showDeleted ? 'grid.deletedTotal' : loaded.filtered ? 'grid.matches' : 'grid.total', { count: loaded.total })}</span>
        {waiting ? (
          <span className="muted" role="status" data-testid="records-waiting">
            {t('grid.stillLoading')}
          </span>
        ) : null}
        <span className="muted">{t('grid.hints')}</span>
      </div>
      <div className="records__body">
        <div className="records__grid" data-testid="records-grid" role="region" aria-label={t('grid.label')} onCopy={onCopy} onPaste={onPaste}>
          {loaded?.total === 0 ? (
            <div className="records__empty">{t(showDeleted ? 'grid.noDeleted' : loaded.filtered ? 'grid.noMatches' : 'grid.empty')}</div>
          ) : null}
          <VanillaGrid<TradeRecord>
            ref={grid}
            theme={gridTheme}
            columnDefs={columnDefs}
            defaultColDef={defaultColDef}
            rowModelType="infinite"
            datasource={source.datasource}
            cacheBlockSize={BLOCK_SIZE}
            maxBlocksInCache={50}
            // A scroll jump draws its rows in the same task as the data arrives rather than over later frames, and
            // builds and fetches only the rows in view (e2e/renderer-measure.spec.ts measures the blank time).
            rowBuffer={0}
            suppressAnimationFrame
            // No cell has a tooltip, yet AG Grid's own tooltips (a module editing brings in) build a tooltip manager
            // for every cell it draws, about a seventh of a row's cost; browser tooltips build none. The select
            // column's header tooltip becomes a title attribute.
            enableBrowserTooltips
            getRowId={rowId}
            rowSelection={rowSelection}
            undoRedoCellEditing={false}
            onSelectionChanged={onSelectionChanged}
            onViewportScroll={source.onViewportScroll}
            onViewportScrollStart={source.onViewportScrollStart}
            onCellFocused={onCellFocused}
            onCellValueChanged={onCellValueChanged}
            onGridReady={openedRows.onGridReady}
            onFilterChanged={openedRows.onFilterChanged}
            stopEditingWhenCellsLoseFocus
          />
        </div>
        {panel ? (
          <RecordPanel
            kind={panel.kind}
            recordId={panel.id}
            version={changes}
            onClose={() => setPanel(null)}
            onRevert={(batchId) => void run('Done', () => api.revertBatch({ batchId }))}
          />
        ) : null}
      </div>
      {status ? (
        <div className={status.kind === 'error' ? 'notice notice--error' : 'notice notice--ok'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="records-status">
          {status.text}
        </div>
      ) : null}
    </div>
  );
}
