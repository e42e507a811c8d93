import { useEffect, useState } from 'react';
import { api } from './api/client';
import { CorruptDatabaseScreen, useDatabaseStatus } from './features/recovery';
import { StartingFrame, Workspace } from './features/shell';
import { ViewStateProvider } from './state/view-state';

/**
 * The workspace, once the open database is known and sound: a damaged file gets the recovery screen;
 * otherwise what each view was showing is kept per database (state/view-state.ts), so the views start
 * from it on their first render.
 */
export function App() {
  const status = useDatabaseStatus();
  const [database, setDatabase] = useState<string | null>(null);
  useEffect(() => {
    // Without an answer the views still work; their state is then kept under no database in particular.
    api.appInfo({}).then(
      (info) => setDatabase(info.dbPath),
      () => setDatabase(''),
    );
  }, []);
  if (status === 'pending') return <StartingFrame />;
  if (status.state === 'damaged') return <CorruptDatabaseScreen status={status} />;
  if (database === null) return <StartingFrame />;
  return (
    <ViewStateProvider database={database}>
      <Workspace />
    </ViewStateProvider>
  );
}
