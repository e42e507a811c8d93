import { Workspace } from './features/shell/Workspace';

export function App() {
  return <Workspace />;
}
