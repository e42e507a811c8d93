import type { ClipboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridHandle } from './VanillaGrid';
import type { EditableField, TradeRecord } from '../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { parseTsv, toHtml, toTsv, type Cell } from './clipboard';
import { isEditableField } from './columns';

export type Status = { kind: 'error' | 'saved'; text: string } | null;

/** Copy rows out for Excel and paste Excel's cells in, on the grid's own clipboard events. */
export function useGridClipboard(
  grid: RefObject<GridHandle<TradeRecord> | null>,
  focused: TradeRecord | null,
  setStatus: (s: Status) => void,
  onPasted: () => void,
) {
  const { t } = useTranslation();
  /** The selected rows (or the focused one) as TSV and as an HTML table Excel reads codes from as text. */
  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    const gridApi = grid.current?.api;
    if (!gridApi || (e.target as HTMLElement).closest('input, textarea')) return;
    const nodes = gridApi.getSelectedNodes().filter((n) => n.data);
    const rows = nodes.length ? nodes.map((n) => n.data!) : focused ? [focused] : [];
    if (rows.length === 0) return;
    const cols = gridApi
      .getAllDisplayedColumns()
      .map((c) => c.getColDef())
      .filter((c) => c.field);
    const header = cols.map((c) => c.headerName ?? c.field!);
    const cells: Cell[][] = rows.map((r) => cols.map((c) => (r as Record<string, Cell>)[c.field!] ?? null));
    e.clipboardData.setData('text/plain', toTsv(header, cells));
    e.clipboardData.setData('text/html', toHtml(header, cells));
    e.preventDefault();
    setStatus({ kind: 'saved', text: t('gridMsg.copied', { count: rows.length }) });
  };

  /** Excel's cells, from the focused cell rightwards and down, saved as one undo step (or not at all). */
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const gridApi = grid.current?.api;
    const start = gridApi?.getFocusedCell();
    if (!gridApi || !start || (e.target as HTMLElement).closest('input, textarea')) return;
    e.preventDefault();
    const table = parseTsv(e.clipboardData.getData('text/plain'));
    const cols = gridApi.getAllDisplayedColumns();
    const first = cols.findIndex((c) => c.getColId() === start.column.getColId());
    const cells: { id: number; field: EditableField; value: string; version: number }[] = [];
    let skipped = 0;
    for (const [r, values] of table.entries()) {
      const node = gridApi.getDisplayedRowAtIndex(start.rowIndex + r);
      for (const [c, value] of values.entries()) {
        const field = cols[first + c]?.getColDef().field;
        if (node?.data && isEditableField(field))
          cells.push({ id: node.data.id, field, value, version: node.data.version });
        else skipped++;
      }
    }
    if (cells.length === 0) {
      setStatus({ kind: 'error', text: t('gridMsg.nothingToPaste') });
      return;
    }
    api.updateRecords({ cells }).then(
      (r) => {
        for (const rec of r.records) gridApi.getRowNode(String(rec.id))?.setData(rec);
        setStatus({
          kind: 'saved',
          text: t(skipped ? 'gridMsg.pastedSkipping' : 'gridMsg.pasted', { count: cells.length, skipped }),
        });
        onPasted();
      },
      (err: unknown) => setStatus({ kind: 'error', text: messageOf(err) }),
    );
  };

  return { onCopy, onPaste };
}
