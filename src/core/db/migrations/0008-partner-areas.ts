import { areaFromComtrade, areaFromGacc, areaFromText, type AreaMatch } from '../../reference/areas';
import type { Db } from '../open';

/**
 * Comtrade's and China customs' areas get codes of their own (core/reference/areas.ts). Before, each
 * was stored as ZZZ with its code as written in partner_raw, so "Other Asia, nes" (490), "Areas, nes"
 * (899) and Serbia and Montenegro (891) were one partner and their figures were added together.
 * Re-keys those rows by their raw code, read in the list of the format that wrote it, and the EU's
 * reporter rows that Comtrade wrote as EUR; then recomputes the summary table, which sums by partner.
 * Rows whose raw code was never kept (a reporter) stay under ZZZ.
 */
export function up(db: Db): void {
  const zzz = db
    .prepare(
      `SELECT r.id, r.partner_raw AS raw, b.format FROM trade_record r JOIN import_batch b ON b.id = r.batch_id
    WHERE r.partner = 'ZZZ' AND r.partner_raw IS NOT NULL`,
    )
    .all() as { id: number; raw: string; format: string }[];
  // As an import writes them today: a known area without its raw code (the code says it), an unknown with it.
  const update = db.prepare(
    'UPDATE trade_record SET partner = ?, partner_raw = ?, is_aggregate = is_aggregate OR ? WHERE id = ?',
  );
  const memo = new Map<string, AreaMatch | null>();
  for (const r of zzz) {
    const key = `${r.format}\u0000${r.raw}`;
    let m = memo.get(key);
    if (m === undefined) memo.set(key, (m = areaOf(r.format, r.raw)));
    if (!m) continue;
    update.run(m.code, m.known ? null : r.raw, m.kind === 'leaf' ? 0 : 1, r.id);
  }
  const eu = db
    .prepare(
      `UPDATE trade_record SET reporter = 'C97' WHERE reporter = 'EUR'
    AND batch_id IN (SELECT id FROM import_batch WHERE format = 'comtrade')`,
    )
    .run().changes;
  if (zzz.length === 0 && eu === 0) return;
  // The summary as schema 6 keeps it (0003, 0004): rebuilt here, so this migration never depends on a later summary's code.
  db.exec(`
    DELETE FROM summary_month;
    INSERT INTO summary_month
    SELECT reporter, partner, flow, freq, period, currency, period_months,
           SUM(CASE is_aggregate WHEN 0 THEN value_milli ELSE 0 END), SUM(is_aggregate = 0),
           SUM(CASE is_aggregate WHEN 1 THEN value_milli ELSE 0 END), SUM(is_aggregate = 1)
      FROM trade_record WHERE superseded_by IS NULL AND deleted_by IS NULL
     GROUP BY reporter, partner, flow, freq, period, currency, period_months;
  `);
}

/** A stored raw code, read as the format that wrote it reads it now. */
function areaOf(format: string, raw: string): AreaMatch | null {
  if (format === 'comtrade')
    return /^\d+$/.test(raw.trim()) ? areaFromComtrade(raw, '', '') : areaFromComtrade('', raw, raw);
  if (format === 'gacc') return areaFromGacc(raw);
  return areaFromText(raw);
}
