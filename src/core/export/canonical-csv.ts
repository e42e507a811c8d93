import { closeSync, openSync, writeSync } from 'node:fs';
import { CANONICAL_HEADER } from '../import/canonical-format';
import { milliToDecimal } from '../../shared/money';
import { protectCell } from '../../shared/spreadsheet-safety';
import type { Db } from '../db/open';

const FLUSH_AT = 1 << 20;

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function textCell(text: string | null): string {
  return quote(protectCell(text ?? ''));
}

/**
 * Writes records as Tidemark's canonical CSV (UTF-8, RFC 4180), streaming row by row. The optional
 * `source` column is written only when some record has one, so plain files stay plain.
 */
export function exportCanonicalCsv(db: Db, path: string): { rows: number } {
  const withSource = db.prepare('SELECT 1 FROM trade_record WHERE source_url IS NOT NULL LIMIT 1').get() !== undefined;
  const rows = db
    .prepare(`SELECT r.period, r.reporter, r.partner, r.flow, r.classification, r.code, d.text AS description, r.value_milli, r.currency, r.quantity, r.unit, r.source_url
      FROM trade_record r LEFT JOIN description d ON d.id = r.description_id WHERE r.superseded_by IS NULL AND r.deleted_by IS NULL ORDER BY r.id`)
    .raw()
    .iterate() as IterableIterator<[string, string, string, string, string, string, string | null, number, string, number | null, string | null, string | null]>;
  const fd = openSync(path, 'w');
  let out = [...CANONICAL_HEADER, ...(withSource ? ['source'] : [])].join(',') + '\n';
  let n = 0;
  try {
    for (const [period, reporter, partner, flow, cls, code, desc, milli, currency, qty, unit, source] of rows) {
      out += [period, reporter, partner, flow, textCell(cls), textCell(code), textCell(desc), milliToDecimal(milli), currency, qty === null ? '' : String(qty), textCell(unit)].join(',');
      out += withSource ? `,${textCell(source)}\n` : '\n';
      n++;
      if (out.length > FLUSH_AT) {
        writeSync(fd, out);
        out = '';
      }
    }
    writeSync(fd, out);
  } finally {
    closeSync(fd);
  }
  return { rows: n };
}
