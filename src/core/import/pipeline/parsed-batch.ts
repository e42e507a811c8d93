import { codeLevel } from '../../../shared/classification';
import { SummaryDelta, type SummaryParts } from '../../db/summary-delta';
import type { RowSink } from './row-loop';
import { CodeCollector, type CodeSpans } from './scope-collector';
import type { BatchWriter } from './writer';
import type { CodeCache, CommodityRef, NewRecord, RejectKey, RejectReason } from '../formats/format-types';

/**
 * Mapped rows on their way from the parser worker to the writer. Records travel as numbers in a
 * transferred Float64Array plus one table of the batch's distinct strings: the structured clone of
 * an array of per-row values cost the writer's thread about 1.4 s per million rows to read back,
 * more than the parsing it was meant to take off that thread.
 */
export type ParsedBatch = {
  type: 'batch';
  /**
   * SLOTS numbers per record; strings are indexes into `strings`, -1 for null. Codes and descriptions
   * are file string ids (fileString), ids from 0 into the file's table, or -2 - i for strings[i].
   */
  nums: Float64Array;
  records: number;
  strings: string[];
  /** Strings new to the file's table, in id order: the writer appends them to its copy. */
  fileStrings: string[];
  rejects: [sheet: string, line: number, rawJson: string, reason: RejectReason, message: string, key: RejectKey][];
  refs: CommodityRef[];
  bytesRead: number;
  rowsRead: number;
  /** Whose file string table its ids are in: the parser worker's number where several parse one file. */
  table?: number;
};

const S = {
  reporter: 0,
  partner: 1,
  flow: 2,
  period: 3,
  freq: 4,
  classification: 5,
  code: 6,
  description: 7,
  value: 8,
  valueExp: 9,
  currency: 10,
  quantity: 11,
  unit: 12,
  quantity2: 13,
  unit2: 14,
  regime: 15,
  province: 16,
  sheet: 17,
  line: 18,
  sourceUrl: 19,
  isAggregate: 20,
  periodMonths: 21,
  partnerRaw: 22,
  mot: 23,
  partner2: 24,
} as const;
export const SLOTS = 25;
/**
 * Distinct codes and descriptions a file's table holds at most, and their characters: a few MB on
 * each thread whatever the file. Past either, the rest travel in each batch's strings as before.
 */
const FILE_STRINGS = 50_000;
const FILE_STRING_CHARS = 4_000_000;
/**
 * The summed fields as [batch slot, SummaryDelta.fieldId's field]: reporter, partner, flow, period,
 * currency, classification; and the period's collector key (PERIOD_KEY) beside them.
 */
const SUMMED = [
  [S.reporter, 0],
  [S.partner, 1],
  [S.flow, 2],
  [S.period, 3],
  [S.currency, 4],
  [S.classification, 6],
  [S.period, -1],
] as const;
const PERIOD_KEY = 6;

/**
 * What the parser summed of a file's (or a byte range's) records: the summary's sums and the codes the
 * file lists, each null where it overflowed (the writer then groups with SQL, or lists no code).
 */
export type ParsedSums = { summary: SummaryParts | null; codes: CodeSpans | null };

/** Records per batch: large enough that a message costs little per row, small enough to keep memory flat. */
export const BATCH_RECORDS = 4096;
const BATCH_OTHERS = 1024;

/** The parser's side: collects mapped rows and hands a full batch to `post`. */
export class BatchEncoder implements RowSink {
  private nums: Float64Array = new Float64Array(BATCH_RECORDS * SLOTS);
  private records = 0;
  private strings: string[] = [];
  private index = new Map<string, number>();
  private rejects: ParsedBatch['rejects'] = [];
  private refs: CommodityRef[] = [];
  private bytesRead = 0;
  private rowsRead = 0;
  /** The file's codes and descriptions: each string's id, and those not yet sent. */
  private readonly fileIndex = new Map<string, number>();
  private fileStrings: string[] = [];
  private fileChars = 0;
  /**
   * The records' summary sums and listed codes, kept here rather than on the writer's thread, the
   * import's busier one (about 0.8 s of its CPU per 1M rows). Taken per file or byte range (takeSums).
   */
  private sums = new SummaryDelta();
  private codes = new CodeCollector();
  /** Per code's file id, its level (codeLevel): computed once per code, not per row. */
  private readonly levels: number[] = [];
  /**
   * The file's strings by id, the same objects as fileIndex's keys: a code given to the collector as
   * this string has its hash kept, where the row's own string would be hashed afresh on every row.
   */
  private readonly fileTexts: string[] = [];

  constructor(
    private readonly post: (batch: ParsedBatch) => void,
    private readonly fileStringsLimit = FILE_STRINGS,
    /** An array the writer has finished with (parserSide's spare), written over rather than a new one allocated. */
    private readonly spare: () => Float64Array | undefined = () => undefined,
  ) {}

  /**
   * Codes and descriptions repeat across a file but seldom within a batch: sent once per file, the
   * writer finds a description's id by array index instead of hashing its text on every row, and the
   * rows' strings die young here instead of waiting in the batch.
   */
  private fileString(s: string): number {
    let i = this.fileIndex.get(s);
    if (i === undefined) {
      if (this.fileIndex.size >= this.fileStringsLimit || this.fileChars + s.length > FILE_STRING_CHARS) {
        this.strings.push(s);
        return -1 - this.strings.length;
      }
      i = this.fileIndex.size;
      this.fileChars += s.length;
      this.fileIndex.set(s, i);
      this.fileStrings.push(s);
      this.fileTexts.push(s);
    }
    return i;
  }

  /** Per code's file id, the description it last came with and that description's file id. */
  private readonly codeDescription: (string | undefined)[] = [];
  private readonly codeDescriptionId: number[] = [];

  /**
   * A code nearly always comes with the description it came with before: comparing with that one
   * costs less than hashing the description again (fileString showed in the parser's profile).
   */
  private descriptionOf(code: number, description: string): number {
    if (code >= 0 && this.codeDescription[code] === description) return this.codeDescriptionId[code]!;
    const id = this.fileString(description);
    // Only ids in the file's table last beyond this batch.
    if (code >= 0 && id >= 0) {
      this.codeDescription[code] = description;
      this.codeDescriptionId[code] = id;
    }
    return id;
  }

  /** The last string each slot held and its index: flow, currency, unit and the like repeat row after row. */
  private readonly lastString: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
  private readonly lastIndex = new Int32Array(SLOTS);

  private str(s: string | null, slot: number): number {
    if (s === null) return -1;
    if (s === this.lastString[slot]) return this.lastIndex[slot]!;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    this.lastString[slot] = s;
    this.lastIndex[slot] = i;
    return i;
  }

  /**
   * The code's and description's file ids, from the format's cache entry where it holds this
   * encoder's ids for this very code (one object already in cache, instead of a Map lookup and two
   * array reads at random places: 1.44 -> 1.37 s CPU per 1M rows, bench:parse's work, 8 runs each).
   */
  private codeIds(r: NewRecord, cache: CodeCache | undefined, n: Float64Array, o: number): void {
    if (cache !== undefined && cache.owner === this && cache.value === r.code) {
      n[o + S.code] = cache.codeId;
      if (cache.description === r.description) {
        n[o + S.description] = cache.descriptionId;
        return;
      }
    }
    const code = this.fileString(r.code);
    const description = this.descriptionOf(code, r.description);
    n[o + S.code] = code;
    n[o + S.description] = description;
    // Only ids in the file's table last beyond this batch.
    if (cache !== undefined && cache.value === r.code && code >= 0 && description >= 0) {
      cache.owner = this;
      cache.codeId = code;
      cache.description = r.description;
      cache.descriptionId = description;
    }
  }

  record(r: NewRecord, sheet: string, line: number, cache?: CodeCache): void {
    const n = this.nums;
    const o = this.records * SLOTS;
    n[o + S.reporter] = this.str(r.reporter, S.reporter);
    n[o + S.partner] = this.str(r.partner, S.partner);
    n[o + S.flow] = this.str(r.flow, S.flow);
    n[o + S.period] = this.str(r.period, S.period);
    n[o + S.freq] = this.str(r.freq, S.freq);
    n[o + S.classification] = this.str(r.classification, S.classification);
    this.codeIds(r, cache, n, o);
    n[o + S.value] = r.value;
    n[o + S.valueExp] = r.valueExp;
    n[o + S.currency] = this.str(r.currency, S.currency);
    // NaN for null: SQLite stores a bound NaN as NULL anyway.
    n[o + S.quantity] = r.quantity ?? NaN;
    n[o + S.unit] = this.str(r.unit, S.unit);
    n[o + S.quantity2] = r.quantity2 ?? NaN;
    n[o + S.unit2] = this.str(r.unit2, S.unit2);
    n[o + S.regime] = this.str(r.regime, S.regime);
    n[o + S.province] = this.str(r.province, S.province);
    n[o + S.sheet] = this.str(sheet, S.sheet);
    n[o + S.line] = line;
    n[o + S.sourceUrl] = this.str(r.sourceUrl, S.sourceUrl);
    n[o + S.isAggregate] = r.isAggregate ? 1 : 0;
    n[o + S.periodMonths] = r.periodMonths ?? 1;
    n[o + S.partnerRaw] = this.str(r.partnerRaw ?? null, S.partnerRaw);
    n[o + S.mot] = this.str(r.mot ?? null, S.mot);
    n[o + S.partner2] = this.str(r.partner2 ?? null, S.partner2);
    this.sum(r, n, o);
    if (++this.records === BATCH_RECORDS) this.flush();
  }

  /**
   * Per batch string and field of SUMMED, its summary id, or for the period its collector key:
   * -2 until looked up. Each string of the batch is looked up once per field, not once per row
   * (summing with texts per row cost the parser 1.2 s per 1M rows, against 0.8 s on the writer).
   */
  private sumIds = new Int32Array(SUMMED.length * 1024).fill(-2);

  private sumId(field: number, i: number): number {
    const k = i * SUMMED.length + field;
    if (k >= this.sumIds.length) {
      const grown = new Int32Array(Math.max(k + 1, this.sumIds.length * 2)).fill(-2);
      grown.set(this.sumIds);
      this.sumIds = grown;
    }
    let v = this.sumIds[k]!;
    if (v === -2) {
      const text = this.strings[i]!;
      v = field === PERIOD_KEY ? this.codes.periodKey(text) : this.sums.fieldId(SUMMED[field]![1], text);
      this.sumIds[k] = v;
    }
    return v;
  }

  /** Adds the record at `o` to the summary's sums and its code to the listed codes. */
  private sum(r: NewRecord, n: Float64Array, o: number): void {
    const codeId = n[o + S.code]!;
    const code = codeId >= 0 ? this.fileTexts[codeId]! : r.code;
    this.codes.addKey(r.classification, r.freq, code, this.sumId(PERIOD_KEY, n[o + S.period]!));
    let level = codeId >= 0 ? this.levels[codeId] : undefined;
    if (level === undefined) {
      level = codeLevel(code);
      if (codeId >= 0) this.levels[codeId] = level;
    }
    // -1 is null: a row with any split set is a part of its total, never added to it.
    const slice =
      (n[o + S.regime]! >= 0 ? 1 : 0) |
      (n[o + S.province]! >= 0 ? 2 : 0) |
      (n[o + S.mot]! >= 0 ? 4 : 0) |
      (n[o + S.partner2]! >= 0 ? 8 : 0);
    const sums = this.sums;
    sums.addIds(
      this.sumId(0, n[o + S.reporter]!),
      this.sumId(1, n[o + S.partner]!),
      this.sumId(2, n[o + S.flow]!),
      this.sumId(3, n[o + S.period]!),
      this.sumId(4, n[o + S.currency]!),
      sums.fieldId(5, n[o + S.periodMonths]!),
      r.freq === 'year' ? 1 : 0,
      sums.shapeId(this.sumId(5, n[o + S.classification]!), level, slice),
      r.value,
      r.valueExp,
    );
  }

  /** The sums of the records since the last call (a file's, or a byte range's), and a fresh start. */
  takeSums(): ParsedSums {
    const taken = { summary: this.sums.parts(), codes: this.codes.spans() };
    this.sums = new SummaryDelta();
    this.codes = new CodeCollector();
    // The ids looked up were the old sums' and collector's.
    this.sumIds.fill(-2);
    return taken;
  }

  reference(ref: CommodityRef): void {
    this.refs.push(ref);
    if (this.refs.length === BATCH_OTHERS) this.flush();
  }

  reject(sheet: string, line: number, raw: string[], reason: RejectReason, message: string, key: RejectKey): void {
    this.rejects.push([sheet, line, JSON.stringify(raw), reason, message, key]);
    if (this.rejects.length === BATCH_OTHERS) this.flush();
  }

  progress(bytesRead: number, rowsRead: number): void {
    this.bytesRead = bytesRead;
    this.rowsRead = rowsRead;
  }

  flush(): void {
    if (this.records === 0 && this.rejects.length === 0 && this.refs.length === 0) return;
    this.post({
      type: 'batch',
      nums: this.nums,
      records: this.records,
      strings: this.strings,
      fileStrings: this.fileStrings,
      rejects: this.rejects,
      refs: this.refs,
      bytesRead: this.bytesRead,
      rowsRead: this.rowsRead,
    });
    // The array is transferred with the message. Each record writes all its slots, so one the writer gave
    // back serves as it is.
    this.nums = this.spare() ?? new Float64Array(BATCH_RECORDS * SLOTS);
    this.records = 0;
    this.strings = [];
    this.fileStrings = [];
    this.index = new Map();
    this.lastString.fill(null);
    this.sumIds.fill(-2);
    this.rejects = [];
    this.refs = [];
  }
}

/** Adds `by` to every line of the batch: a byte range's lines count from its own start (parse-ranges.ts). */
export function shiftLines(b: ParsedBatch, by: number): void {
  if (by === 0) return;
  const n = b.nums;
  for (let o = S.line, end = b.records * SLOTS; o < end; o += SLOTS) n[o] = n[o]! + by;
  for (const r of b.rejects) r[1] += by;
}

/** What the writer's thread calls per batch: the BatchWriter (tests pass a recorder of the same shape). */
export type RecordTarget = Pick<
  BatchWriter,
  'recordIds' | 'dimensionId' | 'descriptionId' | 'reference' | 'rejectJson'
>;

/** The writer's copy of the parser's file string table, and the description and code id of each, once looked up. */
export type FileStrings = {
  strings: string[];
  descriptionIds: (number | null | undefined)[];
  codeIds?: number[];
};

/**
 * The dimensions a batch's strings are looked up in, each string once per batch (writeBatch), in the
 * order a row's are: areas reporter, partner, partner2 and units unit, unit2, as recordValues does.
 */
const LOOKED_UP = [
  ['reporter', S.reporter],
  ['partner', S.partner],
  ['flow', S.flow],
  ['period', S.period],
  ['freq', S.freq],
  ['classification', S.classification],
  ['currency', S.currency],
  ['unit', S.unit],
  ['unit2', S.unit2],
  ['regime', S.regime],
  ['province', S.province],
  ['source_sheet', S.sheet],
  ['source_url', S.sourceUrl],
  ['partner_raw', S.partnerRaw],
  ['mot', S.mot],
  ['partner2', S.partner2],
] as const;
const L = Object.fromEntries(LOOKED_UP.map(([name], i) => [name, i])) as {
  [K in (typeof LOOKED_UP)[number][0]]: number;
};

/**
 * The writer's side: writes a batch in the order the parser saw its rows (per kind). The parser has
 * summed them already (BatchEncoder.takeSums).
 */
export function writeBatch(b: ParsedBatch, to: RecordTarget, file: FileStrings): void {
  const n = b.nums;
  const st = b.strings;
  for (const f of b.fileStrings) file.strings.push(f);
  const fs = file.strings;
  const descriptionIds = file.descriptionIds;
  const fileStr = (i: number): string => (i >= 0 ? fs[i]! : st[-2 - i]!);
  const descriptionId = (i: number): number | null => {
    if (i < 0) return to.descriptionId(st[-2 - i]!);
    let id = descriptionIds[i];
    if (id === undefined) descriptionIds[i] = id = to.descriptionId(fs[i]!);
    return id;
  };
  const num = (v: number): number | null => (Number.isNaN(v) ? null : v);
  // dims[l * strings + index]: the string's dictionary id for LOOKED_UP[l], -2 until looked up.
  const dims = new Float64Array(LOOKED_UP.length * st.length).fill(-2);
  const dim = (l: number, o: number): number | null => {
    const i = n[o + LOOKED_UP[l]![1]]!;
    if (i < 0) return null;
    const k = l * st.length + i;
    let v = dims[k]!;
    if (v === -2) dims[k] = v = to.dimensionId(LOOKED_UP[l]![0], st[i]!)!;
    return v;
  };
  const codeIds = (file.codeIds ??= []);
  const codeId = (i: number, code: string): number => {
    if (i < 0) return to.dimensionId('code', code)!;
    let id = codeIds[i];
    if (id === undefined) codeIds[i] = id = to.dimensionId('code', code)!;
    return id;
  };
  for (let o = 0, end = b.records * SLOTS; o < end; o += SLOTS) {
    const codeAt = n[o + S.code]!;
    const code = fileStr(codeAt);
    // Looked up in a row's order: a text new to a dictionary gets the id one lookup per row gave it.
    const reporterId = dim(L.reporter, o)!;
    const partnerId = dim(L.partner, o)!;
    const flowId = dim(L.flow, o)!;
    const periodId = dim(L.period, o)!;
    const freqId = dim(L.freq, o)!;
    const classificationId = dim(L.classification, o)!;
    const cId = codeId(codeAt, code);
    const description = descriptionId(n[o + S.description]!);
    to.recordIds(
      reporterId,
      partnerId,
      flowId,
      periodId,
      freqId,
      classificationId,
      cId,
      description,
      n[o + S.value]!,
      n[o + S.valueExp]!,
      dim(L.currency, o)!,
      num(n[o + S.quantity]!),
      dim(L.unit, o),
      num(n[o + S.quantity2]!),
      dim(L.unit2, o),
      dim(L.regime, o),
      dim(L.province, o),
      dim(L.source_sheet, o)!,
      n[o + S.line]!,
      dim(L.source_url, o),
      n[o + S.isAggregate]!,
      n[o + S.periodMonths]!,
      dim(L.partner_raw, o),
      dim(L.mot, o),
      dim(L.partner2, o),
    );
  }
  for (const r of b.rejects) to.rejectJson(...r);
  for (const r of b.refs) to.reference(r);
}
