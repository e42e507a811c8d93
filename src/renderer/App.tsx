import { useEffect, useState } from 'react';
import { api } from './api/client';
import { Workspace } from './features/shell/Workspace';
import { ViewStateProvider } from './state/view-state';

/**
 * The workspace, once the open database is known: what each view was showing is kept per database
 * (state/view-state.ts), so the views start from it on their first render.
 */
export function App() {
  const [database, setDatabase] = useState<string | null>(null);
  useEffect(() => {
    // Without an answer the views still work; their state is then kept under no database in particular.
    api.appInfo({}).then(
      (info) => setDatabase(info.dbPath),
      () => setDatabase(''),
    );
  }, []);
  if (database === null) return null;
  return (
    <ViewStateProvider database={database}>
      <Workspace />
    </ViewStateProvider>
  );
}
