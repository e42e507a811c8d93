import type { ColDef, ICellRendererComp, ICellRendererParams, IRowNode } from 'ag-grid-community';
import type { TradeRecord } from '../../../shared/domain';

type Params = ICellRendererParams<TradeRecord> & { label: string };

/**
 * The row's selection box: one plain checkbox. AG Grid's own selection checkbox is a small component
 * of several elements and listeners, built again for every row a scroll jump shows (twice: once empty,
 * once with data); measured on 5M rows it cost about a sixth of the time a jumped-to page stays blank.
 */
export class SelectCell implements ICellRendererComp<TradeRecord> {
  private readonly input = document.createElement('input');
  private node: IRowNode<TradeRecord> | null = null;
  private readonly sync = () => {
    this.input.checked = this.node?.isSelected() === true;
    // A row drawn while its page loads is filled in place when the data arrives (loading-rows.ts).
    this.input.disabled = !this.node?.data;
  };

  init(params: Params): void {
    this.input.type = 'checkbox';
    this.input.className = 'records__select';
    this.input.setAttribute('aria-label', params.label);
    this.input.addEventListener('change', () => this.node?.setSelected(this.input.checked));
    this.attach(params.node);
  }

  getGui(): HTMLElement {
    return this.input;
  }

  refresh(params: Params): boolean {
    if (params.node !== this.node) this.attach(params.node);
    else this.sync();
    return true;
  }

  destroy(): void {
    this.node?.removeEventListener('rowSelected', this.sync);
  }

  private attach(node: IRowNode<TradeRecord>): void {
    this.node?.removeEventListener('rowSelected', this.sync);
    this.node = node;
    node.addEventListener('rowSelected', this.sync);
    this.sync();
  }
}

/** The first column: selection only, never sorted, filtered, edited or copied. */
export function selectColumn(label: string): ColDef<TradeRecord> {
  return {
    colId: 'select',
    headerName: '',
    headerTooltip: label,
    width: 44,
    resizable: false,
    sortable: false,
    suppressMovable: true,
    suppressHeaderMenuButton: true,
    cellRenderer: SelectCell,
    cellRendererParams: { label },
    cellClass: 'records__select-cell',
  };
}
