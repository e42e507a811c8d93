import { noteOf } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { SAME_FIGURE_SQL } from '../../db/figure-key';
import type { SummaryRows } from '../../db/summary-delta';
import type { StoredWarning } from '../formats/format-types';

/** One figure the file states more than once, as its first row names it, and the sheets that state it. */
export type RepeatedFigures = {
  /** Figures stated by more than one row. */
  figures: number;
  /** Of them, those stated in more than one sheet of a workbook. */
  acrossSheets: number;
  example: { period: string; reporter: string; partner: string; flow: string; code: string };
  /** The example's sheets, in the order the file gives them; one ('' for a text file) where it repeats within a sheet. */
  sheets: string[];
};

/** The key index's columns, then the rest of a figure's key (figure-key.ts). */
const KEY = 'reporter_id, partner_id, flow_id, period_id, code_id, classification_id';
const REST = 'period_months, currency_id, is_aggregate, regime_id, province_id, partner_raw_id, mot_id, partner2_id';
/**
 * Seeking the key index once per cell cost about 4 µs a cell (117k cells of a 1M-row file: 0.45 s);
 * walking it whole, 0.18 µs an entry (1M entries: 0.18 s). So the batch's cells are sought one by
 * one only where the table holds this many times more entries than the batch has cells.
 */
const SEEK_PER_ENTRY = 22;

/**
 * Rows of one import that state the same figure (figure-key.ts: same reporter, partner, flow, period
 * and months, code, classification, currency and split), which a summary and every query add
 * together. Rows that differ in a split (customs procedure, province, mode of transport, second
 * partner) are parts of a figure, never repeats. Runs on the batch's rows as written, with the key
 * index in place; `cells`: the batch's summary rows, in cell order, where the import summed them.
 */
export function findRepeatedFigures(db: Db, batchId: number, cells: SummaryRows | null): RepeatedFigures | null {
  const first = db.prepare('SELECT MIN(id) FROM trade_row WHERE batch_id = ?').pluck().get(batchId) as number | null;
  if (first === null) return null;
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS repeat_key (r INTEGER, p INTEGER, f INTEGER, t INTEGER, c INTEGER, k INTEGER)`,
  );
  try {
    // Rows take max(id) + 1: the batch's are those from `first` on, told apart in the index by their id alone.
    const older = first - 1;
    if (cells && older > cells.length * SEEK_PER_ENTRY) keysByCell(db, cells, first);
    else
      db.prepare(
        `INSERT INTO temp.repeat_key SELECT ${KEY} FROM trade_row INDEXED BY trade_record_key
          WHERE superseded_by IS NULL AND id >= ? GROUP BY ${KEY} HAVING COUNT(*) > 1`,
      ).run(first);
    // Only where the key index's columns repeat are the rest compared: few rows, each found through it.
    const groups = db
      .prepare(
        `SELECT MIN(t.id) AS id, COUNT(DISTINCT t.source_sheet_id) > 1 AS across
           FROM temp.repeat_key k JOIN trade_row t INDEXED BY trade_record_key
             ON t.reporter_id = k.r AND t.partner_id = k.p AND t.flow_id = k.f AND t.period_id = k.t
            AND t.code_id = k.c AND t.classification_id = k.k AND t.superseded_by IS NULL AND t.id >= ?
          GROUP BY ${KEY.replace(/(\w+)/g, 't.$1')}, ${REST.replace(/(\w+)/g, 't.$1')} HAVING COUNT(*) > 1`,
      )
      .raw()
      .iterate(first) as IterableIterator<[number, number]>;
    let figures = 0;
    let acrossSheets = 0;
    // The example: the first figure (in the rows' order) stated across sheets, else the first at all.
    let example: [number, number] | null = null;
    for (const g of groups) {
      figures++;
      acrossSheets += g[1];
      if (!example || g[1] > example[1] || (g[1] === example[1] && g[0] < example[0])) example = g;
    }
    if (!example) return null;
    const row = db
      .prepare('SELECT period, reporter, partner, flow, code FROM trade_record WHERE id = ?')
      .get(example[0]) as RepeatedFigures['example'];
    const sheets = db
      .prepare(
        `SELECT s.text FROM trade_row n JOIN trade_row o ON ${SAME_FIGURE_SQL} AND o.superseded_by IS NULL AND o.id >= ?
           JOIN dim_sheet s ON s.id = o.source_sheet_id
          WHERE n.id = ? GROUP BY o.source_sheet_id ORDER BY MIN(o.id)`,
      )
      .pluck()
      .all(first, example[0]) as string[];
    return { figures, acrossSheets, example: row, sheets };
  } finally {
    db.exec('DROP TABLE temp.repeat_key');
  }
}

/** The key index's repeated keys, sought cell by cell: a small file into a large table. */
function keysByCell(db: Db, cells: SummaryRows, first: number): void {
  const id = (table: string) => db.prepare(`SELECT id FROM ${table} WHERE text = ?`).pluck();
  const [area, flow, period] = [id('dim_area'), id('dim_flow'), id('dim_period')];
  const find = db.prepare(
    `INSERT INTO temp.repeat_key SELECT ${KEY} FROM trade_row INDEXED BY trade_record_key
      WHERE reporter_id = ? AND partner_id = ? AND flow_id = ? AND period_id = ? AND superseded_by IS NULL AND id >= ?
      GROUP BY code_id, classification_id HAVING COUNT(*) > 1`,
  );
  let last: unknown[] = [];
  for (const row of cells) {
    const [reporter, partner, flowText, , periodText] = row;
    // The summary's rows come in cell order, a cell's shapes and currencies together.
    if (reporter === last[0] && partner === last[1] && flowText === last[2] && periodText === last[4]) continue;
    last = row;
    find.run(area.get(reporter), area.get(partner), flow.get(flowText), period.get(periodText), first);
  }
}

/**
 * What the person is told of repeated figures. Rows of one sheet (or one text file) are added
 * together, as every sum of the batch already does, and the warning says how to keep them apart. Rows
 * of different sheets that the person did not choose are refused: a workbook of a national sheet and
 * one per region repeats one table, and their sum counts the nation twice over. Sheets chosen by name
 * (--sheet, the mapping step's sheet boxes) are added, with the warning: they may be parts.
 */
export function repeatedFiguresWarning(found: RepeatedFigures, fileName: string, sheetsChosen: boolean): StoredWarning {
  const { period, reporter, partner, flow, code } = found.example;
  const params = { count: found.figures, period, reporter, partner, flow, code };
  if (found.acrossSheets === 0) return { code: 'repeated_figures', message: noteOf('warn.repeatedFigures', params) };
  const [sheetA = '', sheetB = ''] = found.sheets;
  const sheets = { sheetA, sheetB, more: Math.max(0, found.sheets.length - 2) };
  if (!sheetsChosen)
    throw new AppError('bad_input', {
      key: 'import.sheetsRepeatFigures',
      params: { file: fileName, ...params, count: found.acrossSheets, ...sheets },
    });
  return {
    code: 'repeated_figures',
    message: noteOf('warn.repeatedFiguresSheets', { ...params, count: found.acrossSheets, ...sheets }),
  };
}
