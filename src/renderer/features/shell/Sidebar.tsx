import { useTranslation } from 'react-i18next';
import { bridge } from '../../api/bridge';
import { useFormat } from '../../i18n/format';
import { DefinitionsSection } from '../definitions';
import { DatabasesSection } from './DatabasesSection';
import { DatabaseSpace } from './DatabaseSpace';
import type { WorkspaceData } from './use-workspace-data';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The open database and what is in it: batches (with their rejects), definitions, saved views. */
export function Sidebar({
  data,
  onShowRejects,
  onShowBatch,
}: {
  data: WorkspaceData;
  onShowRejects: (batchId: number) => void;
  onShowBatch: (batchId: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { info, batches, definitions, views, error } = data;
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      {error ? (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      ) : null}
      <section className="sidebar__section">
        <h2>{t('sidebar.database')}</h2>
        {info ? (
          <div className="sidebar__db" title={info.readOnly?.dataset ?? info.dbPath} data-testid="sidebar-db">
            <div className="sidebar__db-name">{baseName(info.readOnly?.dataset ?? info.dbPath)}</div>
            {info.readOnly ? <div className="muted">{t('readOnly.badge')}</div> : null}
            <div className="muted">
              {t('sidebar.records', { count: info.records })} · {t('sidebar.schema', { version: info.schemaVersion })}
            </div>
            {info.space ? <DatabaseSpace space={info.space} fileName={baseName(info.dbPath)} /> : null}
          </div>
        ) : null}
        {bridge ? <p className="sidebar__note muted">{t('sidebar.electronNote')}</p> : <DatabasesSection />}
      </section>
      <section className="sidebar__section">
        <h2>{t('sidebar.batches')}</h2>
        {batches.length === 0 ? <p className="muted">{t('sidebar.noBatches')}</p> : null}
        <ul className="sidebar__list" data-testid="sidebar-batches">
          {batches.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="sidebar__item sidebar__link"
                title={`${b.fileName} · ${f.when(b.startedAt)}`}
                onClick={() => onShowBatch(b.id)}
              >
                {b.fileName}
              </button>
              {b.rowsRejected > 0 ? (
                <button
                  type="button"
                  className="badge badge--danger"
                  onClick={() => onShowRejects(b.id)}
                  aria-label={t('sidebar.rejectsLabel', { count: b.rowsRejected, file: b.fileName })}
                >
                  {t('sidebar.rejects', { count: b.rowsRejected })}
                </button>
              ) : b.status === 'reverted' ? (
                <span className="badge" title={t('sidebar.revertedTitle')}>
                  {t('sidebar.reverted')}
                </span>
              ) : (
                <span className="badge">{f.int(b.rowsImported)}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="sidebar__section">
        <h2>{t('sidebar.definitions')}</h2>
        <DefinitionsSection names={definitions.map((d) => d.name)} />
      </section>
      <section className="sidebar__section">
        <h2>{t('sidebar.views')}</h2>
        {views.length === 0 ? <p className="muted">{t('sidebar.noViews')}</p> : null}
        <ul className="sidebar__list">
          {views.map((v) => (
            <li key={v.name}>
              <span className="sidebar__item" title={f.when(v.detail)}>
                {v.name}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </nav>
  );
}
