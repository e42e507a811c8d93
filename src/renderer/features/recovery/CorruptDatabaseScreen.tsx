import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseStatus } from '../../../shared/database-status';
import { api } from '../../api/client';
import { failureText, messageOf } from '../../api/errors';

type Damaged = Extract<DatabaseStatus, { state: 'damaged' }>;

/** Instead of the workspace, when the database failed its check on open: what happened, and the backup to open. */
export function CorruptDatabaseScreen({ status }: { status: Damaged }) {
  const { t, i18n } = useTranslation();
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const file = status.dbPath.split(/[\\/]/).pop() ?? status.dbPath;
  const when = status.backup
    ? new Date(status.backup.takenAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' })
    : '';

  // The core's account of what happened, in the UI's language, with the backup's time as the lead gives it.
  const details = failureText({ ...status, params: status.params && { ...status.params, takenAt: when } });

  const open = async () => {
    setOpening(true);
    setError(null);
    try {
      await api.restoreBackup({});
      // Every view starts afresh on the restored database.
      window.location.reload();
    } catch (err) {
      setError(messageOf(err));
      setOpening(false);
    }
  };

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{t('recovery.lead', { file })}</p>
      <p>
        {status.movedTo
          ? t('recovery.movedTo', { path: status.movedTo })
          : t('recovery.notMoved', { path: status.dbPath })}
      </p>
      <p>{status.backup ? t('recovery.backup', { when }) : t('recovery.noBackup')}</p>
      {status.backup ? (
        <button type="button" className="button" onClick={() => void open()} disabled={opening} autoFocus>
          {opening ? t('recovery.opening') : t('recovery.open')}
        </button>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <details>
        <summary>{t('recovery.details')}</summary>
        <p className="muted">{details}</p>
      </details>
    </main>
  );
}
