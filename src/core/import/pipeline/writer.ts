import type { Statement } from 'better-sqlite3';
import { codeLevel } from '../../../shared/classification';
import { noteOf } from '../../../shared/error-text';
import type { Db } from '../../db/open';
import { Dictionaries, type Dimension } from '../../db/record-dims';
import { writeBatchScope, type ScopeAnswers } from '../../db/scope-repo';
import { SummaryDelta } from '../../db/summary-delta';
import { createSummaryMaintenance } from '../../db/summary-repo';
import { CodeCollector } from './scope-collector';
import { findRepeatedFigures, RepeatWatch, type RepeatedFigures } from './repeated-figures';
import { supersedeOlder, type BatchCodes } from './supersede';
import type { CommodityRef, NewRecord, RejectKey, RejectReason, StoredWarning } from '../formats/format-types';

/** Values of a plain row (insertPlainRecord's columns). */
const PLAIN_FIELDS = 18;
/**
 * Plain rows per insert statement: one statement per 32 rows rather than per row (1M rows of 18 integers
 * into a table with no index: 1.7 s against 1.15 s, in memory).
 */
const PLAIN_ROWS = 32;

export type BatchHeader = { fileName: string; sha256: string; size: number; encoding: string; options: string };
export type BatchCounts = {
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  rowsSkipped: number;
  currency: string | null;
  format: string;
};

/**
 * Writes one file's rows. It never opens or commits a transaction itself: the caller wraps the whole
 * file in one, so a failure anywhere leaves nothing behind.
 */
export class BatchWriter {
  private readonly insertRecord: Statement<unknown[]>;
  private readonly insertPlainRecord: Statement<unknown[]>;
  /** PLAIN_ROWS plain rows in one statement; `plainRows` holds their values until it is full (flush()). */
  private readonly insertPlainRows: Statement<unknown[]>;
  private readonly plainRows: unknown[] = new Array(PLAIN_FIELDS * PLAIN_ROWS);
  private plainHeld = 0;
  private readonly insertReject: Statement<unknown[]>;
  private readonly findDescription: Statement<unknown[]>;
  private readonly insertDescription: Statement<unknown[]>;
  private readonly descriptions = new Map<string, number>();
  /** Each dimension's text -> id, resolved in memory (record-dims.ts). */
  private readonly dims: Dictionaries;
  private insertRef: Statement<unknown[]> | null = null;
  /** The batch's summary sums and listed codes: per row here (recordValues), or the parser's (useSums). */
  private summary: SummaryDelta | null = new SummaryDelta();
  private summedElsewhere: SummaryDelta | null = null;
  private codes = new CodeCollector();
  /** Rows that may state a figure an earlier row of the batch did (repeated-figures.ts). */
  private readonly repeats = new RepeatWatch();
  /** Code ids from here on are new to the table (supersede.ts): no older row holds them. */
  private readonly newCodesFrom: number;
  /** The batch's rows whose code the table held before. */
  private oldCodeRows = 0;
  /** The id of the sheet '' once the dictionary holds it: rows with it may be plain. */
  private noSheet: number | undefined;
  readonly batchId: number;

  /** `table`: where the rows go, trade_row or a stage that is merged into it (bulk-indexes.ts). */
  constructor(
    private readonly db: Db,
    header: BatchHeader,
    table = 'trade_row',
  ) {
    this.dims = new Dictionaries(db);
    this.newCodesFrom = db.prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM dim_code').pluck().get() as number;
    this.batchId = Number(
      db
        .prepare(
          `INSERT INTO import_batch (file_name, sha256, size, format, encoding, options, started_at, status) VALUES (?, ?, ?, '', ?, ?, ?, 'imported')`,
        )
        .run(header.fileName, header.sha256, header.size, header.encoding, header.options, new Date().toISOString())
        .lastInsertRowid,
    );
    this.insertRecord = db.prepare(`INSERT INTO ${table}
      (reporter_id, partner_id, flow_id, period_id, freq_id, classification_id, code_id, description_id, value, value_exp,
       currency_id, quantity, unit_id, quantity2, unit2_id, regime_id, province_id, batch_id, source_sheet_id, source_row,
       source_url_id, is_aggregate, period_months, partner_raw_id, mot_id, partner2_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // Most rows (every Tidemark CSV row without a source URL) leave these columns at their defaults:
    // binding seven fewer values made the insert about 5% cheaper.
    const plain = `INSERT INTO ${table}
      (reporter_id, partner_id, flow_id, period_id, freq_id, classification_id, code_id, description_id, value, value_exp,
       currency_id, quantity, unit_id, batch_id, source_sheet_id, source_row, is_aggregate, period_months) VALUES `;
    const one = `(${new Array(PLAIN_FIELDS).fill('?').join(', ')})`;
    this.insertPlainRecord = db.prepare(plain + one);
    this.insertPlainRows = db.prepare(plain + new Array(PLAIN_ROWS).fill(one).join(', '));
    this.insertReject = db.prepare(
      'INSERT INTO rejected_row (batch_id, sheet, row_number, raw, reason, message, period, reporter, partner, flow) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.findDescription = db.prepare('SELECT id FROM description WHERE text = ?').pluck();
    this.insertDescription = db.prepare('INSERT INTO description (text) VALUES (?)');
  }

  record(r: NewRecord, sheet: string, row: number): void {
    this.recordValues(
      r.reporter,
      r.partner,
      r.flow,
      r.period,
      r.freq,
      r.classification,
      r.code,
      this.descriptionId(r.description),
      r.value,
      r.valueExp,
      r.currency,
      r.quantity,
      r.unit,
      r.quantity2,
      r.unit2,
      r.regime,
      r.province,
      sheet,
      row,
      r.sourceUrl,
      r.isAggregate ? 1 : 0,
      r.periodMonths ?? 1,
      r.partnerRaw ?? null,
      r.mot ?? null,
      r.partner2 ?? null,
    );
  }

  /** One record as plain values, its description as descriptionId() gave it: each text is looked up in its dictionary. */
  recordValues(
    reporter: string,
    partner: string,
    flow: string,
    period: string,
    freq: string,
    classification: string,
    code: string,
    descriptionId: number | null,
    value: number,
    valueExp: number,
    currency: string,
    quantity: number | null,
    unit: string | null,
    quantity2: number | null,
    unit2: string | null,
    regime: string | null,
    province: string | null,
    sheet: string,
    row: number,
    sourceUrl: string | null,
    isAggregate: number,
    periodMonths: number,
    partnerRaw: string | null,
    mot: string | null,
    partner2: string | null,
  ): void {
    const d = this.dims;
    const periodId = d.id('period', period)!;
    // Areas in this order (reporter, partner, partner2) and units (unit, unit2): a new text's id is as it always was.
    this.recordIds(
      d.id('reporter', reporter)!,
      d.id('partner', partner)!,
      d.id('flow', flow)!,
      periodId,
      d.id('freq', freq)!,
      d.id('classification', classification)!,
      d.id('code', code)!,
      descriptionId,
      value,
      valueExp,
      d.id('currency', currency)!,
      quantity,
      d.id('unit', unit),
      quantity2,
      d.id('unit2', unit2),
      d.id('regime', regime),
      d.id('province', province),
      d.id('source_sheet', sheet)!,
      row,
      d.id('source_url', sourceUrl),
      isAggregate,
      periodMonths,
      d.id('partner_raw', partnerRaw),
      d.id('mot', mot),
      d.id('partner2', partner2),
    );
    this.codes.add(classification, freq, code, period);
    if (this.summary) {
      const slice =
        (regime !== null ? 1 : 0) | (province !== null ? 2 : 0) | (mot !== null ? 4 : 0) | (partner2 !== null ? 8 : 0);
      this.summary.add(
        reporter,
        partner,
        flow,
        freq === 'year' ? 'year' : 'month',
        period,
        currency,
        periodMonths,
        classification,
        codeLevel(code),
        slice,
        value,
        valueExp,
      );
    }
  }

  /** The id of a text in a dimension's dictionary, added if new (record-dims.ts): for callers that look each text up once (writeBatch). */
  dimensionId(column: Dimension, text: string | null): number | null {
    return this.dims.id(column, text);
  }

  /**
   * One record by its dictionary ids (dimensionId), the texts already looked up. Its sums and code
   * are the caller's: recordValues adds them, a parser worker's come at the end (useSums).
   */
  recordIds(
    reporterId: number,
    partnerId: number,
    flowId: number,
    periodId: number,
    freqId: number,
    classificationId: number,
    codeId: number,
    descriptionId: number | null,
    value: number,
    valueExp: number,
    currencyId: number,
    quantity: number | null,
    unitId: number | null,
    quantity2: number | null,
    unit2Id: number | null,
    regimeId: number | null,
    provinceId: number | null,
    sheetId: number,
    row: number,
    sourceUrlId: number | null,
    isAggregate: number,
    periodMonths: number,
    rawId: number | null,
    motId: number | null,
    partner2Id: number | null,
  ): void {
    if (codeId < this.newCodesFrom) this.oldCodeRows++;
    // Null in a plain row (no split, no raw partner): the repeat watch hashes them as 0.
    this.repeats.add(
      reporterId,
      partnerId,
      flowId,
      periodId,
      codeId,
      classificationId,
      currencyId,
      periodMonths,
      regimeId ?? 0,
      provinceId ?? 0,
      rawId ?? 0,
      motId ?? 0,
      partner2Id ?? 0,
    );
    // The sheet '' (every CSV row): its id is in the dictionary's map by the time a row names it.
    this.noSheet ??= this.dims.cached('source_sheet', '');
    if (
      sheetId === this.noSheet &&
      regimeId === null &&
      provinceId === null &&
      motId === null &&
      partner2Id === null &&
      quantity2 === null &&
      unit2Id === null &&
      sourceUrlId === null &&
      rawId === null
    ) {
      const v = this.plainRows;
      let i = this.plainHeld * PLAIN_FIELDS;
      v[i++] = reporterId;
      v[i++] = partnerId;
      v[i++] = flowId;
      v[i++] = periodId;
      v[i++] = freqId;
      v[i++] = classificationId;
      v[i++] = codeId;
      v[i++] = descriptionId;
      v[i++] = value;
      v[i++] = valueExp;
      v[i++] = currencyId;
      v[i++] = quantity;
      v[i++] = unitId;
      v[i++] = this.batchId;
      v[i++] = sheetId;
      v[i++] = row;
      v[i++] = isAggregate;
      v[i] = periodMonths;
      if (++this.plainHeld === PLAIN_ROWS) {
        this.insertPlainRows.run(v);
        this.plainHeld = 0;
      }
      return;
    }
    // In file order: the plain rows before it go first, so the rows' ids are as one insert each gave them.
    this.flush();
    this.insertRecord.run(
      reporterId,
      partnerId,
      flowId,
      periodId,
      freqId,
      classificationId,
      codeId,
      descriptionId,
      value,
      valueExp,
      currencyId,
      quantity,
      unitId,
      quantity2,
      unit2Id,
      regimeId,
      provinceId,
      this.batchId,
      sheetId,
      row,
      sourceUrlId,
      isAggregate,
      periodMonths,
      rawId,
      motId,
      partner2Id,
    );
  }

  /**
   * Writes the plain rows still held (recordValues holds up to PLAIN_ROWS of them for one insert). The
   * import calls it after its last row, before anything reads the table; the steps here that read it call it too.
   */
  flush(): void {
    const v = this.plainRows;
    for (let r = 0; r < this.plainHeld; r++)
      this.insertPlainRecord.run(v.slice(r * PLAIN_FIELDS, (r + 1) * PLAIN_FIELDS));
    this.plainHeld = 0;
  }

  /**
   * The rows came from parser workers, which summed them and collected their codes (writeBatch):
   * those sums, for finish(). Without usable sums (a field overflowed) finish() groups the batch with SQL.
   */
  useSums(sums: SummaryDelta, codes: CodeCollector): void {
    this.summary = null;
    this.summedElsewhere = sums.usable() ? sums : null;
    this.codes = codes;
  }

  /**
   * A nomenclature's row, kept beside every other file's: the latest import still held names the code
   * (commodity-ref-repo.ts), so a revert gives the name back to the file before. Within one file, its last row wins.
   */
  reference(r: CommodityRef): void {
    this.insertRef ??= this.db
      .prepare(`INSERT INTO commodity_ref (classification, code, lang, description, parent, batch_id) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (classification, code, lang, batch_id) DO UPDATE SET description = excluded.description, parent = excluded.parent`);
    this.insertRef.run(r.classification, r.code, r.lang, r.description, r.parent, this.batchId);
  }

  /**
   * For formats whose codes nest: a code with more detailed codes under it in this file (same
   * reporter, partner, flow, period and classification) is their sum, so it is an aggregate.
   * '~' sorts after every letter and digit, so the range is "codes that start with this one".
   */
  markNestedAggregates(): void {
    this.flush();
    this.db
      .prepare(
        `UPDATE trade_row AS t SET is_aggregate = 1 FROM dim_code c
          WHERE c.id = t.code_id AND t.batch_id = :batch AND t.is_aggregate = 0 AND EXISTS (
        SELECT 1 FROM trade_row d JOIN dim_code dc ON dc.id = d.code_id
         WHERE d.reporter_id = t.reporter_id AND d.partner_id = t.partner_id
           AND d.flow_id = t.flow_id AND d.period_id = t.period_id
           AND dc.text > c.text AND dc.text < c.text || '~'
           AND d.classification_id = t.classification_id AND d.partner_raw_id IS t.partner_raw_id
           AND d.batch_id = :batch AND d.superseded_by IS NULL)`,
      )
      .run({ batch: this.batchId });
  }

  reject(sheet: string, row: number, raw: string[], reason: RejectReason, message: string, key: RejectKey): void {
    this.rejectJson(sheet, row, JSON.stringify(raw), reason, message, key);
  }

  rejectJson(sheet: string, row: number, rawJson: string, reason: RejectReason, message: string, key: RejectKey): void {
    this.insertReject.run(
      this.batchId,
      sheet,
      row,
      rawJson,
      reason,
      message,
      key.period,
      key.reporter,
      key.partner,
      key.flow,
    );
  }

  /** Figures the batch's rows state more than once (repeated-figures.ts); after its rows and indexes, before finish(). */
  repeatedFigures(): RepeatedFigures | null {
    this.flush();
    return findRepeatedFigures(this.db, this.batchId, this.repeats);
  }

  /** Counts, warnings, supersede, summaries and scope, in the batch's transaction. Returns every warning stored. */
  finish(counts: BatchCounts, warnings: StoredWarning[], scope: ScopeAnswers = {}): StoredWarning[] {
    this.flush();
    this.db
      .prepare(
        'UPDATE import_batch SET format = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?, rows_skipped = ?, currency = ?, finished_at = ? WHERE id = ?',
      )
      .run(
        counts.format,
        counts.rowsRead,
        counts.rowsImported,
        counts.rowsRejected,
        counts.rowsSkipped,
        counts.currency,
        new Date().toISOString(),
        this.batchId,
      );
    // Read from the sums' typed arrays by each step, one row at a time: as an array of rows they were
    // about 20 MB of the writer's heap at 117k groups, held to the end of the import.
    const rows = this.summedElsewhere ?? (this.summary?.usable() ? this.summary : null);
    const held: BatchCodes = { newFrom: this.newCodesFrom, oldRows: this.oldCodeRows };
    supersedeOlder(this.db, this.batchId, rows, held);
    // Same transaction as the rows: dashboard summaries never disagree with the records.
    const summary = createSummaryMaintenance(this.db);
    summary.addBatch(this.batchId, rows ?? undefined);
    // What the file covers, in the same transaction: a figure it does not cover is never read as zero.
    // A GACC download is one query over its whole span: a listed partner's or code's months without a row are zeros.
    const codes = this.codes.overflow ? null : this.codes.codes();
    writeBatchScope(this.db, this.batchId, rows, codes, scope, counts.format === 'gacc');
    const all = [...warnings, ...scopeWarnings(this.db, this.batchId, scope)];
    const warn = this.db.prepare('INSERT INTO import_warning (batch_id, code, message) VALUES (?, ?, ?)');
    for (const w of all) warn.run(this.batchId, w.code, w.message);
    return all;
  }

  /** The description's id, stored now if it is new; null for none. */
  descriptionId(text: string): number | null {
    if (!text) return null;
    let id = this.descriptions.get(text);
    if (id === undefined) {
      id =
        (this.findDescription.get(text) as number | undefined) ??
        Number(this.insertDescription.run(text).lastInsertRowid);
      // Bounded: a file with millions of distinct descriptions must not grow this without end.
      if (this.descriptions.size > 100_000) this.descriptions.clear();
      this.descriptions.set(text, id);
    }
    return id;
  }
}

/**
 * Where the file could not tell its scope and the person did not say, it covers what it lists: say
 * so, with the flag that widens it, so a figure left "not covered" is never a surprise.
 */
function scopeWarnings(db: Db, batchId: number, scope: ScopeAnswers): StoredWarning[] {
  const s = db
    .prepare(
      `SELECT MIN(goods_all) AS goods, MAX(goods_all) AS someGoods, SUM(goods_all = 0) AS listedCells, COUNT(*) AS cells,
              MIN(partners_all) AS partners
         FROM batch_scope WHERE batch_id = ?`,
    )
    .get(batchId) as {
    goods: number | null;
    someGoods: number | null;
    listedCells: number | null;
    cells: number;
    partners: number | null;
  };
  const out: StoredWarning[] = [];
  if (s.goods === 0 && scope.goods === undefined) {
    // A file with TOTAL rows for some periods and flows but not others: name where, not "no TOTAL row" at all.
    const example =
      s.someGoods === 1
        ? (db
            .prepare(
              'SELECT period, flow FROM batch_scope WHERE batch_id = ? AND goods_all = 0 ORDER BY period, flow LIMIT 1',
            )
            .get(batchId) as { period: string; flow: string })
        : null;
    out.push({
      code: 'scope_goods_listed',
      message: example
        ? noteOf('warn.scopeGoodsSome', {
            listed: s.listedCells ?? 0,
            cells: s.cells,
            period: example.period,
            flow: example.flow,
          })
        : noteOf('warn.scopeGoods'),
    });
  }
  if (s.partners === 0 && scope.partners === undefined)
    out.push({ code: 'scope_partners_listed', message: noteOf('warn.scopePartners') });
  return out;
}
