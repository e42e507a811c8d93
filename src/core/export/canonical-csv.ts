import { CANONICAL_HEADER } from '../../shared/canonical-header';
import { milliToDecimal } from '../../shared/money';
import type { Db } from '../db/open';
import { csvText, writeCsvLines } from './csv-lines';
import { currentRow } from '../db/current-row';

/**
 * Writes records as Tidemark's canonical CSV (UTF-8, RFC 4180), streaming row by row. The optional
 * `source` column is written only when some record has one, so plain files stay plain.
 */
export function exportCanonicalCsv(db: Db, path: string): { rows: number } {
  const withSource = db.prepare('SELECT 1 FROM trade_row WHERE source_url_id IS NOT NULL LIMIT 1').get() !== undefined;
  const rows = db
    .prepare(
      `SELECT r.period, r.reporter, r.partner, r.flow, r.classification, r.code, d.text AS description, r.value_milli, r.currency, r.quantity, r.unit, r.source_url
      FROM trade_record r LEFT JOIN description d ON d.id = r.description_id WHERE ${currentRow('r')} ORDER BY r.id`,
    )
    .raw()
    .iterate() as IterableIterator<
    [
      string,
      string,
      string,
      string,
      string,
      string,
      string | null,
      number,
      string,
      number | null,
      string | null,
      string | null,
    ]
  >;
  const header = [...CANONICAL_HEADER, ...(withSource ? ['source'] : [])];
  const lines = function* () {
    for (const [period, reporter, partner, flow, cls, code, desc, milli, currency, qty, unit, source] of rows) {
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
      if (withSource) cells.push(csvText(source));
      yield cells.join(',');
    }
  };
  return { rows: writeCsvLines(path, header, lines()) };
}
