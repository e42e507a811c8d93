import type { Statement } from 'better-sqlite3';
import {
  ancestorName,
  commodityName,
  koreanAncestorName,
  shortCommodityName,
  type CommodityNameOptions,
} from '../reference/commodity-names';
import type { NameLang } from '../reference/areas';
import { createCommodityRefRepo } from './commodity-ref-repo';
import type { Db } from './open';
import type { Cell, SelectionRow } from './series-repo';
import { SLICE_IDS_SQL } from './summary-repo';
import { currentRow } from './current-row';
import { CODE_IDS_BETWEEN, FAMILY_IDS, familyOf, idOfParam, idsWhere, rangeOnIds, textOf } from './record-dims';

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Whether a file's description is in a script a reader of `lang` reads (English is every reader's second). */
const readsIn = (text: string, lang: NameLang) =>
  lang === 'zh' ? !HANGUL.test(text) : !HAN.test(text) && (lang === 'ko' || !HANGUL.test(text));

export type BreakdownRange = {
  reporter?: string;
  partner?: string;
  flows: string[];
  freq: 'month' | 'year';
  from: string;
  to: string;
};
/** A summary cell with its shape: `level` and `slice` are set when every row of the cell shares them. */
export type ShapedCell = Cell & { level: number | null; slice: number | null };
/** A current, visible row as the breakdown index holds it: a series' selection row without its slice. */
export type BreakdownRow = Omit<SelectionRow, 'slice'>;
/** A held code's value summed over some cells, in the edition their figures are read from, with its latest row where read from rows. */
export type CodeSum = [code: string, classification: string, milli: number, latest: number | null];
/** The same with its splits, read from the table. */
export type SplitRow = BreakdownRow & { slice: number; regime: string | null; province: string | null };

/**
 * Reads for breakdowns of a period range: the resolved cells (summary_total), every current row of
 * the range from the covering breakdown index, and, for cells that mix splits or levels and for
 * breakdowns by regime or province, the rows with their splits.
 */
export function createBreakdownRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const where = (r: BreakdownRange) => {
    // One period is an equality, so the index seeks on reporter and flow after it too (a range stops the seek there).
    const parts = r.from === r.to ? ['freq = ?', 'period = ?'] : ['freq = ?', 'period >= ?', 'period <= ?'];
    const params: unknown[] = r.from === r.to ? [r.freq, r.from] : [r.freq, r.from, r.to];
    const add = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    if (r.reporter) add('reporter = ?', r.reporter);
    if (r.partner) add('partner = ?', r.partner);
    add(`flow IN (${r.flows.map(() => '?').join(', ')})`, ...r.flows);
    return { sql: parts.join(' AND '), params };
  };
  // The same range on trade_row (alias t), by the ids of its texts, so the breakdown index seeks it.
  const whereIds = (r: BreakdownRange) => rangeOnIds('t', r);
  const user = createCommodityRefRepo(db);
  // The edition a code group's rows hold in the range (a figure is of one family; names differ by edition).
  const held = (r: BreakdownRange, family: string, key: string): string | null => {
    const w = whereIds(r);
    return (
      (prepared(
        `SELECT ${textOf('t', 'classification')} FROM trade_row t WHERE ${currentRow('t')} AND ${w.sql}
          AND t.code_id IN ${CODE_IDS_BETWEEN} AND t.classification_id IN ${FAMILY_IDS} LIMIT 1`,
      )
        .pluck()
        .get(...w.params, key, `${key}~`, family) as string | undefined) ?? null
    );
  };
  // The one reporter whose rows hold a code group in the range, where no reporter is asked (China's 8-digit names are for China's codes).
  const soleReporter = (r: BreakdownRange, family: string, key: string): string | undefined => {
    const w = whereIds(r);
    const reporters = prepared(
      `SELECT DISTINCT ${textOf('t', 'reporter')} FROM trade_row t WHERE ${currentRow('t')} AND ${w.sql}
        AND t.code_id IN ${CODE_IDS_BETWEEN} AND t.classification_id IN ${FAMILY_IDS} LIMIT 2`,
    )
      .pluck()
      .all(...w.params, key, `${key}~`, family) as string[];
    return reporters.length === 1 ? reporters[0] : undefined;
  };
  // The file's own description, among the range's rows: index seeks by partner (the range's, from the summary) and code.
  const dataDescription = (r: BreakdownRange, classification: string, code: string): string | null => {
    const w = where(r);
    const ids = whereIds(r);
    return (
      (prepared(`SELECT d.text FROM trade_row t JOIN description d ON d.id = t.description_id
      WHERE ${currentRow('t')} AND ${ids.sql} AND t.code_id = ${idOfParam('code')} AND t.classification_id = ${idOfParam('classification')}${r.partner ? '' : ` AND t.partner_id IN ${idsWhere('partner', `text IN (SELECT partner FROM summary_total WHERE ${w.sql})`)}`}
      ORDER BY t.id DESC LIMIT 1`)
        .pluck()
        .get(...ids.params, code, classification, ...(r.partner ? [] : w.params)) as string | undefined) ?? null
    );
  };
  const latestDescription = (id: number): string | null =>
    (prepared('SELECT d.text FROM trade_row t JOIN description d ON d.id = t.description_id WHERE t.id = ?')
      .pluck()
      .get(id) as string | undefined) ?? null;

  return {
    cells(r: BreakdownRange): ShapedCell[] {
      const w = where(r);
      return prepared(`SELECT reporter, partner, flow, period, currency, period_months AS months, family, classification, editions, total_milli AS total, parts_milli AS parts, level, slice
        FROM summary_total WHERE ${w.sql}`).all(...w.params) as ShapedCell[];
    },
    /** Every current, visible row of the range: the covering index alone answers. */
    rows(r: BreakdownRange): BreakdownRow[] {
      const w = whereIds(r);
      return prepared(`SELECT ${textOf('t', 'reporter')} AS reporter, ${textOf('t', 'partner')} AS partner, ${textOf('t', 'flow')} AS flow,
          ${textOf('t', 'period')} AS period, ${textOf('t', 'currency')} AS currency, t.period_months AS months, ${familyOf('t')} AS family,
          ${textOf('t', 'classification')} AS classification, ${textOf('t', 'code')} AS code,
          t.value * CASE t.value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END AS milli
        FROM trade_row t INDEXED BY trade_record_breakdown WHERE ${currentRow('t')} AND ${w.sql}`).all(
        ...w.params,
      ) as BreakdownRow[];
    },
    /**
     * The top-most codes under all goods of each cell, summed per code over the cells: a plain cell's
     * rows from the covering index, a cell resolved from its rows from summary_code. The cells are
     * the range's own (cells()), of one family.
     */
    codeSums(r: BreakdownRange, family: string, cells: ShapedCell[]): CodeSum[] {
      const keys = cells
        .filter((c) => c.level !== 0)
        .map((c) => [
          c.reporter,
          c.partner,
          c.flow,
          c.period,
          c.currency,
          c.months,
          c.classification,
          c.level === null ? 0 : 1,
        ]);
      if (keys.length === 0) return [];
      // MATERIALIZED: else each comparison in the join reads the JSON again.
      // With the ids of its texts, so the rows are sought by id.
      return prepared(`WITH j AS MATERIALIZED (SELECT value ->> 0 AS reporter, value ->> 1 AS partner, value ->> 2 AS flow, value ->> 3 AS period, value ->> 4 AS currency,
          value ->> 5 AS months, value ->> 6 AS classification, value ->> 7 AS plain FROM json_each(?)),
        c AS MATERIALIZED (SELECT j.*, (SELECT id FROM dim_area WHERE text = j.reporter) AS reporter_id, (SELECT id FROM dim_area WHERE text = j.partner) AS partner_id,
          (SELECT id FROM dim_flow WHERE text = j.flow) AS flow_id, (SELECT id FROM dim_period WHERE text = j.period) AS period_id,
          (SELECT id FROM dim_currency WHERE text = j.currency) AS currency_id, (SELECT id FROM dim_classification WHERE text = j.classification) AS classification_id FROM j)
        SELECT code, classification, SUM(milli) AS milli, MAX(id) AS latest FROM (
          SELECT ${textOf('t', 'code')} AS code, c.classification, t.value * CASE t.value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END AS milli, t.id
            FROM c CROSS JOIN trade_row t INDEXED BY trade_record_breakdown ON t.freq_id = ${idOfParam('freq')} AND t.period_id = c.period_id
              AND t.reporter_id = c.reporter_id AND t.flow_id = c.flow_id AND t.partner_id = c.partner_id
              AND t.classification_id = c.classification_id AND t.currency_id = c.currency_id AND t.period_months = c.months
            WHERE c.plain = 1 AND ${currentRow('t')}
          UNION ALL
          SELECT s.code, s.classification, s.milli, NULL FROM c CROSS JOIN summary_code s ON s.freq = ? AND s.period = c.period AND s.reporter = c.reporter AND s.flow = c.flow
              AND s.partner = c.partner AND s.currency = c.currency AND s.period_months = c.months AND s.family = ?
            WHERE c.plain = 0)
        GROUP BY code, classification`)
        .raw()
        .all(JSON.stringify(keys), r.freq, r.freq, family) as CodeSum[];
    },
    /** The range's rows with their splits (regime, province, mode of transport, second partner). */
    splitRows(r: BreakdownRange): SplitRow[] {
      const w = whereIds(r);
      return prepared(`SELECT ${textOf('t', 'reporter')} AS reporter, ${textOf('t', 'partner')} AS partner, ${textOf('t', 'flow')} AS flow,
          ${textOf('t', 'period')} AS period, ${textOf('t', 'currency')} AS currency, t.period_months AS months, ${familyOf('t')} AS family,
          ${textOf('t', 'classification')} AS classification, ${textOf('t', 'code')} AS code, t.value_milli AS milli,
          ${SLICE_IDS_SQL} AS slice, ${textOf('t', 'regime')} AS regime, ${textOf('t', 'province')} AS province
        FROM trade_row t WHERE ${currentRow('t')} AND ${w.sql}`).all(...w.params) as SplitRow[];
    },
    /**
     * A code group's name, from a nomenclature of its own classification (the one asked for, else the
     * edition its rows hold in the range): the user's, else the bundled one (core/reference), else the
     * file's own description of the code (of its `latest` row where known) where it is in a script the
     * reader reads, else the name of the nearest code above it (`partOf`, which the reader is told), else
     * the file's description as it is; '' if none. `en` is the same in English; `source`, the file's own
     * description where a wider code's name stands for it.
     */
    describe(
      r: BreakdownRange,
      family: string,
      key: string,
      options: { classification?: string; lang?: NameLang; latest?: number } = {},
    ): { text: string; en: string; partOf: string | null; partOfEn: string | null; source: string | null } {
      const lang = options.lang ?? 'en';
      const classification = options.classification ?? held(r, family, key) ?? family;
      const named = { reporter: r.reporter ?? (key.length === 8 ? soleReporter(r, family, key) : undefined) };
      const name = commodityName(user, classification, key, lang, named);
      const en = lang === 'en' ? name : commodityName(user, classification, key, 'en', named);
      const data =
        name && en
          ? null
          : options.latest !== undefined
            ? latestDescription(options.latest)
            : dataDescription(r, classification, key);
      const own = (n: string | null, l: NameLang) => n ?? (data && readsIn(data, l) ? data : null);
      const ownText = own(name, lang);
      // Korean, with no Korean name of the code's own (China's 33049900 is named only in English): the nearest
      // heading above it that has one, said to be that heading's ("화장품 (HS 3304의 일부)"), never English.
      const korean =
        lang === 'ko' && ownText && !HANGUL.test(ownText) ? koreanAncestorName(user, classification, key, named) : null;
      const text = korean ? null : ownText;
      const textEn = own(en, 'en');
      const above = korean ?? (text ? null : ancestorName(user, classification, key, lang, named));
      const aboveEn = textEn ? null : lang === 'en' ? above : ancestorName(user, classification, key, 'en', named);
      return {
        text: text ?? above?.name ?? data ?? '',
        en: textEn ?? aboveEn?.name ?? '',
        partOf: above?.code ?? null,
        partOfEn: aboveEn?.code ?? null,
        source: (above ?? aboveEn) && data && !korean ? data : null,
      };
    },
    /** A code's name for running text: its short name ("electricity"), else its nomenclature's; null where none names it. */
    nameOf(classification: string, code: string, lang: NameLang, options: CommodityNameOptions = {}): string | null {
      return shortCommodityName(classification, code, lang) ?? commodityName(user, classification, code, lang, options);
    },
  };
}
export type BreakdownRepo = ReturnType<typeof createBreakdownRepo>;
