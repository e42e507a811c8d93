import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import type { SummaryRow } from './summary-delta';
import { FAMILY_SQL } from './summary-repo';
import { idOfLiteral, recordColumns, textOf } from './record-dims';

/** What the person said about a file's scope where the file cannot tell (import options). */
export type ScopeAnswers = { goods?: 'all' | 'listed'; partners?: 'all' | 'listed' };
export const WORLD_PARTNER = 'WLD';

/** A batch's scope in one reporter, flow and period: the rows coverage is decided on. */
export type ScopeRow = {
  batchId: number;
  reporter: string;
  flow: string;
  period: string;
  months: number;
  family: string;
  partnersAll: number;
  goodsAll: number;
};

/**
 * Writes a batch's scope inside its import transaction: per reporter, flow, period and classification
 * family it holds, whether it covers all partners (a World row, or the person said so) and all goods
 * (a TOTAL row, or the person said so); the partners it lists; the codes it lists. `rows` are the
 * batch's summary sums (cells and shapes) where the import collected them; without them the batch's
 * rows are grouped with SQL.
 */
export function writeBatchScope(
  db: Db,
  batchId: number,
  rows: SummaryRow[] | null,
  codes: [string, string][] | null,
  answers: ScopeAnswers,
): void {
  const partnersAll = answers.partners === 'all' ? 1 : 0;
  const goodsAll = answers.goods === 'all' ? 1 : 0;
  const insertScope = db.prepare(
    'INSERT INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPartner = db.prepare('INSERT OR IGNORE INTO batch_scope_partner (batch_id, partner) VALUES (?, ?)');
  if (rows) {
    // Many cells share a scope row (every partner and code of a month): flags are gathered first.
    const scopes = new Map<string, (string | number)[]>();
    const partners = new Set<string>();
    for (const [reporter, partner, flow, freq, period, , months, family, , level] of rows) {
      partners.add(partner as string);
      const key = `${reporter}\u0000${flow}\u0000${freq}\u0000${period}\u0000${months}\u0000${family}`;
      let s = scopes.get(key);
      if (!s)
        scopes.set(
          key,
          (s = [
            batchId,
            reporter as string,
            flow as string,
            freq as string,
            period as string,
            months as number,
            family as string,
            partnersAll,
            goodsAll,
          ]),
        );
      if (partner === WORLD_PARTNER) s[7] = 1;
      if (level === 0) s[8] = 1;
    }
    for (const s of scopes.values()) insertScope.run(...s);
    for (const p of partners) insertPartner.run(batchId, p);
  } else {
    // Grouped by id first (the batch index, integers only), then named: each group's texts once.
    db.prepare(
      `INSERT INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all)
      SELECT batch_id, reporter, flow, freq, period, period_months, ${FAMILY_SQL}, MAX(MAX(world), ?), MAX(MAX(total), ?) FROM (
        SELECT t.batch_id, ${textOf('t', 'reporter')} AS reporter, ${textOf('t', 'flow')} AS flow, ${textOf('t', 'freq')} AS freq,
          ${textOf('t', 'period')} AS period, t.period_months, ${textOf('t', 'classification')} AS classification,
          MAX(t.partner_id IS ${idOfLiteral('partner', WORLD_PARTNER)}) AS world, MAX(t.code_id IS ${idOfLiteral('code', 'TOTAL')}) AS total
        FROM trade_row t WHERE t.batch_id = ? GROUP BY t.reporter_id, t.flow_id, t.freq_id, t.period_id, t.period_months, t.classification_id)
      GROUP BY reporter, flow, freq, period, period_months, ${FAMILY_SQL}`,
    ).run(partnersAll, goodsAll, batchId);
    db.prepare(
      `INSERT OR IGNORE INTO batch_scope_partner (batch_id, partner)
      SELECT ?, text FROM dim_area WHERE id IN (SELECT partner_id FROM trade_row WHERE batch_id = ?)`,
    ).run(batchId, batchId);
  }
  if (codes) {
    const insertCode = db.prepare('INSERT OR IGNORE INTO batch_scope_code (batch_id, family, code) VALUES (?, ?, ?)');
    for (const [family, code] of codes) insertCode.run(batchId, family, code);
  }
}

/**
 * After an edit: the record's batch covers where the record now is (its reporter, flow, period,
 * partner and code), as far as the batch covered anything: all partners or goods only where it did so
 * everywhere. The edit says the row belongs there; it does not say the file held more.
 */
export function createScopeUpkeep(db: Db) {
  const oneRecord = `SELECT ${recordColumns('t')} FROM trade_row t WHERE t.id = ?`;
  const scope =
    db.prepare(`INSERT OR IGNORE INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all)
    SELECT r.batch_id, r.reporter, r.flow, r.freq, r.period, r.period_months, ${FAMILY_SQL.replace(/classification/g, 'r.classification')},
      COALESCE((SELECT MIN(partners_all) FROM batch_scope s WHERE s.batch_id = r.batch_id), 0), COALESCE((SELECT MIN(goods_all) FROM batch_scope s WHERE s.batch_id = r.batch_id), 0)
    FROM (${oneRecord}) r`);
  const partner = db.prepare(
    `INSERT OR IGNORE INTO batch_scope_partner (batch_id, partner) SELECT batch_id, partner FROM (${oneRecord})`,
  );
  const code = db.prepare(
    `INSERT OR IGNORE INTO batch_scope_code (batch_id, family, code) SELECT batch_id, ${FAMILY_SQL}, code FROM (${oneRecord}) WHERE code <> 'TOTAL'`,
  );
  return {
    coverRecord(id: number): void {
      scope.run(id);
      partner.run(id);
      code.run(id);
    },
  };
}

/** Reads scopes for coverage decisions: only batches still imported (a reverted file covers nothing). */
export function createScopeRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const listsPartner = db.prepare('SELECT 1 FROM batch_scope_partner WHERE batch_id = ? AND partner = ?').pluck();
  const listedPartners = db
    .prepare('SELECT partner FROM batch_scope_partner WHERE batch_id = ? ORDER BY partner LIMIT ?')
    .pluck();
  // A listed code covers a prefix when it is the prefix or one of its ancestors.
  const coversPrefix = db
    .prepare(
      `SELECT 1 FROM batch_scope_code WHERE batch_id = ? AND family = ? AND code IN (SELECT substr(?, 1, n) FROM (
    WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < length(?)) SELECT n FROM k)) LIMIT 1`,
    )
    .pluck();
  const listedUnder = db
    .prepare(
      "SELECT code FROM batch_scope_code WHERE batch_id = ? AND family = ? AND code >= ? AND code < ? || '~' ORDER BY code LIMIT ?",
    )
    .pluck();
  const fileName = db.prepare('SELECT file_name FROM import_batch WHERE id = ?').pluck();

  return {
    /** Scope rows of imported batches for these flows and periods (`reporter` and `family` optional). */
    rows(q: {
      reporter?: string;
      flows: string[];
      freq: string;
      from?: string;
      to?: string;
      family?: string;
    }): ScopeRow[] {
      const where = ['s.freq = ?', `s.flow IN (${q.flows.map(() => '?').join(', ')})`];
      const params: unknown[] = [q.freq, ...q.flows];
      const add = (sql: string, value: unknown) => {
        where.push(sql);
        params.push(value);
      };
      if (q.reporter) add('s.reporter = ?', q.reporter);
      if (q.family) add('s.family = ?', q.family);
      if (q.from) add('s.period >= ?', q.from);
      if (q.to) add('s.period <= ?', q.to);
      return prepared(`SELECT s.batch_id AS batchId, s.reporter, s.flow, s.period, s.period_months AS months, s.family, s.partners_all AS partnersAll, s.goods_all AS goodsAll
        FROM batch_scope s JOIN import_batch b ON b.id = s.batch_id AND b.status = 'imported' WHERE ${where.join(' AND ')}`).all(
        ...params,
      ) as ScopeRow[];
    },
    listsPartner: (batchId: number, partner: string) => listsPartner.get(batchId, partner) !== undefined,
    listedPartners: (batchId: number, limit = 6) => listedPartners.all(batchId, limit) as string[],
    coversPrefix: (batchId: number, family: string, prefix: string) =>
      coversPrefix.get(batchId, family, prefix, prefix) !== undefined,
    listedUnder: (batchId: number, family: string, prefix: string, limit = 5) =>
      listedUnder.all(batchId, family, prefix, prefix, limit) as string[],
    fileName: (batchId: number) => (fileName.get(batchId) as string | undefined) ?? `batch ${batchId}`,
  };
}
export type ScopeRepo = ReturnType<typeof createScopeRepo>;
