import { CorruptDatabaseScreen, useDatabaseStatus } from './features/recovery';
import { Workspace } from './features/shell/Workspace';

export function App() {
  const status = useDatabaseStatus();
  if (status === 'pending') return null;
  if (status.state === 'damaged') return <CorruptDatabaseScreen status={status} />;
  return <Workspace />;
}
