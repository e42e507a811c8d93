import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../shared/analysis-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { DefinitionDialog } from './DefinitionDialog';
import './definitions.css';
import { useReadOnly } from '../../lib/read-only';

/**
 * The sidebar's definitions: listed with Edit and Delete, plus "New definition…". It reloads its own list
 * after a change, and whenever the workspace's list (`names`) does, so the sidebar never shows a stale name.
 */
export function DefinitionsSection({ names }: { names: string[] }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly() !== null;
  const confirmId = useId();
  const [defs, setDefs] = useState<Definition[]>([]);
  const [editing, setEditing] = useState<Definition | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Definition | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const reload = useCallback(
    () => api.listDefinitions({}).then(setDefs, (err: unknown) => setError(messageOf(err))),
    [],
  );
  const key = names.join('\n');
  useEffect(() => {
    void reload();
  }, [reload, key]);

  const remove = async (d: Definition) => {
    setDeleting(null);
    try {
      await api.deleteDefinition({ name: d.name });
      setStatus(t('definitions.deleted', { name: d.name }));
    } catch (err) {
      setError(messageOf(err));
    }
    void reload();
  };

  return (
    <>
      {error ? (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      ) : null}
      {defs.length === 0 ? <p className="muted">{t('sidebar.noDefinitions')}</p> : null}
      <ul className="sidebar__list" data-testid="sidebar-definitions">
        {defs.map((d) => (
          <li key={d.name} className="tm-defs__item">
            <span className="sidebar__item" title={[d.label, d.note].filter(Boolean).join(' — ') || d.name}>
              {d.name}
            </span>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-label={t('definitions.editLabel', { name: d.name })}
              onClick={() => setEditing(d)}
            >
              {t('definitions.edit')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-label={t('definitions.deleteLabel', { name: d.name })}
              onClick={() => setDeleting(d)}
            >
              {t('definitions.delete')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setEditing('new')}
        disabled={readOnly}
        title={readOnly ? t('readOnly.off') : undefined}
      >
        {t('definitions.new')}
      </button>
      {status ? (
        <p className="muted" role="status">
          {status}
        </p>
      ) : null}
      {editing ? (
        <DefinitionDialog
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(d) => {
            setEditing(null);
            setError(null);
            setStatus(t('definitions.saved', { name: d.name }));
            void reload();
          }}
        />
      ) : null}
      {deleting ? (
        <Modal
          labelledBy={confirmId}
          onClose={() => setDeleting(null)}
          className="tm-defs__confirm"
          testId="definition-delete"
        >
          <header className="modal__header">
            <h2 id={confirmId}>{t('definitions.confirmTitle', { name: deleting.name })}</h2>
          </header>
          <p className="modal__body">{t('definitions.confirmBody')}</p>
          <footer className="modal__footer">
            <button type="button" className="button button--quiet" autoFocus onClick={() => setDeleting(null)}>
              {t('definitions.cancel')}
            </button>
            <button type="button" className="button" onClick={() => void remove(deleting)}>
              {t('definitions.confirmDelete')}
            </button>
          </footer>
        </Modal>
      ) : null}
    </>
  );
}
