import { noteOf } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { SAME_FIGURE_SQL } from '../../db/figure-key';
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
 * Past this many rows the watch stops and the key index is walked whole instead, so its table (8 MB
 * at most) stays out of the peak memory of larger files, which is to stay flat with their size. At
 * 1M rows peak RSS was 168-174 MB without a watch, 184-186 MB with an 8 MB table and 178-181 MB
 * with a 4 MB one. The walk reads the table's older rows too: at 1M rows into 3M it cost 1-3 s of CPU
 * (bench:append, speed ratio 0.82-0.93x before it, 0.71-0.81x with it), so a file of up to 1M rows
 * is watched. Files of China's customs (10,000 rows at most) and Comtrade are far below it.
 */
const WATCH_MAX_ROWS = 1 << 20;
/** Past this many candidates, seeking each costs more than walking the index (4 µs a seek, 0.2 µs an entry). */
const WATCH_MAX_CANDIDATES = 100_000;

/**
 * Watches the batch's rows as the writer stores them, for one that states a figure an earlier row
 * did: each row's key (its dictionary ids) is hashed to 32 bits and kept in an open-addressing table;
 * a row whose hash is there already is a candidate, its key kept for SQL to compare in full (two
 * keys share a hash about n²/2^33 times: 2 at 128k rows). A file with no repeat then costs no SQL,
 * where walking the key index after the rows (GROUP BY its six columns) costs about 0.2 µs an entry,
 * of the table's old rows too: 0.24 s CPU at 1M rows into an empty table, 2% of the import.
 */
export class RepeatWatch {
  private slots = new Int32Array(1 << 12);
  private size = 0;
  /** Six ids (the key index's columns) per candidate row. */
  readonly candidates: number[] = [];
  /** Too many rows or candidates to watch: the index is walked whole. */
  gaveUp = false;

  add(
    r: number,
    p: number,
    f: number,
    t: number,
    c: number,
    k: number,
    currency: number,
    months: number,
    regime: number,
    province: number,
    raw: number,
    mot: number,
    partner2: number,
  ): void {
    if (this.gaveUp) return;
    let h = mix(mix(mix(mix(mix(mix(0x9747b28c, r), p), f), t), c), k);
    h = mix(mix(mix(mix(mix(mix(mix(h, currency), months), regime), province), raw), mot), partner2);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = h === 0 ? 1 : h;
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = h & mask;
    for (let s = slots[i]!; s !== 0; s = slots[i]!) {
      if (s === h) {
        this.candidates.push(r, p, f, t, c, k);
        if (this.candidates.length > WATCH_MAX_CANDIDATES * 6) this.stop();
        return;
      }
      i = (i + 1) & mask;
    }
    slots[i] = h;
    if (++this.size * 2 > slots.length) this.grow();
  }

  private grow(): void {
    if (this.size >= WATCH_MAX_ROWS) return this.stop();
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (const h of this.slots) {
      if (h === 0) continue;
      let i = h & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = h;
    }
    this.slots = slots;
  }

  private stop(): void {
    this.gaveUp = true;
    this.slots = new Int32Array(0);
    this.candidates.length = 0;
  }
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0xcc9e2d51);
  return Math.imul((h << 15) | (h >>> 17), 0x1b873593);
}

/**
 * Rows of one import that state the same figure (figure-key.ts: same reporter, partner, flow, period
 * and months, code, classification, currency and split), which a summary and every query add
 * together. Rows that differ in a split (customs procedure, province, mode of transport, second
 * partner) are parts of a figure, never repeats. Runs on the batch's rows as written, with the key
 * index in place; `watch` saw them as they were written.
 */
export function findRepeatedFigures(db: Db, batchId: number, watch: RepeatWatch): RepeatedFigures | null {
  if (!watch.gaveUp && watch.candidates.length === 0) return null;
  const first = db.prepare('SELECT MIN(id) FROM trade_row WHERE batch_id = ?').pluck().get(batchId) as number | null;
  if (first === null) return null;
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS repeat_key (r INTEGER, p INTEGER, f INTEGER, t INTEGER, c INTEGER, k INTEGER)`,
  );
  try {
    // Rows take max(id) + 1: the batch's are those from `first` on, told apart in the index by their id alone.
    if (watch.gaveUp)
      db.prepare(
        `INSERT INTO temp.repeat_key SELECT ${KEY} FROM trade_row INDEXED BY trade_record_key
          WHERE superseded_by IS NULL AND id >= ? GROUP BY ${KEY} HAVING COUNT(*) > 1`,
      ).run(first);
    else {
      const add = db.prepare('INSERT INTO temp.repeat_key VALUES (?, ?, ?, ?, ?, ?)');
      const seen = new Set<string>();
      const ids = watch.candidates;
      for (let i = 0; i < ids.length; i += 6) {
        const key = ids.slice(i, i + 6);
        if (seen.has(key.join())) continue;
        seen.add(key.join());
        add.run(...key);
      }
    }
    // Only where the key index's columns repeat are the rest compared: few rows, each found through it.
    const groups = db
      .prepare(
        `SELECT t.id, COUNT(DISTINCT t.source_sheet_id) > 1 AS across, MIN(t.source_sheet_id * 4294967296 + t.source_row) AS at
           FROM temp.repeat_key k JOIN trade_row t INDEXED BY trade_record_key
             ON t.reporter_id = k.r AND t.partner_id = k.p AND t.flow_id = k.f AND t.period_id = k.t
            AND t.code_id = k.c AND t.classification_id = k.k AND t.superseded_by IS NULL AND t.id >= ?
          GROUP BY ${KEY.replace(/(\w+)/g, 't.$1')}, ${REST.replace(/(\w+)/g, 't.$1')} HAVING COUNT(*) > 1`,
      )
      .raw()
      .iterate(first) as IterableIterator<[number, number, number]>;
    let figures = 0;
    let acrossSheets = 0;
    // The example: the first figure in the file's order (sheet, row; ids follow the key where rows were merged) stated across sheets, else the first at all.
    let example: [number, number, number] | null = null;
    for (const g of groups) {
      figures++;
      acrossSheets += g[1];
      if (!example || g[1] > example[1] || (g[1] === example[1] && g[2] < example[2])) example = g;
    }
    if (!example) return null;
    const row = db
      .prepare('SELECT period, reporter, partner, flow, code FROM trade_record WHERE id = ?')
      .get(example[0]) as RepeatedFigures['example'];
    const sheets = db
      .prepare(
        `SELECT s.text FROM trade_row n JOIN trade_row o ON ${SAME_FIGURE_SQL} AND o.superseded_by IS NULL AND o.id >= ?
           JOIN dim_sheet s ON s.id = o.source_sheet_id
          WHERE n.id = ? GROUP BY o.source_sheet_id ORDER BY o.source_sheet_id`,
      )
      .pluck()
      .all(first, example[0]) as string[];
    return { figures, acrossSheets, example: row, sheets };
  } finally {
    db.exec('DROP TABLE temp.repeat_key');
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
