import { useEffect, useState } from 'react';
import type { HistoryEntry, RecordSource } from '../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

export type PanelKind = 'history' | 'source';

const KIND_LABEL: Record<string, string> = {
  edit: 'Edited', undo: 'Undone', redo: 'Redone', delete: 'Deleted', restore: 'Restored',
  revert_batch: 'Import reverted', 'revert_batch (undone)': 'Import revert undone',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const whenShort = (iso: string) => new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Codes, numbers and periods stay on one line; long descriptions wrap. */
const short = (v: string | null) => (v ?? '').length <= 16;

function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">No changes: this record is as it was imported.</p>;
  return (
    <table className="record-panel__table" aria-label="Change history">
      <thead>
        <tr><th>When</th><th>What</th><th>Field</th><th>Old</th><th>New</th></tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i}>
            <td className="record-panel__nowrap" title={when(e.at)}>{whenShort(e.at)}</td>
            <td className="record-panel__nowrap">{KIND_LABEL[e.kind] ?? e.kind}</td>
            <td className="record-panel__nowrap">{e.field || '—'}</td>
            <td className={`record-panel__old${short(e.oldValue) ? ' record-panel__nowrap' : ''}`}>{e.field ? e.oldValue : ''}</td>
            <td className={short(e.newValue) ? 'record-panel__nowrap' : undefined}>{e.field ? e.newValue : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A record's source URL as a link: a new tab in the browser host; in the desktop app main hands http(s)
 * links to the system browser (security.ts) and opens nothing else. Other text stays text.
 */
function SourceLink({ url }: { url: string }) {
  const web = /^https?:\/\//i.test(url);
  return web ? (
    <a href={url} target="_blank" rel="noopener noreferrer" data-testid="source-url">
      {url}
    </a>
  ) : (
    <>{url}</>
  );
}

function Source({ src, onRevert }: { src: RecordSource; onRevert: (batchId: number, fileName: string) => void }) {
  return (
    <div>
      <dl className="record-panel__facts">
        <dt>File</dt><dd>{src.fileName}</dd>
        <dt>Row</dt><dd>{src.sheet ? `${src.sheet}, row ${src.row}` : `row ${src.row}`}</dd>
        <dt>Format</dt><dd>{src.format} ({src.encoding})</dd>
        <dt>SHA-256</dt><dd className="record-panel__hash">{src.sha256}</dd>
        <dt>Imported</dt><dd>{when(src.importedAt)} · batch {src.batchId}{src.batchStatus === 'reverted' ? ' (reverted)' : ''}</dd>
        {src.sourceUrl ? (<><dt>Source</dt><dd><SourceLink url={src.sourceUrl} /></dd></>) : null}
      </dl>
      <h3 className="record-panel__sub">{src.edited ? 'As imported, before your edits' : 'As imported (not edited)'}</h3>
      <table className="record-panel__table" aria-label="Values as imported">
        <tbody>
          {Object.entries(src.asImported).map(([field, value]) => (
            <tr key={field}><th scope="row">{field}</th><td>{value || <span className="muted">(empty)</span>}</td></tr>
          ))}
        </tbody>
      </table>
      {src.rawCells ? (
        <>
          <h3 className="record-panel__sub">Raw cells in the file</h3>
          <table className="record-panel__table" aria-label="Raw cells in the file" data-testid="record-raw-cells">
            <tbody>
              {src.rawCells.map((cell, i) => (
                <tr key={i}><th scope="row">{src.rawHeader?.[i] || `column ${i + 1}`}</th><td>{cell === '' ? <span className="muted">(empty)</span> : cell}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <p className="muted record-panel__note">{src.note}</p>
      {src.batchStatus === 'imported' ? (
        <button type="button" className="button button--quiet" onClick={() => onRevert(src.batchId, src.fileName)}>
          Revert the whole import of {src.fileName}
        </button>
      ) : null}
    </div>
  );
}

/** The audit trail or the provenance of one record, beside the grid. */
export function RecordPanel({ kind, recordId, version, onClose, onRevert }: { kind: PanelKind; recordId: number; version: number; onClose: () => void; onRevert: (batchId: number, fileName: string) => void }) {
  const [state, setState] = useState<{ history?: HistoryEntry[]; source?: RecordSource; error?: string } | null>(null);

  useEffect(() => {
    let live = true;
    const load = kind === 'history' ? api.recordHistory({ id: recordId }).then((history) => ({ history })) : api.recordSource({ id: recordId }).then((source) => ({ source }));
    load.then((s) => live && setState(s), (err: unknown) => live && setState({ error: messageOf(err) }));
    return () => {
      live = false;
    };
    // `version` reloads the panel when the record changes under it (an edit, an undo).
  }, [kind, recordId, version]);

  return (
    <aside className="record-panel" aria-label={kind === 'history' ? `History of record ${recordId}` : `Source of record ${recordId}`} data-testid={`record-${kind}`}>
      <header className="record-panel__head">
        <h3>{kind === 'history' ? 'History' : 'Source'} · record {recordId}</h3>
        <button type="button" className="record-panel__close" aria-label="Close panel" onClick={onClose}>×</button>
      </header>
      {state === null ? <p className="muted">Loading…</p> : null}
      {state?.error ? <p className="notice notice--error" role="alert">{state.error}</p> : null}
      {state?.history ? <History entries={state.history} /> : null}
      {state?.source ? <Source src={state.source} onRevert={onRevert} /> : null}
    </aside>
  );
}
