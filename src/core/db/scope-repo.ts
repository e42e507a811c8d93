import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import type { SummaryRow } from './summary-delta';
import { FAMILY_SQL } from './summary-repo';
import { CURRENT_ROW } from './current-row';
import { idOfLiteral, recordColumns, textOf } from './record-dims';

/** What the person said about a file's scope where the file cannot tell (import options). */
export type ScopeAnswers = { goods?: 'all' | 'listed'; partners?: 'all' | 'listed' };
export const WORLD_PARTNER = 'WLD';

/** A code a batch lists: its family, the code, the frequency and the first and last period it is named in. */
export type CodeSpan = [family: string, code: string, freq: string, first: string, last: string];

/** A batch's scope in one reporter, flow and period: the rows coverage is decided on. */
export type ScopeRow = {
  batchId: number;
  reporter: string;
  flow: string;
  freq: string;
  period: string;
  months: number;
  family: string;
  partnersAll: number;
  goodsAll: number;
};

/** Where a listing holds: a frequency (and for a partner, a reporter and flow) from its first period to its last. */
export type ListingSpan = { reporter?: string; flow?: string; freq: string; first: string; last: string };

/** Whether a listing's spans hold a scope row. */
export const listedAt = (spans: ListingSpan[], s: ScopeRow): boolean =>
  spans.some(
    (l) =>
      l.freq === s.freq &&
      (l.reporter === undefined || l.reporter === s.reporter) &&
      (l.flow === undefined || l.flow === s.flow) &&
      l.first <= s.period &&
      s.period <= l.last,
  );

/**
 * Writes a batch's scope inside its import transaction: per reporter, flow, period and classification
 * family it holds, whether it covers all partners (a World row, or the person said so) and all goods
 * (a TOTAL row, or the person said so); the partners it lists, each per reporter, flow and frequency
 * from the first to the last period it is named in; the codes it lists, each per frequency over its
 * span; the currencies it holds (a figure is covered in a currency only by files holding it in that
 * currency, coverage.ts). `rows` are the batch's summary sums (cells and shapes) where the import
 * collected them; without them the batch's rows are grouped with SQL. `wholeFile`: the file is one
 * query over its span (a GACC download), so what it lists anywhere it lists over all of it (spanWholeFile).
 */
export function writeBatchScope(
  db: Db,
  batchId: number,
  rows: Iterable<SummaryRow> | null,
  codes: CodeSpan[] | null,
  answers: ScopeAnswers,
  wholeFile = false,
): void {
  const partnersAll = answers.partners === 'all' ? 1 : 0;
  const goodsAll = answers.goods === 'all' ? 1 : 0;
  const insertScope = db.prepare(
    'INSERT INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPartner = db.prepare(
    'INSERT INTO batch_scope_partner (batch_id, partner, reporter, flow, freq, first_period, last_period) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  if (rows) {
    // Many cells share a scope row (every partner and code of a month): flags are gathered first.
    const scopes = new Map<string, (string | number)[]>();
    const partners = new Map<string, [string, string, string, string, string, string]>();
    const currencies = new Set<string>();
    for (const [reporter, partner, flow, freq, period, currency, months, family, , level] of rows) {
      currencies.add(currency as string);
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
      const pk = `${partner}\u0000${reporter}\u0000${flow}\u0000${freq}`;
      const p = partners.get(pk);
      const at = period as string;
      if (!p) partners.set(pk, [partner as string, reporter as string, flow as string, freq as string, at, at]);
      else if (at < p[4]) p[4] = at;
      else if (at > p[5]) p[5] = at;
    }
    for (const s of scopes.values()) insertScope.run(...s);
    for (const p of partners.values()) insertPartner.run(batchId, ...p);
    const insertCurrency = db.prepare('INSERT OR IGNORE INTO batch_currency (batch_id, currency) VALUES (?, ?)');
    for (const c of currencies) insertCurrency.run(batchId, c);
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
    insertPartnerSpans(db, 'batch_id = ?', batchId);
    db.prepare(
      `INSERT OR IGNORE INTO batch_currency (batch_id, currency) SELECT ?, c.text FROM dim_currency c
        WHERE c.id IN (SELECT DISTINCT currency_id FROM trade_row WHERE batch_id = ?)`,
    ).run(batchId, batchId);
  }
  if (codes) {
    const insertCode = db.prepare(
      'INSERT INTO batch_scope_code (batch_id, family, code, freq, first_period, last_period) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const c of codes) insertCode.run(batchId, ...c);
  }
  if (wholeFile) spanWholeFile(db, batchId);
}

/**
 * The partners the rows of batches where `where` (SQL on trade_row) holds list, each per reporter,
 * flow and frequency over the periods it is named in: distinct ids first (one row per cell, not per
 * record), then their texts.
 */
export function insertPartnerSpans(db: Db, where: string, ...params: unknown[]): void {
  db.prepare(
    `INSERT INTO batch_scope_partner (batch_id, partner, reporter, flow, freq, first_period, last_period)
    SELECT batch_id, partner, reporter, flow, freq, MIN(period), MAX(period) FROM (
      SELECT r.batch_id, ${textOf('r', 'partner')} AS partner, ${textOf('r', 'reporter')} AS reporter,
        ${textOf('r', 'flow')} AS flow, ${textOf('r', 'freq')} AS freq, ${textOf('r', 'period')} AS period
      FROM (SELECT DISTINCT batch_id, partner_id, reporter_id, flow_id, freq_id, period_id FROM trade_row WHERE ${where}) r)
    GROUP BY batch_id, partner, reporter, flow, freq`,
  ).run(...params);
}

/**
 * A file that is one query over its span (a GACC download): each partner and code it lists covers
 * every reporter, flow and frequency it holds, from its first period to its last, so a month the
 * query returned no row for is a true zero.
 */
export function spanWholeFile(db: Db, batchId: number): void {
  db.prepare(
    `INSERT OR REPLACE INTO batch_scope_partner (batch_id, partner, reporter, flow, freq, first_period, last_period)
    SELECT p.batch_id, p.partner, g.reporter, g.flow, g.freq, g.first, g.last
    FROM (SELECT DISTINCT batch_id, partner FROM batch_scope_partner WHERE batch_id = ?) p
    JOIN (SELECT reporter, flow, freq, MIN(period) AS first, MAX(period) AS last FROM batch_scope WHERE batch_id = ?
      GROUP BY reporter, flow, freq) g`,
  ).run(batchId, batchId);
  db.prepare(
    `INSERT OR REPLACE INTO batch_scope_code (batch_id, family, code, freq, first_period, last_period)
    SELECT c.batch_id, c.family, c.code, g.freq, g.first, g.last
    FROM (SELECT DISTINCT batch_id, family, code FROM batch_scope_code WHERE batch_id = ?) c
    JOIN (SELECT family, freq, MIN(period) AS first, MAX(period) AS last FROM batch_scope WHERE batch_id = ?
      GROUP BY family, freq) g ON g.family = c.family`,
  ).run(batchId, batchId);
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
  // Listed where the record now is: its period joins the listing's span there.
  const partner = db.prepare(
    `INSERT INTO batch_scope_partner (batch_id, partner, reporter, flow, freq, first_period, last_period)
    SELECT batch_id, partner, reporter, flow, freq, period, period FROM (${oneRecord}) WHERE 1
    ON CONFLICT DO UPDATE SET first_period = min(first_period, excluded.first_period),
      last_period = max(last_period, excluded.last_period)`,
  );
  const code = db.prepare(
    `INSERT INTO batch_scope_code (batch_id, family, code, freq, first_period, last_period)
    SELECT batch_id, ${FAMILY_SQL}, code, freq, period, period FROM (${oneRecord}) WHERE code <> 'TOTAL'
    ON CONFLICT DO UPDATE SET first_period = min(first_period, excluded.first_period),
      last_period = max(last_period, excluded.last_period)`,
  );
  const currency = db.prepare(
    `INSERT OR IGNORE INTO batch_currency (batch_id, currency) SELECT batch_id, currency FROM (${oneRecord})`,
  );
  return {
    coverRecord(id: number): void {
      scope.run(id);
      currency.run(id);
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
  const partnerSpans = db.prepare(
    'SELECT reporter, flow, freq, first_period AS first, last_period AS last FROM batch_scope_partner WHERE batch_id = ? AND partner = ?',
  );
  const listedPartners = db
    .prepare(
      `SELECT partner FROM batch_scope_partner WHERE batch_id = ? AND reporter = ? AND flow = ? AND freq = ?
        AND first_period <= ? AND last_period >= ? ORDER BY partner LIMIT ?`,
    )
    .pluck();
  const countPartners = db
    .prepare(
      `SELECT count(*) FROM batch_scope_partner WHERE batch_id = ? AND reporter = ? AND flow = ? AND freq = ?
        AND first_period <= ? AND last_period >= ?`,
    )
    .pluck();
  // A listed code covers a prefix when it is the prefix or one of its ancestors.
  const codeSpans = db.prepare(
    `SELECT freq, first_period AS first, last_period AS last FROM batch_scope_code WHERE batch_id = ? AND family = ?
      AND code IN (SELECT substr(?, 1, n) FROM (
    WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < length(?)) SELECT n FROM k))`,
  );
  const listedUnder = db
    .prepare(
      `SELECT code FROM batch_scope_code WHERE batch_id = ? AND family = ? AND code >= ? AND code < ? || '~'
        AND freq = ? AND first_period <= ? AND last_period >= ? ORDER BY code LIMIT ?`,
    )
    .pluck();
  const countUnder = db
    .prepare(
      `SELECT count(*) FROM batch_scope_code WHERE batch_id = ? AND family = ? AND code >= ? AND code < ? || '~'
        AND freq = ? AND first_period <= ? AND last_period >= ?`,
    )
    .pluck();
  const fileName = db.prepare('SELECT file_name FROM import_batch WHERE id = ?').pluck();
  const formatOf = db.prepare('SELECT format FROM import_batch WHERE id = ?').pluck();
  const currencies = db.prepare('SELECT currency FROM batch_currency WHERE batch_id = ?').pluck();
  // Through the key index, which holds current rows only; of the edition the cell's figure is read in
  // (summary_total's), as a cell holding two editions of a family is read in one.
  const holds = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM trade_row INDEXED BY trade_record_key
        WHERE reporter_id = (SELECT id FROM dim_area WHERE text = :reporter) AND partner_id = (SELECT id FROM dim_area WHERE text = :partner)
          AND flow_id = (SELECT id FROM dim_flow WHERE text = :flow) AND period_id = (SELECT id FROM dim_period WHERE text = :period)
          AND classification_id = (SELECT id FROM dim_classification WHERE text = (SELECT classification FROM summary_total
            WHERE reporter = :reporter AND partner = :partner AND flow = :flow AND freq = :freq AND period = :period AND family = :family
            ORDER BY row_count DESC LIMIT 1))
          AND ${CURRENT_ROW} AND batch_id = :batch)`,
    )
    .pluck();

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
      return prepared(`SELECT s.batch_id AS batchId, s.reporter, s.flow, s.freq, s.period, s.period_months AS months, s.family, s.partners_all AS partnersAll, s.goods_all AS goodsAll
        FROM batch_scope s JOIN import_batch b ON b.id = s.batch_id AND b.status = 'imported' WHERE ${where.join(' AND ')}`).all(
        ...params,
      ) as ScopeRow[];
    },
    /** Where a batch lists a partner: per reporter, flow and frequency, its first and last period. */
    partnerSpans: (batchId: number, partner: string) => partnerSpans.all(batchId, partner) as ListingSpan[],
    /** Partners a batch lists where a scope row is (its reporter, flow, frequency and period). */
    listedPartners: (s: ScopeRow, limit = 6) =>
      listedPartners.all(s.batchId, s.reporter, s.flow, s.freq, s.period, s.period, limit) as string[],
    /** How many partners a batch lists where a scope row is: what `listedPartners` leaves out says how many more. */
    countPartners: (s: ScopeRow) =>
      countPartners.get(s.batchId, s.reporter, s.flow, s.freq, s.period, s.period) as number,
    /** Where a batch lists a code that holds `prefix` (the prefix or an ancestor): per frequency, its first and last period. */
    codeSpans: (batchId: number, family: string, prefix: string) =>
      codeSpans.all(batchId, family, prefix, prefix) as ListingSpan[],
    /** Codes under `prefix` a batch lists where a scope row is (its frequency and period). */
    listedUnder: (s: ScopeRow, family: string, prefix: string, limit = 5) =>
      listedUnder.all(s.batchId, family, prefix, prefix, s.freq, s.period, s.period, limit) as string[],
    /** How many codes under `prefix` a batch lists where a scope row is. */
    countUnder: (s: ScopeRow, family: string, prefix: string) =>
      countUnder.get(s.batchId, family, prefix, prefix, s.freq, s.period, s.period) as number,
    /** The currencies a batch holds its figures in. */
    currencies: (batchId: number) => currencies.all(batchId) as string[],
    fileName: (batchId: number) => (fileName.get(batchId) as string | undefined) ?? `batch ${batchId}`,
    /** Whether a batch holds a current row in one cell (reporter, partner, flow, period), in the edition its figure is read in. */
    holdsIn: (
      batchId: number,
      cell: { reporter: string; partner: string; flow: string; freq: string; period: string; family: string },
    ) => holds.get({ batch: batchId, ...cell }) === 1,
    /** The format a batch was read as ('gacc', 'comtrade', …): what its figures are cited as. */
    format: (batchId: number) => (formatOf.get(batchId) as string | undefined) ?? '',
  };
}
export type ScopeRepo = ReturnType<typeof createScopeRepo>;
