import type { WatchEntry } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import type { Db } from './open';
import { FAMILY_SQL, SLICE_SQL } from './summary-repo';
import { currentRow } from './current-row';

type Row = {
  id: number;
  code: string;
  description: string;
  resolution: string;
  paragraph: string;
  direction: WatchEntry['direction'];
  in_force: string;
  note: string;
  source: 'unsc' | 'user';
};
/** A current row in a watched code: its cell, split and value, and the entries (code, resolution ¶) it falls under. */
export type WatchRow = {
  period: string;
  reporter: string;
  partner: string;
  flow: string;
  currency: string;
  months: number;
  classification: string;
  code: string;
  slice: number;
  milli: number;
  entries: string;
};

/** The sanctions watchlist (seeded from the UNSC resolutions, editable) and the flows that touch it. */
export function createWatchlistRepo(db: Db) {
  const all = db.prepare('SELECT * FROM watchlist_entry ORDER BY resolution, CAST(paragraph AS INTEGER), code');
  const insert =
    db.prepare(`INSERT INTO watchlist_entry (code, description, resolution, paragraph, direction, in_force, note, source)
    VALUES (:code, :description, :resolution, :paragraph, :direction, :inForce, :note, :source)`);
  const update =
    db.prepare(`UPDATE watchlist_entry SET code = :code, description = :description, resolution = :resolution, paragraph = :paragraph,
    direction = :direction, in_force = :inForce, note = :note WHERE id = :id`);
  const remove = db.prepare('DELETE FROM watchlist_entry WHERE id = ?');
  // A flow from North Korea is a PRK-partner import, or a PRK-reported export; into it, the reverse.
  // Only months from the resolution's adoption count: earlier trade was not banned. Only HS codes:
  // the watchlist names HS headings, and SITC 03 is not HS 03. Each row comes with its split, so the
  // caller counts each cell's total slice (or one split) at its top-most held code, once.
  const rows =
    db.prepare(`SELECT r.period, r.reporter, r.partner, r.flow, r.currency, r.period_months AS months, r.classification, r.code, ${SLICE_SQL} AS slice,
      r.value_milli AS milli, group_concat(DISTINCT w.code || char(0) || w.resolution || ' ¶' || w.paragraph) AS entries
    FROM watchlist_entry w JOIN trade_record r
      ON r.code >= w.code AND r.code < w.code || 'z'
     AND r.period >= w.in_force
     AND ((w.direction = 'export_from_prk' AND ((r.partner = 'PRK' AND r.flow = 'import') OR (r.reporter = 'PRK' AND r.flow = 'export')))
       OR (w.direction = 'import_to_prk' AND ((r.partner = 'PRK' AND r.flow = 'export') OR (r.reporter = 'PRK' AND r.flow = 'import'))))
    WHERE ${currentRow('r')} AND r.freq = 'month' AND ${FAMILY_SQL.replace(/classification/g, 'r.classification')} = 'HS'
      AND (:reporter IS NULL OR r.reporter = :reporter) AND (:from IS NULL OR r.period >= :from) AND (:to IS NULL OR r.period <= :to)
    GROUP BY r.id ORDER BY r.period, r.reporter, r.flow`);

  const toEntry = (r: Row): WatchEntry => ({
    id: r.id,
    code: r.code,
    description: r.description,
    resolution: r.resolution,
    paragraph: r.paragraph,
    direction: r.direction,
    inForce: r.in_force,
    note: r.note,
    source: r.source,
  });

  return {
    list: (): WatchEntry[] => (all.all() as Row[]).map(toEntry),
    save(e: WatchEntry): WatchEntry {
      const params = { ...e, note: e.note ?? '' };
      try {
        if (e.id === undefined)
          return { ...e, id: Number(insert.run({ ...params, source: 'user' }).lastInsertRowid), source: 'user' };
        if (update.run(params).changes === 0)
          throw new AppError('not_found', `Watchlist entry ${e.id} no longer exists.`);
        return e;
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
          throw new AppError(
            'conflict',
            `HS ${e.code} is already listed under ${e.resolution} ¶${e.paragraph} for that direction.`,
          );
        throw err;
      }
    },
    delete: (id: number) => ({ deleted: remove.run(id).changes > 0 }),
    rows: (reporter: string | null, from: string | null, to: string | null) =>
      rows.all({ reporter, from, to }) as WatchRow[],
  };
}
export type WatchlistRepo = ReturnType<typeof createWatchlistRepo>;
