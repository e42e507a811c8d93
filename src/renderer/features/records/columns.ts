import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { EditableField, type TradeRecord } from '../../../shared/domain';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const formatNumber = (p: ValueFormatterParams<TradeRecord>) => (typeof p.value === 'number' ? integer.format(p.value) : (p.value ?? ''));

const text = { filter: 'agTextColumnFilter', filterParams: { filterOptions: ['contains', 'equals', 'startsWith'], maxNumConditions: 1, debounceMs: 300 } };
const exact = { filter: 'agTextColumnFilter', filterParams: { filterOptions: ['equals'], maxNumConditions: 1, debounceMs: 300 } };
const numeric = { ...exact, valueFormatter: formatNumber, cellClass: 'num', headerClass: 'num' };

export function isEditableField(field: string | undefined): field is EditableField {
  return EditableField.safeParse(field).success;
}

/** The records grid's columns. Editable ones are exactly those `updateRecord` accepts. */
const base: ColDef<TradeRecord>[] = [
  { field: 'period', headerName: 'Period', width: 104, ...text },
  { field: 'reporter', headerName: 'Reporter', width: 100, ...text },
  { field: 'partner', headerName: 'Partner', width: 94, ...text },
  { field: 'flow', headerName: 'Flow', width: 88, ...text },
  { field: 'classification', headerName: 'Class.', width: 82, ...text },
  { field: 'code', headerName: 'Code', width: 100, ...text },
  { field: 'description', headerName: 'Description', flex: 1, minWidth: 200, ...text },
  { field: 'value', headerName: 'Value', width: 132, ...numeric },
  { field: 'currency', headerName: 'Cur.', width: 76, ...exact },
  { field: 'quantity', headerName: 'Quantity', width: 112, ...numeric },
  { field: 'unit', headerName: 'Unit', width: 76, ...text },
];

export const columns: ColDef<TradeRecord>[] = base.map((col) => ({ ...col, editable: isEditableField(col.field) }));

/** Reporter and partner cells show the area's name beside its code ("Germany (DEU)"); the value, filters and edits stay the code. */
export function areaCells(field: string | undefined, label: (code: string) => string): Partial<ColDef<TradeRecord>> {
  if (field !== 'reporter' && field !== 'partner') return {};
  return { valueFormatter: (p: ValueFormatterParams<TradeRecord>) => (typeof p.value === 'string' ? label(p.value) : '') };
}
