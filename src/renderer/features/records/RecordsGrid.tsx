import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  SelectionChangedEvent,
  CellClassParams,
  CellFocusedEvent,
  CellValueChangedEvent,
  FilterChangedEvent,
  GetRowIdParams,
  IRowNode,
  SortChangedEvent,
} from 'ag-grid-community';
import type { ActionResult, EditableField, TradeRecord } from '../../../shared/domain';
import { ApiError } from '../../../shared/client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { isEditableField, localColumns } from './columns';
import { useGridSplits } from './use-grid-splits';
import { rememberAreaNames, useCountryLabel } from '../../i18n/countries';
import { selectColumn } from './select-cell';
import { VanillaGrid, type GridHandle } from './VanillaGrid';
import { exportRecordsFile } from '../tasks';
import { useTasks } from '../tasks';
import { CurrencySortNotice } from './CurrencySortNotice';
import { gridTheme } from './grid-setup';
import { RecordPanel, type PanelKind } from './RecordPanel';
import { RecordsMeta } from './RecordsMeta';
import { RecordsToolbar } from './RecordsToolbar';
import { useGridClipboard, type Status } from './use-grid-clipboard';
import { OpenedRowsChip } from './OpenedRowsChip';
import { useOpenedRows } from './use-opened-rows';
import { useHistoryActions, useUndoKeys } from './use-history-actions';
import { BLOCK_SIZE, recordRowId, useRecordsSource } from './use-records-source';
import { useGridViewState } from './use-grid-view-state';
import { useSavedViews } from './use-saved-views';
import { agGridLocaleText } from '../../i18n/ag-grid-ko';
import './records.css';
import { useReadOnly } from '../../lib/read-only';

const rowId = (p: GetRowIdParams<TradeRecord>) => recordRowId(p.data);
// Rows are selected with the plain checkbox of selectColumn (or Space), not AG Grid's own checkbox.
const rowSelection = {
  mode: 'multiRow',
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: false,
} as const;
// Module constants: a new object on every render would make AG Grid re-apply the column defaults (and redraw rows).
const defaultColDef = { sortable: true, resizable: true, cellDataType: false, minWidth: 48 } as const;

/**
 * Every imported record, paged from the core by key as the grid scrolls. Sorting, filtering, edits,
 * undo/redo, deletes and exports all happen in the core; the grid only shows what it returns.
 * AG Grid's own undo stack stays off: Ctrl+Z goes to the database's edit log.
 */
export function RecordsGrid({
  refreshKey,
  onEdited,
  onBack,
  onShowRejects,
}: {
  refreshKey: number;
  onEdited: () => void;
  onBack: (to: 'brief' | 'dashboard') => void;
  onShowRejects?: (batchId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const tasks = useTasks();
  // A read-only dataset: no cell opens for editing (the core would refuse the change anyway).
  const readOnly = useReadOnly() !== null;
  const grid = useRef<GridHandle<TradeRecord>>(null);
  // Sort, filters, columns and a clicked figure's rows survive a tab switch and a restart (use-grid-view-state.ts).
  const box = useRef<HTMLDivElement>(null);
  const view = useGridViewState(box);
  // AG Grid reads its words once, when created: the shell remounts the grid when the language changes.
  const getLocaleText = useMemo(() => agGridLocaleText(i18n.language), [i18n.language]);
  const showDeletedRef = useRef(view.initial.showDeleted);
  const excludeRef = useRef<string[]>(view.initial.opened?.excludeCodes ?? []);
  const batchRef = useRef<number | undefined>(view.initial.opened?.batch?.id);
  const [showDeleted, setShowDeleted] = useState(view.initial.showDeleted);
  // Reporter and partner cells are named from the core's names (the dimensions asked for below).
  const area = useCountryLabel();
  const [status, setStatus] = useState<Status>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [focused, setFocused] = useState<TradeRecord | null>(null);
  const [panel, setPanel] = useState<{ kind: PanelKind; id: number } | null>(null);
  const [changes, setChanges] = useState(0);
  // Sorted by value with no currency filter, over a database holding several currencies: the grid warns.
  const [sortedByValue, setSortedByValue] = useState(false);
  const [currencyFilter, setCurrencyFilter] = useState(false);
  const [currencies, setCurrencies] = useState<string[]>([]);
  const source = useRecordsSource(
    () => grid.current?.api,
    showDeletedRef,
    excludeRef,
    batchRef,
    (err) => setStatus({ kind: 'error', text: t('gridMsg.loadFailed', { message: messageOf(err) }) }),
  );
  const { loaded, waiting, lastQuery, forget, edited, markEdited } = source;
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<TradeRecord>) =>
      setSelected(e.api.getSelectedNodes().flatMap((n) => (n.data ? [n.data.id] : []))),
    [],
  );

  // The rows held are stale: no cached block, cursor or selection from before may show.
  const resetRows = useCallback(() => {
    forget();
    grid.current?.api?.purgeInfiniteCache();
    grid.current?.api?.deselectAll();
  }, [forget]);

  const { splits, held } = useGridSplits(view.initialState, grid, resetRows, view.sizeColumns);
  // Cells edited by hand since import are marked, from what each page says (edited-rows.ts in the core).
  const columnDefs = useMemo(() => {
    const isEdited = (p: CellClassParams<TradeRecord>) =>
      p.data !== undefined && (edited.current.get(p.data.id)?.includes(p.colDef.field ?? '') ?? false);
    const cols = localColumns(i18n.language, area, splits).map((c) => ({
      ...c,
      headerName: t(`grid.col.${c.field ?? 'id'}`),
      ...(c.editable ? { cellClassRules: { 'records__cell--edited': isEdited } } : {}),
      ...(readOnly ? { editable: false } : {}),
    }));
    return [selectColumn(t('grid.selectRow')), ...cols];
  }, [t, i18n.language, edited, area, readOnly, splits]);

  // New column definitions (the names of the database's partners, a language) can put the start widths back
  // on columns the grid pinned at its left (use-grid-view-state.ts): Partner read "North Ko…" at 800 px.
  const { sizeColumns } = view;
  const defsBefore = useRef(columnDefs);
  useEffect(() => {
    if (defsBefore.current === columnDefs) return;
    defsBefore.current = columnDefs;
    sizeColumns(grid.current?.api ?? undefined);
  }, [columnDefs, sizeColumns]);

  const reload = useCallback(() => {
    resetRows();
    setSelected([]);
    setChanges((n) => n + 1);
  }, [resetRows]);

  const openedRows = useOpenedRows(grid, excludeRef, batchRef, reload, {
    initial: view.initial.opened,
    save: (opened) => view.update({ opened }),
  });

  // An import or an edit elsewhere: the selection and the open panel follow at once, the grid's rows in an effect.
  const [seenRefresh, setSeenRefresh] = useState(refreshKey);
  if (seenRefresh !== refreshKey) {
    setSeenRefresh(refreshKey);
    setSelected([]);
    setChanges((n) => n + 1);
  }
  const { sizeAgain, onRowsLoaded } = view;
  useEffect(() => {
    if (refreshKey === 0) return;
    resetRows();
    sizeAgain();
  }, [refreshKey, resetRows, sizeAgain]);
  useEffect(() => onRowsLoaded(grid.current?.api ?? undefined), [loaded, onRowsLoaded]);

  // A Reporter or Partner filter is read through the names (grid-query.ts): where they arrive after the first
  // page was asked for (a restart or a saved view with "North Korea" typed), the rows are asked for again.
  const areaBefore = useRef(area);
  useEffect(() => {
    if (areaBefore.current === area) return;
    areaBefore.current = area;
    const model = grid.current?.api?.getFilterModel() ?? {};
    if (model.reporter || model.partner) resetRows();
  }, [area, resetRows]);

  // What the database holds: its currencies (for the sort notice), the names of its reporters and partners,
  // and the columns its split rows are told apart by.
  useEffect(() => {
    api.dimensions({}).then(
      (d) => {
        rememberAreaNames(d.names);
        setCurrencies(d.currencies);
        held(d.splits);
      },
      () => setCurrencies([]),
    );
  }, [refreshKey, held]);

  /** Saves one cell; on a conflict shows what you had, what you typed and what is there now, and shows the current row. */
  const save = useCallback(
    async (
      node: IRowNode<TradeRecord>,
      before: TradeRecord,
      field: EditableField,
      value: string,
    ): Promise<TradeRecord | null> => {
      try {
        const saved = await api.updateRecord({ id: before.id, field, value, version: before.version });
        node.setData(saved);
        return saved;
      } catch (err) {
        const conflict = err instanceof ApiError && err.info.code === 'conflict';
        const current = conflict ? await api.getRecord({ id: before.id }).catch(() => before) : before;
        node.setData(current);
        const text = (r: TradeRecord) => String(r[field] ?? '');
        const name = t(`fieldName.${field}`);
        setStatus({
          kind: 'error',
          text: conflict
            ? t('gridMsg.conflict', { id: before.id, field: name, was: text(before), typed: value, now: text(current) })
            : t('gridMsg.saveFailed', { field: name, message: messageOf(err) }),
        });
        return null;
      }
    },
    [t],
  );

  const afterChange = useCallback(() => {
    reload();
    onEdited();
  }, [onEdited, reload]);
  const history = useHistoryActions(setStatus, afterChange);
  const { views, currentView, applyView, saveView } = useSavedViews(grid, setStatus);
  const refreshHistory = history.refresh;

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
        setStatus({ kind: 'saved', text: t('gridMsg.saved', { field: t(`fieldName.${field}`), id: saved.id }) });
        setFocused(saved);
        setChanges((n) => n + 1);
        // Marked at once; the next page load says whether it still differs from the import.
        edited.current.set(saved.id, [...new Set([...(edited.current.get(saved.id) ?? []), field])]);
        grid.current?.api?.refreshCells({ rowNodes: [event.node], force: true });
        markEdited();
        refreshHistory();
        onEdited();
      });
    },
    [onEdited, save, t, edited, markEdited, refreshHistory],
  );

  const act = (call: () => Promise<ActionResult>) =>
    call().then(history.done, (err: unknown) =>
      setStatus({ kind: 'error', text: t('history.failed', { message: messageOf(err) }) }),
    );

  useUndoKeys(history);

  const { onCopy, onPaste } = useGridClipboard(grid, focused, setStatus, () => {
    setChanges((n) => n + 1);
    history.refresh();
    onEdited();
  });

  // With a progress bar and no size limit: a save dialog in the desktop app, a streamed download in the browser.
  const onExport = (format: 'csv' | 'xlsx') => {
    const query = {
      ...lastQuery.current,
      excludeCodes: excludeRef.current,
      deleted: showDeletedRef.current,
      batchId: batchRef.current,
    };
    void exportRecordsFile(tasks, t, format, query).then((out) => {
      if (out)
        setStatus({
          kind: 'saved',
          text: out.path
            ? t('exporting.saved', { rows: out.rows.toLocaleString(), path: out.path })
            : t('exporting.downloaded', { rows: out.rows.toLocaleString(), file: out.fileName }),
        });
    });
  };

  const onSortChanged = (e: SortChangedEvent<TradeRecord>) => {
    setSortedByValue(e.api.getColumnState().some((c) => c.colId === 'value' && c.sort));
    view.onViewChanged(e);
  };
  const onlyCurrency = (currency: string) =>
    grid.current?.api
      ?.setColumnFilterModel('currency', { filterType: 'text', type: 'equals', filter: currency })
      .then(() => grid.current?.api?.onFilterChanged());

  const onFilterChanged = (e: FilterChangedEvent<TradeRecord>) => {
    setCurrencyFilter(e.api.getFilterModel().currency !== undefined);
    openedRows.onFilterChanged(e);
    view.onViewChanged(e);
  };

  const onCellFocused = (e: CellFocusedEvent<TradeRecord>) => {
    const node = e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
    setFocused(node?.data ?? null);
  };

  const toggleDeleted = () => {
    showDeletedRef.current = !showDeletedRef.current;
    setShowDeleted(showDeletedRef.current);
    view.update({ showDeleted: showDeletedRef.current });
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
        history={history.state}
        onUndo={history.undo}
        onRedo={history.redo}
        onDelete={() => void act(() => api.deleteRecords({ ids: selected }))}
        onRestore={() => void act(() => api.restoreRecords({ ids: selected }))}
        onToggleDeleted={toggleDeleted}
        onPanel={(kind) => focused && setPanel({ kind, id: focused.id })}
        onExport={onExport}
        onApplyView={applyView}
        onSaveView={saveView}
      />
      {openedRows.opened ? (
        <OpenedRowsChip
          opened={openedRows.opened}
          onClear={openedRows.clear}
          onBack={onBack}
          onShowRejects={onShowRejects}
          onRevert={tasks.requestRevert}
        />
      ) : null}
      {sortedByValue && !currencyFilter && currencies.length > 1 ? (
        <CurrencySortNotice currencies={currencies} onOnly={(c) => void onlyCurrency(c)} />
      ) : null}
      <RecordsMeta
        loaded={loaded}
        showDeleted={showDeleted}
        waiting={waiting}
        readOnly={readOnly}
        anyEdited={source.anyEdited}
        onRecount={source.recount}
      />
      <div className="records__body">
        <div
          ref={box}
          className="records__grid"
          data-testid="records-grid"
          role="region"
          aria-label={t('grid.label')}
          onCopy={onCopy}
          onPaste={onPaste}
        >
          {loaded?.total === 0 ? (
            <div className="records__empty">
              {t(showDeleted ? 'grid.noDeleted' : loaded.filtered ? 'grid.noMatches' : 'grid.empty')}
            </div>
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
            onFilterChanged={onFilterChanged}
            initialState={view.initialState}
            onSortChanged={onSortChanged}
            onColumnMoved={view.onViewChanged}
            onColumnResized={view.onColumnResized}
            onFirstDataRendered={view.onFirstDataRendered}
            // AG Grid adds 20 px to every auto-sized column; 8 keeps Quantity and Unit in view at 1440 px.
            autoSizePadding={8}
            getLocaleText={getLocaleText}
            stopEditingWhenCellsLoseFocus
          />
        </div>
        {panel ? (
          <RecordPanel
            kind={panel.kind}
            recordId={panel.id}
            version={changes}
            onClose={() => setPanel(null)}
            onRevert={(batchId, fileName) => tasks.requestRevert({ batchId, fileName })}
          />
        ) : null}
      </div>
      {status ? (
        <div
          className={status.kind === 'error' ? 'notice notice--error' : 'notice notice--ok'}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="records-status"
        >
          {status.text}
        </div>
      ) : null}
    </div>
  );
}
