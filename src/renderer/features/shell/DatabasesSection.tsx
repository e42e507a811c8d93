import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { databaseCall } from '../../api/databases';
import { databaseFileName, type DatabaseEntry } from '../../../shared/database-names';

/**
 * Browser host only: new and open, among the databases in the host's folder (newest first, so the list is
 * also "recent"). Electron does this from its File menu with real file dialogs.
 */
export function DatabasesSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [databases, setDatabases] = useState<DatabaseEntry[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void databaseCall(API_BASE, 'list').then((r) => {
      if (r.ok) {
        setCurrent(r.value.current);
        setDatabases(r.value.databases);
      }
    });
  }, []);

  const switchTo = useCallback(async (action: 'open' | 'new' | 'dataset', target: string) => {
    const result = await databaseCall(API_BASE, action, target);
    if (!result.ok) return setError(result.error.message);
    // Every tab holds data from the old database; a reload starts them all afresh on the new one.
    window.location.reload();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!databaseFileName(name)) return setError(t('databases.badName'));
    void switchTo('new', name);
  };

  const others = databases.filter((d) => d.name !== current && d.kind === 'database');
  const datasets = databases.filter((d) => d.name !== current && d.kind === 'dataset');
  return (
    <div className="sidebar__databases" data-testid="sidebar-databases">
      {naming ? (
        <form onSubmit={submit} className="sidebar__new-db">
          <label htmlFor="new-db-name">{t('databases.nameLabel')}</label>
          <input
            id="new-db-name"
            autoFocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            placeholder={t('databases.namePlaceholder')}
          />
          <button type="submit" className="button">
            {t('databases.create')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setNaming(false)}>
            {t('databases.cancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setNaming(true);
            setError(null);
          }}
        >
          {t('databases.new')}
        </button>
      )}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3 className="muted">{t('databases.open')}</h3>
          <ul className="sidebar__list" aria-label={t('databases.open')}>
            {others.map((d) => (
              <li key={d.name}>
                <button
                  type="button"
                  className="sidebar__item sidebar__link"
                  title={d.modified}
                  aria-label={t('databases.openLabel', { name: d.name })}
                  onClick={() => void switchTo('open', d.name)}
                >
                  {d.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {datasets.length > 0 ? (
        <>
          <h3 className="muted">{t('databases.datasets')}</h3>
          <ul className="sidebar__list" aria-label={t('databases.datasets')} data-testid="sidebar-datasets">
            {datasets.map((d) => (
              <li key={d.name}>
                <button
                  type="button"
                  className="sidebar__item sidebar__link"
                  title={d.modified}
                  aria-label={t('databases.openDatasetLabel', { name: d.name })}
                  onClick={() => void switchTo('dataset', d.name)}
                >
                  {d.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
