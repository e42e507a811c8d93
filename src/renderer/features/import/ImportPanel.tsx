import { ProgressBar } from '../../components/ProgressBar';
import { ImportSummary } from './ImportSummary';
import type { ImportState } from './use-import';

const n = (x: number) => x.toLocaleString('en-US');

function progressOf(state: ImportState): { percent: number | null; detail: string } {
  switch (state.phase) {
    case 'uploading':
      return { percent: null, detail: `Reading ${state.names.join(', ')}…` };
    case 'importing':
      return state.progress
        ? { percent: state.progress.percent, detail: `${state.progress.file}: ${n(state.progress.rows)} rows · ${Math.round(state.progress.percent)}%` }
        : { percent: null, detail: 'Starting import…' };
    case 'done': {
      const rows = state.reports.reduce((sum, r) => sum + r.rowsRead, 0);
      return { percent: 100, detail: `Done: ${n(rows)} rows read from ${state.reports.length} file${state.reports.length === 1 ? '' : 's'} · 100%` };
    }
    default:
      return { percent: 0, detail: '' };
  }
}

/** Where an import shows itself: progress while it runs, then what happened to each file. */
export function ImportPanel({ state }: { state: ImportState }) {
  if (state.phase === 'idle') {
    return <p className="hint">Drop CSV files anywhere in this window to import them.</p>;
  }
  if (state.phase === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        Could not import {state.names.join(', ')}: {state.message}
      </div>
    );
  }
  const { percent, detail } = progressOf(state);
  return (
    <div className="import-panel" aria-live="polite">
      <ProgressBar label="Import progress" percent={percent} detail={detail} />
      {state.phase === 'done' ? <ImportSummary reports={state.reports} /> : null}
    </div>
  );
}
