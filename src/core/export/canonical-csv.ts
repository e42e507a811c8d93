import { CANONICAL_EXTRA, CANONICAL_HEADER, type CanonicalExtra } from '../../shared/canonical-header';
import { milliToDecimal } from '../../shared/money';
import type { Db } from '../db/open';
import { partnerKind } from '../reference/areas';
import { csvText, writeCsvLines } from './csv-lines';
import { currentRow } from '../db/current-row';

type Row = [
  period: string,
  reporter: string,
  partner: string,
  flow: string,
  classification: string,
  code: string,
  description: string | null,
  milli: number,
  currency: string,
  quantity: number | null,
  unit: string | null,
  months: number,
  quantity2: number | null,
  unit2: string | null,
  regime: string | null,
  province: string | null,
  mot: string | null,
  partner2: string | null,
  aggregate: number,
  source: string | null,
];

/** What the canonical importer makes of a row with no `aggregate` column: a total where its code or partner says so. */
export const toldAggregate = (partner: string, code: string) => code === 'TOTAL' || partnerKind(partner) !== 'leaf';

/**
 * Writes records as Tidemark's canonical CSV (UTF-8, RFC 4180), streaming row by row. Each of the
 * CANONICAL_EXTRA columns is written only where some record needs it, so plain files stay plain and
 * every figure imports back the same: a split row stays a split of its total, a two-month release
 * keeps its months.
 */
export function exportCanonicalCsv(db: Db, path: string): { rows: number } {
  const used = extrasUsed(db);
  const rows = db
    .prepare(
      `SELECT r.period, r.reporter, r.partner, r.flow, r.classification, r.code, d.text AS description, r.value_milli, r.currency,
        r.quantity, r.unit, r.period_months, r.quantity2, r.unit2, r.regime, r.province, r.mot, r.partner2, r.is_aggregate, r.source_url
      FROM trade_record r LEFT JOIN description d ON d.id = r.description_id WHERE ${currentRow('r')} ORDER BY r.id`,
    )
    .raw()
    .iterate() as IterableIterator<Row>;
  const extras = CANONICAL_EXTRA.filter((k) => used.has(k));
  const lines = function* () {
    for (const r of rows) {
      const [period, reporter, partner, flow, cls, code, desc, milli, currency, qty, unit] = r;
      const cells = [
        period,
        reporter,
        partner,
        flow,
        csvText(cls),
        csvText(code),
        csvText(desc),
        milliToDecimal(milli),
        currency,
        qty === null ? '' : String(qty),
        csvText(unit),
      ];
      for (const k of extras) cells.push(extraCell(k, r));
      yield cells.join(',');
    }
  };
  return { rows: writeCsvLines(path, [...CANONICAL_HEADER, ...extras], lines()) };
}

function extraCell(k: CanonicalExtra, r: Row): string {
  const [, , , , , , , , , , , months, quantity2, unit2, regime, province, mot, partner2, aggregate, source] = r;
  switch (k) {
    case 'months':
      return months === 1 ? '' : String(months);
    case 'quantity2':
      return quantity2 === null ? '' : String(quantity2);
    case 'aggregate':
      return aggregate ? '1' : '0';
    default:
      return csvText({ unit2, regime, province, mode_of_transport: mot, partner2, source }[k]);
  }
}

/** The extra columns some current record needs: one pass over the rows' ids, grouped by partner and flag. */
function extrasUsed(db: Db): Set<CanonicalExtra> {
  const groups = db
    .prepare(
      `SELECT p.text AS partner, c.text = 'TOTAL' AS total, t.is_aggregate AS aggregate, MAX(t.period_months <> 1) AS months,
        MAX(t.quantity2 IS NOT NULL) AS quantity2, MAX(t.unit2_id IS NOT NULL) AS unit2, MAX(t.regime_id IS NOT NULL) AS regime,
        MAX(t.province_id IS NOT NULL) AS province, MAX(t.mot_id IS NOT NULL) AS mode_of_transport,
        MAX(t.partner2_id IS NOT NULL) AS partner2, MAX(t.source_url_id IS NOT NULL) AS source
      FROM trade_row t JOIN dim_area p ON p.id = t.partner_id JOIN dim_code c ON c.id = t.code_id
      WHERE ${currentRow('t')} GROUP BY t.partner_id, c.text = 'TOTAL', t.is_aggregate`,
    )
    .all() as ({ partner: string; total: number; aggregate: number } & Record<CanonicalExtra, number>)[];
  const used = new Set<CanonicalExtra>();
  for (const g of groups) {
    for (const k of CANONICAL_EXTRA) if (k !== 'aggregate' && g[k]) used.add(k);
    if (Boolean(g.aggregate) !== toldAggregate(g.partner, g.total ? 'TOTAL' : '')) used.add('aggregate');
  }
  return used;
}
