import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, GetRowIdParams, IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { columns, isEditableField } from './columns';
import { CursorBook } from './cursor-book';
import { gridTheme } from './grid-setup';
import { toRecordsQuery } from './grid-query';

const BLOCK_SIZE = 100;

type Status = { kind: 'error' | 'saved'; text: string } | null;

const rowId = (p: GetRowIdParams<TradeRecord>) => String(p.data.id);

/**
 * Every imported record, paged from the core by key as the grid scrolls. Sorting, filtering and edits
 * all happen in the core; the grid only shows what it returns.
 */
export function RecordsGrid({ refreshKey, onEdited }: { refreshKey: number; onEdited: () => void }) {
  const grid = useRef<AgGridReact<TradeRecord>>(null);
  // One book per sort+filter: cursors from one ordering mean nothing in another.
  const book = useRef<{ key: string; cursors: CursorBook }>({ key: '', cursors: new CursorBook() });
  const [loaded, setLoaded] = useState<{ total: number; filtered: boolean } | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params: IGetRowsParams) {
        const query = toRecordsQuery(params.sortModel, params.filterModel as Parameters<typeof toRecordsQuery>[1]);
        const key = JSON.stringify(query);
        if (book.current.key !== key) book.current = { key, cursors: new CursorBook() };
        const cursors = book.current.cursors;
        const { after, skip } = cursors.requestFor(params.startRow);
        api.listRecords({ ...query, after, skip, limit: params.endRow - params.startRow }).then(
          (page) => {
            cursors.record(params.startRow, page.rows.length, page.next);
            setLoaded({ total: page.total, filtered: Object.keys(query.filters).length > 0 });
            params.successCallback(page.rows, page.total);
          },
          (err: unknown) => {
            setStatus({ kind: 'error', text: `Could not load records: ${messageOf(err)}` });
            params.failCallback();
          },
        );
      },
    }),
    [],
  );

  useEffect(() => {
    if (refreshKey === 0) return;
    book.current = { key: '', cursors: new CursorBook() };
    grid.current?.api?.purgeInfiniteCache();
  }, [refreshKey]);

  const onCellValueChanged = useCallback(
    (event: CellValueChangedEvent<TradeRecord>) => {
      const field = event.colDef.field;
      const node = event.node;
      if (!isEditableField(field) || !event.data) return;
      const before: TradeRecord = { ...event.data, [field]: event.oldValue as unknown };
      const value = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
      if (value === String(event.oldValue ?? '')) {
        node.setData(before);
        return;
      }
      api.updateRecord({ id: before.id, field, value, version: before.version }).then(
        (saved) => {
          node.setData(saved);
          setStatus({ kind: 'saved', text: `Saved ${field} of record ${saved.id}.` });
          onEdited();
        },
        (err: unknown) => {
          // Put back what the core still holds, and say why.
          node.setData(before);
          setStatus({ kind: 'error', text: `Could not save ${field}: ${messageOf(err)}` });
        },
      );
    },
    [onEdited],
  );

  return (
    <div className="records">
      <div className="records__meta">
        <span data-testid="records-total">{loaded === null ? 'Loading…' : `${loaded.total.toLocaleString('en-US')} records${loaded.filtered ? ' match' : ''}`}</span>
        <span className="muted">Double-click a cell to edit it; Enter saves, Escape cancels.</span>
      </div>
      <div className="records__grid" data-testid="records-grid" role="region" aria-label="Trade records">
        {loaded?.total === 0 ? (
          <div className="records__empty">{loaded.filtered ? 'No records match these filters.' : 'No records yet. Drop a CSV file anywhere in this window to import one.'}</div>
        ) : null}
        <AgGridReact<TradeRecord>
          ref={grid}
          theme={gridTheme}
          columnDefs={columns}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={50}
          getRowId={rowId}
          onCellValueChanged={onCellValueChanged}
          stopEditingWhenCellsLoseFocus
        />
      </div>
      {status ? (
        <div className={status.kind === 'error' ? 'notice notice--error' : 'notice notice--ok'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="records-status">
          {status.text}
        </div>
      ) : null}
    </div>
  );
}
