import type { Db } from '../../src/core/db/open';

export type StructureBytes = { name: string; bytes: number };

/**
 * Where a database's bytes go: each table and index with its pages (SQLite's dbstat), largest first,
 * the small ones folded into one line. Says what a leaner schema would have to remove.
 */
export function bytesByStructure(db: Db, minShare = 0.01): StructureBytes[] {
  const rows = db
    .prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
    .all() as StructureBytes[];
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  const big = rows.filter((r) => r.bytes >= total * minShare);
  const rest = rows.filter((r) => r.bytes < total * minShare).reduce((s, r) => s + r.bytes, 0);
  return rest > 0 ? [...big, { name: `(${rows.length - big.length} smaller tables and indexes)`, bytes: rest }] : big;
}
