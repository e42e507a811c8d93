import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, RecordSource } from '../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { encodingText } from '../../lib/encoding-text';

export type PanelKind = 'history' | 'source';

/** The history's kinds of change, as i18n keys under recordPanel.kind. */
const KINDS: Record<string, string> = {
  edit: 'edit',
  undo: 'undo',
  redo: 'redo',
  delete: 'delete',
  restore: 'restore',
  revert_batch: 'revert',
  'revert_batch (undone)': 'revertUndone',
};

const when = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
const whenShort = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** Codes, numbers and periods stay on one line; long descriptions wrap. */
const short = (v: string | null) => (v ?? '').length <= 16;

function History({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('recordPanel.noChanges')}</p>;
  return (
    <table className="record-panel__table" aria-label={t('recordPanel.historyLabel')}>
      <thead>
        <tr>
          <th>{t('recordPanel.when')}</th>
          <th>{t('recordPanel.what')}</th>
          <th>{t('recordPanel.field')}</th>
          <th>{t('recordPanel.old')}</th>
          <th>{t('recordPanel.new')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i}>
            <td className="record-panel__nowrap" title={when(e.at, i18n.language)}>
              {whenShort(e.at, i18n.language)}
            </td>
            <td className="record-panel__nowrap">{KINDS[e.kind] ? t(`recordPanel.kind.${KINDS[e.kind]}`) : e.kind}</td>
            <td className="record-panel__nowrap">
              {e.field ? t(`fieldLabel.${e.field}`, { defaultValue: e.field }) : '—'}
            </td>
            <td className={`record-panel__old${short(e.oldValue) ? ' record-panel__nowrap' : ''}`}>
              {e.field ? e.oldValue : ''}
            </td>
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
  const { t, i18n } = useTranslation();
  const empty = <span className="muted">{t('recordPanel.empty')}</span>;
  return (
    <div>
      <dl className="record-panel__facts">
        <dt>{t('recordPanel.file')}</dt>
        <dd>{src.fileName}</dd>
        <dt>{t('recordPanel.row')}</dt>
        <dd>
          {src.sheet
            ? t('recordPanel.sheetRow', { sheet: src.sheet, row: src.row })
            : t('recordPanel.rowN', { row: src.row })}
        </dd>
        <dt>{t('recordPanel.format')}</dt>
        <dd>
          {src.format} ({encodingText(src.encoding, t)})
        </dd>
        <dt>SHA-256</dt>
        <dd className="record-panel__hash">{src.sha256}</dd>
        <dt>{t('recordPanel.imported')}</dt>
        <dd>
          {when(src.importedAt, i18n.language)} · {t('recordPanel.batch', { id: src.batchId })}
          {src.batchStatus === 'reverted' ? ` ${t('recordPanel.reverted')}` : ''}
        </dd>
        {src.sourceUrl ? (
          <>
            <dt>{t('recordPanel.source')}</dt>
            <dd>
              <SourceLink url={src.sourceUrl} />
            </dd>
          </>
        ) : null}
      </dl>
      <h3 className="record-panel__sub">
        {src.edited ? t('recordPanel.asImportedEdited') : t('recordPanel.asImported')}
      </h3>
      <table className="record-panel__table" aria-label={t('recordPanel.asImportedLabel')}>
        <tbody>
          {Object.entries(src.asImported).map(([field, value]) => (
            <tr key={field}>
              <th scope="row">{t(`fieldLabel.${field}`, { defaultValue: field })}</th>
              <td>{value || empty}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {src.rawCells ? (
        <>
          <h3 className="record-panel__sub">{t('recordPanel.rawCells')}</h3>
          <table className="record-panel__table" aria-label={t('recordPanel.rawCells')} data-testid="record-raw-cells">
            <tbody>
              {src.rawCells.map((cell, i) => (
                <tr key={i}>
                  <th scope="row">{src.rawHeader?.[i] || t('recordPanel.column', { n: i + 1 })}</th>
                  <td>{cell === '' ? empty : cell}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <p className="muted record-panel__note">{t(`recordPanel.copy.${src.copy}`, { mb: src.keptLimitMb })}</p>
      {src.batchStatus === 'imported' ? (
        <button type="button" className="button button--quiet" onClick={() => onRevert(src.batchId, src.fileName)}>
          {t('recordPanel.revert', { file: src.fileName })}
        </button>
      ) : null}
    </div>
  );
}

/** The audit trail or the provenance of one record, beside the grid. */
export function RecordPanel({
  kind,
  recordId,
  version,
  onClose,
  onRevert,
}: {
  kind: PanelKind;
  recordId: number;
  version: number;
  onClose: () => void;
  onRevert: (batchId: number, fileName: string) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ history?: HistoryEntry[]; source?: RecordSource; error?: string } | null>(null);

  useEffect(() => {
    let live = true;
    const load =
      kind === 'history'
        ? api.recordHistory({ id: recordId }).then((history) => ({ history }))
        : api.recordSource({ id: recordId }).then((source) => ({ source }));
    load.then(
      (s) => live && setState(s),
      (err: unknown) => live && setState({ error: messageOf(err) }),
    );
    return () => {
      live = false;
    };
    // `version` reloads the panel when the record changes under it (an edit, an undo).
  }, [kind, recordId, version]);

  return (
    <aside
      className="record-panel"
      aria-label={t(kind === 'history' ? 'recordPanel.historyOf' : 'recordPanel.sourceOf', { id: recordId })}
      data-testid={`record-${kind}`}
    >
      <header className="record-panel__head">
        <h3>{t(kind === 'history' ? 'recordPanel.historyTitle' : 'recordPanel.sourceTitle', { id: recordId })}</h3>
        <button type="button" className="record-panel__close" aria-label={t('recordPanel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {state === null ? <p className="muted">{t('grid.loading')}</p> : null}
      {state?.error ? (
        <p className="notice notice--error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state?.history ? <History entries={state.history} /> : null}
      {state?.source ? <Source src={state.source} onRevert={onRevert} /> : null}
    </aside>
  );
}
