import type { GridView } from '../../shared/domain';
import type { Db } from './open';

/** The grid's saved views (grid_view): a name and the grid's state as the renderer wrote it. */
export function createSavedViews(db: Db) {
  const save = db.prepare(
    'INSERT INTO grid_view (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  const list = db.prepare('SELECT name, state, updated_at AS updatedAt FROM grid_view ORDER BY name');
  return {
    saveView: (name: string, state: string): GridView => {
      const updatedAt = new Date().toISOString();
      save.run(name, state, updatedAt);
      return { name, state, updatedAt };
    },
    listViews: () => list.all() as GridView[],
  };
}
