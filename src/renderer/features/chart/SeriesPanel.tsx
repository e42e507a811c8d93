import { SelectField } from '../../components/SelectField';
import { useCountryLabel } from '../../i18n/countries';
import { LineChart } from './LineChart';
import { SeriesTable } from './SeriesTable';
import { useDimensions, useSelection, useSeries, type Flow } from './use-series';

const FLOWS = [
  { value: 'total', label: 'Total trade' },
  { value: 'export', label: 'Exports' },
  { value: 'import', label: 'Imports' },
];
const FLOW_WORDS: Record<Flow, string> = { total: 'total trade', export: 'exports', import: 'imports' };

const isFlow = (v: string): v is Flow => v === 'total' || v === 'export' || v === 'import';

/** Monthly trade between one reporter and one partner, as reported by the reporter. */
export function SeriesPanel({ refreshKey }: { refreshKey: number }) {
  const { dimensions, error: dimError } = useDimensions(refreshKey);
  const label = useCountryLabel();
  const asOptions = (codes: string[]) => codes.map((c) => ({ value: c, label: label(c) }));
  const [selection, setSelection] = useSelection(dimensions);
  const { series, error } = useSeries(selection, refreshKey);
  const caption = `Monthly ${FLOW_WORDS[selection.flow]}, ${selection.reporter} reporting ${selection.partner}`;
  const points = series?.points ?? [];
  const problem = dimError ?? error;
  const hasData = Boolean(dimensions && dimensions.reporters.length > 0);
  // Total trade counts a month only where both flows have figures; say so rather than show a bare empty chart.
  const emptyText = !hasData
    ? 'No data yet. Drop a CSV file anywhere in this window to import it.'
    : selection.flow === 'total'
      ? 'No month has both exports and imports for this pair. Choose Exports or Imports to see each flow.'
      : 'No monthly figures for this selection.';

  return (
    <div className="chart">
      <div className="chart__controls">
        <SelectField label="Reporter" value={selection.reporter} options={asOptions(dimensions?.reporters ?? [])} onChange={(reporter) => setSelection({ ...selection, reporter })} />
        <SelectField label="Partner" value={selection.partner} options={asOptions(dimensions?.partners ?? [])} onChange={(partner) => setSelection({ ...selection, partner })} />
        <SelectField label="Flow" value={selection.flow} options={FLOWS} onChange={(flow) => isFlow(flow) && setSelection({ ...selection, flow })} />
        <div className="chart__caption" aria-hidden="true">
          {selection.reporter && selection.partner ? caption : ''}
          {series?.currency ? <span className="muted"> · {series.currency}</span> : null}
        </div>
      </div>
      {problem ? (
        <div className="notice notice--error" role="alert">
          {problem}
        </div>
      ) : null}
      <LineChart points={points} label={caption} currency={series?.currency ?? null} empty={emptyText} />
      <SeriesTable points={points} caption={caption} currency={series?.currency ?? null} />
    </div>
  );
}
