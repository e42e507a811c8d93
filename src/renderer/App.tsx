import { useCallback, useState } from 'react';
import { DropZone } from './features/import/DropZone';
import { FilePicker } from './features/import/FilePicker';
import { ImportPanel } from './features/import/ImportPanel';
import { useImport } from './features/import/use-import';
import { RecordsGrid } from './features/records/RecordsGrid';
import { SeriesPanel } from './features/chart/SeriesPanel';

export function App() {
  // Bumped when the data changes underneath the views: an import reloads the grid and the chart, an edit the chart.
  const [imports, setImports] = useState(0);
  const [edits, setEdits] = useState(0);
  const onImported = useCallback(() => setImports((n) => n + 1), []);
  const onEdited = useCallback(() => setEdits((n) => n + 1), []);
  const { state, start } = useImport(onImported);
  const busy = state.phase === 'uploading' || state.phase === 'importing';

  return (
    <div className="app">
      <DropZone onFiles={start} />
      <header className="app__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <h1>Tidemark</h1>
          <span className="muted">Customs trade statistics</span>
        </div>
        <FilePicker onFiles={start} disabled={busy} />
      </header>
      <main className="app__main">
        <section className="panel" aria-labelledby="import-heading">
          <h2 id="import-heading">Import</h2>
          <ImportPanel state={state} />
        </section>
        <section className="panel" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Monthly trade</h2>
          <SeriesPanel refreshKey={imports + edits} />
        </section>
        <section className="panel" aria-labelledby="records-heading">
          <h2 id="records-heading">Records</h2>
          <RecordsGrid refreshKey={imports} onEdited={onEdited} />
        </section>
      </main>
    </div>
  );
}
