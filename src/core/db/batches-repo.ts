import type { Batch, BatchScope, Dimensions, RejectedRow } from '../../shared/domain';
import { readNote } from '../../shared/error-text';
import { areaNamesFor } from '../reference/areas';
import type { Db } from './open';

/** Partners and codes a batch's scope names at most in a listing; the counts say how many more. */
const LISTED = 8;
/** A reporter and partner the summary holds, with its currencies and its months' span. */
type HeldPair = {
  reporter: string;
  partner: string;
  currencies: string | null;
  first: string | null;
  last: string | null;
  firstYear: string | null;
  lastYear: string | null;
};
/** SQLite's ORDER BY (BINARY: by code unit for the ASCII codes held), as the pickers were sorted before. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const flag = (min: number, max: number): BatchScope['partners'] => (min === 1 ? 'all' : max === 0 ? 'listed' : 'mixed');

export function createBatchesRepo(db: Db) {
  const list =
    db.prepare(`SELECT id, file_name AS fileName, sha256, format, encoding, rows_read AS rowsRead, rows_imported AS rowsImported,
    rows_rejected AS rowsRejected, rows_skipped AS rowsSkipped, started_at AS startedAt, finished_at AS finishedAt, status
    FROM import_batch ORDER BY id DESC`);
  const rejects = db.prepare(
    'SELECT id, batch_id AS batchId, sheet, row_number AS rowNumber, raw, reason, message FROM rejected_row WHERE batch_id = ? ORDER BY row_number LIMIT ?',
  );
  // Records a person can see (not superseded, not deleted) are exactly what the summary table sums,
  // so the sidebar's count never scans the records.
  const counts = db.prepare(`SELECT (SELECT COALESCE(SUM(row_count), 0) FROM summary_total) AS records,
    (SELECT COUNT(*) FROM import_batch) AS batches`);
  // The pickers read the summary table (current, visible rows only), never the records themselves: one
  // walk of its key in order, a row per reporter and partner. Five queries of it took 150 ms of CPU at 3M
  // records (117k summary rows), 74 of them for the months' span through an index that lacks row_count.
  const held = db.prepare(`SELECT reporter, partner, group_concat(DISTINCT currency) AS currencies,
      MIN(CASE WHEN freq = 'month' THEN period END) AS first, MAX(CASE WHEN freq = 'month' THEN period END) AS last,
      MIN(CASE WHEN freq = 'year' THEN period END) AS firstYear, MAX(CASE WHEN freq = 'year' THEN period END) AS lastYear
    FROM summary_total WHERE row_count > 0 GROUP BY reporter, partner ORDER BY reporter, partner`);
  const scopeOf =
    db.prepare(`SELECT group_concat(DISTINCT reporter) AS reporters, group_concat(DISTINCT flow) AS flows, MIN(period) AS first, MAX(period) AS last,
      COUNT(DISTINCT period) AS periods, group_concat(DISTINCT family) AS families, MIN(partners_all) AS pmin, MAX(partners_all) AS pmax,
      MIN(goods_all) AS gmin, MAX(goods_all) AS gmax, MAX(inferred) AS inferred, COUNT(*) AS n
    FROM batch_scope WHERE batch_id = ?`);
  const partnersOf = db
    .prepare('SELECT DISTINCT partner FROM batch_scope_partner WHERE batch_id = ? ORDER BY partner LIMIT ?')
    .pluck();
  const partnerCount = db.prepare('SELECT COUNT(DISTINCT partner) FROM batch_scope_partner WHERE batch_id = ?').pluck();
  const codesOf = db
    .prepare('SELECT DISTINCT code FROM batch_scope_code WHERE batch_id = ? ORDER BY code LIMIT ?')
    .pluck();
  const codeCount = db.prepare('SELECT COUNT(DISTINCT code) FROM batch_scope_code WHERE batch_id = ?').pluck();
  const warningsOf = db.prepare('SELECT code, message FROM import_warning WHERE batch_id = ? ORDER BY id');

  type ScopeAgg = {
    reporters: string | null;
    flows: string | null;
    first: string | null;
    last: string | null;
    periods: number;
    families: string | null;
    pmin: number;
    pmax: number;
    gmin: number;
    gmax: number;
    inferred: number;
    n: number;
  };
  const split = (s: string | null) => (s ? s.split(',').sort() : []);
  function scope(batchId: number): BatchScope | null {
    const a = scopeOf.get(batchId) as ScopeAgg;
    if (a.n === 0) return null;
    return {
      reporters: split(a.reporters),
      flows: split(a.flows),
      firstPeriod: a.first,
      lastPeriod: a.last,
      periods: a.periods,
      classifications: split(a.families),
      partners: flag(a.pmin, a.pmax),
      listedPartners: partnersOf.all(batchId, LISTED) as string[],
      partnerCount: partnerCount.get(batchId) as number,
      goods: flag(a.gmin, a.gmax),
      listedCodes: codesOf.all(batchId, LISTED) as string[],
      codeCount: codeCount.get(batchId) as number,
      inferred: a.inferred === 1,
    };
  }

  return {
    /** Every batch with what it covers and what its import warned about. */
    list: () =>
      (list.all() as Omit<Batch, 'scope' | 'warnings'>[]).map((b) => ({
        ...b,
        scope: scope(b.id),
        // Stored as the catalog's sentence with its key (noteOf): the UI says it in its language.
        warnings: (warningsOf.all(b.id) as { code: string; message: string }[]).map((w) => ({
          code: w.code,
          ...readNote(w.message),
        })),
      })),
    rejects: (batchId: number, limit: number): RejectedRow[] =>
      (rejects.all(batchId, limit) as (Omit<RejectedRow, 'raw'> & { raw: string })[]).map((r) => ({
        ...r,
        raw: JSON.parse(r.raw) as string[],
        ...readNote(r.message),
      })),
    counts: () => counts.get() as { records: number; batches: number },
    /** What the database holds, but for its split columns (record-splits.ts). */
    dimensions: (): Omit<Dimensions, 'splits'> => {
      const rows = held.all() as HeldPair[];
      const partnersOf: Record<string, string[]> = {};
      const [partners, currencies] = [new Set<string>(), new Set<string>()];
      // Periods as text order: YYYY-MM and YYYY each sort as their dates do.
      const lowest = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
      const highest = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);
      const span = {
        first: null as string | null,
        last: null as string | null,
        firstYear: null as string | null,
        lastYear: null as string | null,
      };
      for (const row of rows) {
        (partnersOf[row.reporter] ??= []).push(row.partner);
        partners.add(row.partner);
        for (const c of row.currencies?.split(',') ?? []) currencies.add(c);
        span.first = lowest(span.first, row.first);
        span.last = highest(span.last, row.last);
        span.firstYear = lowest(span.firstYear, row.firstYear);
        span.lastYear = highest(span.lastYear, row.lastYear);
      }
      const r = Object.keys(partnersOf).sort(byCode);
      const p = [...partners].sort(byCode);
      return {
        reporters: r,
        partners: p,
        partnersOf,
        names: areaNamesFor([...r, ...p]),
        currencies: [...currencies].sort(byCode),
        firstPeriod: span.first,
        lastPeriod: span.last,
        firstYear: span.firstYear,
        lastYear: span.lastYear,
      };
    },
  };
}
