import type { WatchEntry } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import type { Db } from './open';
import { VALUE_MILLI_SQL } from './series-repo';

type Row = { id: number; code: string; description: string; resolution: string; paragraph: string; direction: WatchEntry['direction']; in_force: string; note: string; source: 'unsc' | 'user' };
export type WatchHitRow = { period: string; reporter: string; flow: string; code: string; currency: string; milli: number; entries: string };

/** The sanctions watchlist (seeded from the UNSC resolutions, editable) and the flows that touch it. */
export function createWatchlistRepo(db: Db) {
  const all = db.prepare('SELECT * FROM watchlist_entry ORDER BY resolution, CAST(paragraph AS INTEGER), code');
  const insert = db.prepare(`INSERT INTO watchlist_entry (code, description, resolution, paragraph, direction, in_force, note, source)
    VALUES (:code, :description, :resolution, :paragraph, :direction, :inForce, :note, :source)`);
  const update = db.prepare(`UPDATE watchlist_entry SET code = :code, description = :description, resolution = :resolution, paragraph = :paragraph,
    direction = :direction, in_force = :inForce, note = :note WHERE id = :id`);
  const remove = db.prepare('DELETE FROM watchlist_entry WHERE id = ?');
  // A flow from North Korea is a PRK-partner import, or a PRK-reported export; into it, the reverse.
  // Only months from the resolution's adoption count: earlier trade was not banned.
  const hits = db.prepare(`SELECT r.period, r.reporter, r.flow, r.code, r.currency, SUM(${VALUE_MILLI_SQL.replace(/value/g, 'r.value')}) AS milli,
      group_concat(DISTINCT w.resolution || ' ¶' || w.paragraph) AS entries
    FROM watchlist_entry w JOIN trade_record r
      ON r.code >= w.code AND r.code < w.code || 'z'
     AND r.period >= w.in_force
     AND ((w.direction = 'export_from_prk' AND ((r.partner = 'PRK' AND r.flow = 'import') OR (r.reporter = 'PRK' AND r.flow = 'export')))
       OR (w.direction = 'import_to_prk' AND ((r.partner = 'PRK' AND r.flow = 'export') OR (r.reporter = 'PRK' AND r.flow = 'import'))))
    WHERE r.superseded_by IS NULL AND r.deleted_by IS NULL AND r.is_aggregate = 0 AND r.freq = 'month'
      AND (:reporter IS NULL OR r.reporter = :reporter) AND (:from IS NULL OR r.period >= :from) AND (:to IS NULL OR r.period <= :to)
    GROUP BY r.period, r.reporter, r.flow, r.code, r.currency HAVING milli <> 0
    ORDER BY r.period, r.reporter, r.flow, milli DESC`);

  const toEntry = (r: Row): WatchEntry => ({ id: r.id, code: r.code, description: r.description, resolution: r.resolution, paragraph: r.paragraph, direction: r.direction, inForce: r.in_force, note: r.note, source: r.source });

  return {
    list: (): WatchEntry[] => (all.all() as Row[]).map(toEntry),
    save(e: WatchEntry): WatchEntry {
      const params = { ...e, note: e.note ?? '' };
      try {
        if (e.id === undefined) return { ...e, id: Number(insert.run({ ...params, source: 'user' }).lastInsertRowid), source: 'user' };
        if (update.run(params).changes === 0) throw new AppError('not_found', `Watchlist entry ${e.id} no longer exists.`);
        return e;
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AppError('conflict', `HS ${e.code} is already listed under ${e.resolution} ¶${e.paragraph} for that direction.`);
        throw err;
      }
    },
    delete: (id: number) => ({ deleted: remove.run(id).changes > 0 }),
    hits: (reporter: string | null, from: string | null, to: string | null) => hits.all({ reporter, from, to }) as WatchHitRow[],
  };
}
export type WatchlistRepo = ReturnType<typeof createWatchlistRepo>;
