import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { databaseCall } from '../../api/databases';
import { failureText } from '../../api/errors';
import { databaseFileName, datasetFolderName, type DatabaseEntry } from '../../../shared/database-names';
import { ApiError } from '../../../shared/client';
import { useTasks } from '../tasks';

/**
 * Browser host only: new and open, among the databases in the host's folder (newest first, so the list is
 * also "recent"), Parquet datasets there opened read-only, and an export as a new dataset beside the
 * database. Electron does this from its File menu with real file dialogs.
 */
export function DatabasesSection() {
  const { t } = useTranslation();
  const tasks = useTasks();
  const [current, setCurrent] = useState('');
  const [databases, setDatabases] = useState<DatabaseEntry[]>([]);
  // What the name typed is for: a new database, or the folder of a Parquet export.
  const [naming, setNaming] = useState<'database' | 'parquet' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const show = useCallback((list: { current: string; databases: DatabaseEntry[] }) => {
    setCurrent(list.current);
    setDatabases(list.databases);
  }, []);
  useEffect(() => {
    void databaseCall(API_BASE, 'list').then((r) => r.ok && show(r.value));
  }, [show]);

  const switchTo = useCallback(async (action: 'open' | 'new', target: string) => {
    const result = await databaseCall(API_BASE, action, target);
    if (!result.ok) return setError(failureText(result.error));
    // Every tab holds data from the old database; a reload starts them all afresh on the new one.
    window.location.reload();
  }, []);

  // The host writes the dataset beside the database, then lists it with the others.
  const exportParquet = useCallback(
    async (folder: string) => {
      setExporting(true);
      setStatus(t('databases.parquetRunning', { name: folder }));
      const result = await databaseCall(API_BASE, 'parquet', folder).finally(() => setExporting(false));
      if (!result.ok) {
        setStatus(null);
        return setError(failureText(result.error));
      }
      show(result.value);
      setNaming(null);
      setName('');
      setStatus(t('databases.parquetDone', { name: folder }));
    },
    [show, t],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (naming === 'parquet') {
      if (!datasetFolderName(name)) return setError(t('databases.badName'));
      return void exportParquet(name.trim());
    }
    if (!databaseFileName(name)) return setError(t('databases.badName'));
    void switchTo('new', name);
  };
  const startNaming = (what: 'database' | 'parquet') => {
    setNaming(what);
    setName('');
    setError(null);
    setStatus(null);
  };

  const others = databases.filter((d) => d.name !== current && d.kind === 'database');
  const datasets = databases.filter((d) => d.name !== current && d.kind === 'dataset');
  return (
    <div className="sidebar__databases" data-testid="sidebar-databases">
      {naming ? (
        <form onSubmit={submit} className="sidebar__new-db">
          <label htmlFor="new-db-name">
            {t(naming === 'parquet' ? 'databases.parquetNameLabel' : 'databases.nameLabel')}
          </label>
          <input
            id="new-db-name"
            autoFocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            placeholder={t(naming === 'parquet' ? 'databases.parquetPlaceholder' : 'databases.namePlaceholder')}
          />
          <button type="submit" className="button" disabled={exporting}>
            {t(naming === 'parquet' ? 'databases.parquetWrite' : 'databases.create')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setNaming(null)}>
            {t('databases.cancel')}
          </button>
        </form>
      ) : (
        <>
          <button type="button" className="button button--quiet" onClick={() => startNaming('database')}>
            {t('databases.new')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => startNaming('parquet')}>
            {t('databases.parquet')}
          </button>
        </>
      )}
      {status ? (
        <p className="muted" role="status">
          {status}
        </p>
      ) : null}
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
                  onClick={() => {
                    setError(null);
                    setStatus(t('databases.datasetOpening', { name: d.name }));
                    // A first open builds the local copy (about 12 s at 1M rows): the task bar follows its steps.
                    void tasks
                      .run(
                        'dataset',
                        d.name,
                        async () => {
                          const result = await databaseCall(API_BASE, 'dataset', d.name);
                          if (!result.ok) throw new ApiError(result.error);
                          return result.value;
                        },
                        (_, tr) => tr('task.finished', { label: d.name }),
                      )
                      .then((opened) => {
                        setStatus(null);
                        // Every tab holds data from the old database; a reload starts them all afresh on the dataset.
                        if (opened) window.location.reload();
                      });
                  }}
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
