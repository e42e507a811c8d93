import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Overwrites a page of `table` (by default trade_row, the records) with garbage, as a failing disk might; quick_check
 * then fails. `where`: its root page, or a leaf in the middle of it, which neither its first nor its last row is on.
 */
export function damageDatabase(path: string, table = 'trade_row', where: 'root' | 'middle' = 'root'): void {
  const db = new Database(path);
  const page = (
    where === 'root'
      ? db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table)
      : db
          .prepare(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = ? AND pagetype = 'leaf')",
          )
          .pluck()
          .get(table, table)
  ) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(size, 0xa5), 0, size, (page - 1) * size);
  closeSync(fd);
}
