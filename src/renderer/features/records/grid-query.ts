import type { FilterModel, GridApi, SortModelItem } from 'ag-grid-community';
import { RecordColumn, type ColumnFilter, type RecordsQuery } from '../../../shared/domain';
import { areasLabelled } from '../../i18n/countries';
import { flowsLabelled, storedFlow } from './columns';
import { splitsLabelled } from './split-labels';

type Query = Pick<RecordsQuery, 'sort' | 'filters'>;
type Op = 'equals' | 'contains' | 'startsWith';
const OPS: readonly string[] = ['equals', 'contains', 'startsWith'] satisfies Op[];

function isOp(value: unknown): value is Op {
  return typeof value === 'string' && OPS.includes(value);
}

function isColumn(value: string): value is RecordColumn {
  return RecordColumn.safeParse(value).success;
}

/**
 * A flow is filtered as the grid shows it: 수입 in a Korean grid, or Imports in an English one, asks for
 * the stored `import`, and a part of a label (수, exp) for every flow whose label holds it. Text in no
 * label (the stored word itself, or a flow no label names) is matched as typed by the core.
 */
function flowFilter(op: Op, typed: string): ColumnFilter {
  if (op === 'equals') return { op, value: storedFlow(typed) };
  const values = flowsLabelled(op, typed);
  return values ? { op: 'oneOf', value: typed, values } : { op, value: typed };
}

/**
 * A reporter or partner is filtered as the grid shows it: "North Korea" or 북한 asks for PRK, and "Korea"
 * for every held code whose name holds it. The core alone matches only the stored code, so a filter
 * typed as the cells read found no row at all.
 */
function areaFilter(op: Op, typed: string): ColumnFilter {
  const codes = areasLabelled(op, typed);
  if (!codes) return { op, value: typed };
  return op === 'equals' && codes.length === 1
    ? { op, value: codes[0]! }
    : { op: 'oneOf', value: typed, values: codes };
}

/**
 * A customs regime, province, transport or second partner is filtered as the grid shows it too: "Liaoning"
 * or 랴오닝 asks for the stored 21, and text in no code or name is matched as typed.
 */
function splitFilter(column: 'regime' | 'province' | 'mot' | 'partner2', op: Op, typed: string): ColumnFilter {
  const values = splitsLabelled(column, op, typed);
  if (!values) return { op, value: typed };
  return op === 'equals' && values.length === 1 ? { op, value: values[0]! } : { op: 'oneOf', value: typed, values };
}

/** AG Grid's sort and text-filter models, as the core's query; the core does the sorting and filtering. */
export function toRecordsQuery(sortModel: SortModelItem[], filterModel: FilterModel | null): Required<Query> {
  const first = sortModel[0];
  const sort =
    first && isColumn(first.colId)
      ? { column: first.colId, dir: first.sort }
      : { column: 'id' as const, dir: 'asc' as const };
  const filters: NonNullable<Query['filters']> = {};
  for (const [colId, model] of Object.entries(filterModel ?? {})) {
    if (!isColumn(colId) || typeof model !== 'object' || model === null) continue;
    const { type, filter } = model as { type?: unknown; filter?: unknown };
    if (isOp(type) && (typeof filter === 'string' || typeof filter === 'number') && String(filter) !== '') {
      const typed = String(filter);
      filters[colId] =
        colId === 'flow'
          ? flowFilter(type, typed)
          : colId === 'reporter' || colId === 'partner'
            ? areaFilter(type, typed)
            : colId === 'regime' || colId === 'province' || colId === 'mot' || colId === 'partner2'
              ? splitFilter(colId, type, typed)
              : { op: type, value: typed };
    }
  }
  return { sort, filters };
}

/** The query the grid's sort and filters stand for now: after a sort is clicked, before AG Grid has asked for it. */
export function gridQuery(api: GridApi): Required<Query> {
  const sortModel = api
    .getColumnState()
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }));
  return toRecordsQuery(sortModel, api.getFilterModel());
}
