import type { WatchEntry } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import type { Db } from './open';
import { FAMILY_SQL, SLICE_IDS_SQL } from './summary-repo';
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
  // Only months from the resolution's adoption count: earlier trade was not banned (and, of annual
  // figures, only years it was in force from January: a year's total holds the months before it). Only HS codes:
  // the watchlist names HS headings, and SITC 03 is not HS 03. Each row comes with its split, so the
  // caller counts each cell's total slice (or one split) at its top-most held code, once.
  // Only rows that name PRK are read, by the key index (as reporter; as partner, under each reporter),
  // and only those in a watched code: each entry's codes are found once in the code dictionary.
  // Texts are joined once per row, by id. Labels are listed in entry order (code, resolution, ¶).
  // Months in which the reporter's trade with North Korea is held by code, not only as a total: from the
  // per-code summary (summary_code holds no TOTAL row), by its key's period range.
  const detailed = db
    .prepare(
      `SELECT DISTINCT period FROM summary_code WHERE freq = ? AND period >= ? AND period <= ? AND reporter = ?
        AND partner = 'PRK' AND family = 'HS'`,
    )
    .pluck();
  // Rows naming North Korea as the reporter (rare: it reports nothing) are read whole. As the partner,
  // under the reporter asked (or each reporter), the key index is sought down to the month where a range
  // is asked (every flow, each month of it, by the dictionaries' ids): the dashboard's 24 months read 3.6 s
  // of CPU at 50M records when every month naming North Korea was read and then filtered, 0.2 s now.
  const named = (ranged: boolean) => `named(id) AS (SELECT id FROM trade_row INDEXED BY trade_record_key
        WHERE reporter_id = (SELECT id FROM prk) AND (:reporter IS NULL OR :reporter = 'PRK') AND superseded_by IS NULL
      UNION SELECT id FROM trade_row INDEXED BY trade_record_key
        WHERE reporter_id IN (SELECT id FROM dim_area WHERE :reporter IS NULL OR text = :reporter) AND partner_id = (SELECT id FROM prk)
        ${ranged ? 'AND flow_id IN (SELECT id FROM dim_flow) AND period_id IN (SELECT id FROM months)' : ''} AND superseded_by IS NULL),`;
  const rowsSql = (ranged: boolean) => `WITH prk(id) AS (SELECT id FROM dim_area WHERE text = 'PRK'),
    months(id) AS (SELECT id FROM dim_period WHERE (:from IS NULL OR text >= :from) AND (:to IS NULL OR text <= :to)),
    ${named(ranged)}
    hit AS MATERIALIZED (SELECT c.id AS code_id, w.code || char(0) || w.resolution || ' ¶' || w.paragraph AS label, w.direction, w.in_force
      FROM watchlist_entry w JOIN dim_code c ON c.text >= w.code AND c.text < w.code || 'z')
    SELECT p.text AS period, a.text AS reporter, b.text AS partner, f.text AS flow, cur.text AS currency, t.period_months AS months,
      cl.text AS classification, c.text AS code, ${SLICE_IDS_SQL} AS slice, t.value_milli AS milli, group_concat(DISTINCT h.label ORDER BY h.label) AS entries
    FROM named n CROSS JOIN trade_row t ON t.id = n.id CROSS JOIN hit h ON h.code_id = t.code_id
      JOIN dim_area a ON a.id = t.reporter_id JOIN dim_area b ON b.id = t.partner_id JOIN dim_flow f ON f.id = t.flow_id
      JOIN dim_period p ON p.id = t.period_id JOIN dim_classification cl ON cl.id = t.classification_id
      JOIN dim_code c ON c.id = t.code_id JOIN dim_currency cur ON cur.id = t.currency_id
    WHERE ${currentRow('t')} AND t.freq_id = (SELECT id FROM dim_freq WHERE text = :freq) AND ${FAMILY_SQL.replace(/classification/g, 'cl.text')} = 'HS'
      AND (CASE WHEN length(p.text) = 4 THEN p.text || '-01' ELSE p.text END) >= h.in_force
      AND ((h.direction = 'export_from_prk' AND ((b.text = 'PRK' AND f.text = 'import') OR (a.text = 'PRK' AND f.text = 'export')))
        OR (h.direction = 'import_to_prk' AND ((b.text = 'PRK' AND f.text = 'export') OR (a.text = 'PRK' AND f.text = 'import'))))
      AND (:reporter IS NULL OR t.reporter_id = (SELECT id FROM dim_area WHERE text = :reporter)) AND (:from IS NULL OR p.text >= :from) AND (:to IS NULL OR p.text <= :to)
    GROUP BY t.id ORDER BY period, reporter, flow, t.id`;
  const rowsIn = { ranged: db.prepare(rowsSql(true)), whole: db.prepare(rowsSql(false)) };

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
    detailedMonths: (reporter: string, from: string, to: string, freq: 'month' | 'year' = 'month'): Set<string> =>
      new Set(detailed.all(freq, from, to, reporter) as string[]),
    /** `freq`: the monthly rows, or the annual ones (a year counts from the first it was banned for all of). */
    rows: (reporter: string | null, from: string | null, to: string | null, freq: 'month' | 'year' = 'month') =>
      rowsIn[from !== null || to !== null ? 'ranged' : 'whole'].all({ reporter, from, to, freq }) as WatchRow[],
  };
}
export type WatchlistRepo = ReturnType<typeof createWatchlistRepo>;
