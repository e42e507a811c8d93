import type { ColDef, ITooltipParams, ValueFormatterParams, ValueParserParams } from 'ag-grid-community';
import { EditableField, type Dimensions, type TradeRecord } from '../../../shared/domain';
import { heldSplits, splitLabel } from './split-labels';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';

/** Grouped digits in the UI's language (1,273,194 in both English and Korean): a grid shows the exact figure. */
function numberFormatter(locale: string) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return (p: ValueFormatterParams<TradeRecord>) =>
    typeof p.value === 'number' ? format.format(p.value) : (p.value ?? '');
}

const text = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: ['contains', 'equals', 'startsWith'], maxNumConditions: 1, debounceMs: 300 },
};
const exact = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: ['equals'], maxNumConditions: 1, debounceMs: 300 },
};
const numeric = { ...exact, valueFormatter: numberFormatter('en-US'), cellClass: 'num', headerClass: 'num' };

/**
 * The flows in the UI's language, as the rest of the UI names them: an English grid says Imports and a
 * Korean one 수입, not the stored `import`. The stored word is still what the grid copies and exports.
 */
const FLOW_LABELS: Record<string, Record<string, string>> = { en: en.flow, ko: ko.flow };

/** A flow typed in the grid (a filter, an edit) as stored: 수입 or Imports → import; anything else as typed. */
export function storedFlow(typed: string): string {
  const text = typed.trim().toLowerCase();
  for (const labels of Object.values(FLOW_LABELS))
    for (const [stored, label] of Object.entries(labels)) if (label.toLowerCase() === text) return stored;
  return typed;
}

/**
 * The stored flows whose label a partial filter matches as the grid shows it: 수 is in 수입, 수출, 재수출
 * and 재수입, so it stands for all four; null when it is in no label (it is then matched as typed).
 */
export function flowsLabelled(op: 'contains' | 'startsWith', typed: string): string[] | null {
  const text = typed.trim().toLowerCase();
  const hits = Object.values(FLOW_LABELS).flatMap((labels) =>
    Object.entries(labels).flatMap(([stored, label]) => {
      const shown = label.toLowerCase();
      return (op === 'contains' ? shown.includes(text) : shown.startsWith(text)) ? [stored] : [];
    }),
  );
  return text && hits.length ? [...new Set(hits)] : null;
}

export function isEditableField(field: string | undefined): field is EditableField {
  return EditableField.safeParse(field).success;
}

/**
 * Description's least width: it takes what is left, and at 1024 px (Reporter and Class. moved after it) 104 px
 * is what is left beside Period, Partner, Flow, Code and the pinned figure.
 */
export const DESCRIPTION_MIN = 104;

/**
 * The records grid's columns. Editable ones are exactly those `updateRecord` accepts. The widths are where
 * the grid starts; once rows arrive each column is sized to its content (use-grid-view-state.ts) and
 * Description takes what is left.
 */
const base: ColDef<TradeRecord>[] = [
  { field: 'period', headerName: 'Period', width: 104, ...text },
  { field: 'reporter', headerName: 'Reporter', width: 100, ...text },
  { field: 'partner', headerName: 'Partner', width: 94, ...text },
  { field: 'flow', headerName: 'Flow', width: 88, ...text },
  { field: 'classification', headerName: 'Class.', width: 82, ...text },
  { field: 'code', headerName: 'Code', width: 100, ...text },
  { field: 'description', headerName: 'Description', flex: 1, minWidth: DESCRIPTION_MIN, ...text },
  // Sized to the rows in view, Value would fit 227,700,000 and cut a later 2,220,000,000: it keeps room for billions.
  { field: 'value', headerName: 'Value', width: 132, minWidth: 120, ...numeric },
  { field: 'currency', headerName: 'Cur.', width: 76, ...exact },
  { field: 'quantity', headerName: 'Quantity', width: 112, ...numeric },
  { field: 'unit', headerName: 'Unit', width: 76, ...text },
];

/** Reporter and partner cells, named ("Germany (DEU)"): sized to their names up to a cap (use-grid-view-state.ts). */
const AREA_FIELDS: ReadonlySet<string> = new Set(['reporter', 'partner']);

export const columns: ColDef<TradeRecord>[] = base.map((col) => ({ ...col, editable: isEditableField(col.field) }));

/**
 * What a split row is a part of its figure's total by: shown beside the code (as the import preview shows
 * them), only where the database holds rows split so, and never edited (a split is what the file said).
 * Without them a China customs download by province read as the same row three times.
 */
const splitColumn = (field: 'regime' | 'province' | 'mot' | 'partner2'): ColDef<TradeRecord> => ({
  field,
  width: 96,
  // A regime's name runs long ("Aid or Donation Between Governments or by International Organizations"): the
  // cell starts with the code, and its title holds the rest.
  maxWidth: 240,
  editable: false,
  ...text,
});

/**
 * The columns in the UI's language: numbers grouped for its locale, reporter and partner cells named
 * ("Germany (DEU)", "독일 (DEU)") by `areaLabel`, flows named (Exports, 수출); their value, filters and
 * edits stay the code or the stored word. The split columns `splits` holds (the core's dimensions) come
 * after the code, each cell its stored value and the name the core gave it ("21 · Liaoning").
 */
export function localColumns(
  locale: string,
  areaLabel: (code: string) => string = (code) => code,
  splits: Dimensions['splits'] = {},
): ColDef<TradeRecord>[] {
  const valueFormatter = numberFormatter(locale);
  const area = (p: ValueFormatterParams<TradeRecord>) => (typeof p.value === 'string' ? areaLabel(p.value) : '');
  const flows = FLOW_LABELS[locale.slice(0, 2)] ?? FLOW_LABELS.en;
  const flow = (p: ValueFormatterParams<TradeRecord>) =>
    typeof p.value === 'string' ? (flows?.[p.value] ?? p.value) : '';
  const lang = locale.slice(0, 2);
  const held = heldSplits(splits).map((field) => {
    const label = (p: ValueFormatterParams<TradeRecord> | ITooltipParams<TradeRecord>) =>
      typeof p.value === 'string' ? splitLabel(field, p.value, lang, splits) : '';
    return { ...splitColumn(field), valueFormatter: label, tooltipValueGetter: label };
  });
  const at = columns.findIndex((c) => c.field === 'code') + 1;
  const local = columns.map((c) => {
    if (c.valueFormatter) return { ...c, valueFormatter };
    if (AREA_FIELDS.has(c.field ?? '')) return { ...c, valueFormatter: area };
    // Shown in the UI's language; an edit typed as shown (수출) is stored as the word it stands for.
    if (c.field === 'flow' && flows)
      return {
        ...c,
        valueFormatter: flow,
        valueParser: (p: ValueParserParams<TradeRecord>) => storedFlow(String(p.newValue ?? '')),
      };
    return c;
  });
  return [...local.slice(0, at), ...held, ...local.slice(at)];
}
