import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites the root page of trade_row (the records) with garbage, as a failing disk might; quick_check then fails. */
export function damageDatabase(path: string): void {
  const db = new Database(path);
  const page = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'trade_row'").pluck().get() as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(size, 0xa5), 0, size, (page - 1) * size);
  closeSync(fd);
}
