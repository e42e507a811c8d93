import { useEffect, useState } from 'react';
import type { DatabaseStatus } from '../../../shared/database-status';
import { api } from '../../api/client';

/**
 * Asked once per page load, before the workspace asks for anything: whether the database opened cleanly.
 * 'pending' until the answer comes; a failed question counts as 'ok' (the workspace then shows its own errors).
 */
export function useDatabaseStatus(): DatabaseStatus | 'pending' {
  const [status, setStatus] = useState<DatabaseStatus | 'pending'>('pending');
  useEffect(() => {
    api.databaseStatus({}).then(setStatus, () => setStatus({ state: 'ok' }));
  }, []);
  return status;
}
