import type { ImportOptions } from '../../../shared/domain';
import type { StoredNote } from '../../../shared/error-text';
import type { FieldRow, RejectReason } from '../readers/reader-types';

export type { RejectReason };

/** A record as a format produces it, ready for the writer. */
export type NewRecord = {
  reporter: string;
  partner: string;
  flow: string;
  period: string;
  freq: 'month' | 'year';
  classification: string;
  code: string;
  description: string;
  value: number;
  valueExp: number;
  currency: string;
  quantity: number | null;
  unit: string | null;
  quantity2: number | null;
  unit2: string | null;
  /** A split of the total: customs procedure (Comtrade) or trade mode (GACC), registered province. */
  regime: string | null;
  province: string | null;
  /** Comtrade's mode of transport and second partner, where the row splits a total by them (mode 0, W00: null). */
  mot?: string | null;
  partner2?: string | null;
  sourceUrl: string | null;
  /** World/total rows: stored, shown, never added to their details. */
  isAggregate?: boolean;
  /** Months covered, ending at `period` (2 for GACC's January+February release). */
  periodMonths?: number;
  /** The partner code as written, when it could not be mapped to ISO 3166. */
  partnerRaw?: string | null;
};

/**
 * Where a rejected row belongs, as far as its cells say (null: could not be read): stored with the
 * reject so a series can mark the period it was lost from as incomplete.
 */
export type RejectKey = { period: string | null; reporter: string | null; partner: string | null; flow: string | null };

/** A row of a commodity nomenclature (reference file), stored in commodity_ref, not as trade. */
export type CommodityRef = {
  classification: string;
  code: string;
  lang: string;
  description: string;
  parent: string | null;
};

/**
 * An object a format keeps per code value (canonical-format's interner slot) in which the sink keeps
 * what it worked out for that code and its description: the batch encoder's file string ids, found
 * there instead of by hashing the code and reading its tables on every row (bench:parse ~5% less CPU).
 * `value` is the code the entry stands for now; `owner` the sink whose ids these are (another starts over).
 */
export type CodeCache = {
  readonly value: string;
  owner: object | null;
  codeId: number;
  description: string | undefined;
  descriptionId: number;
};

export type RowOutcome =
  | { kind: 'record'; record: NewRecord; cache?: CodeCache }
  | { kind: 'reference'; ref: CommodityRef }
  | { kind: 'reject'; reason: RejectReason; message: StoredNote }
  | { kind: 'skip' };

/** A file-level warning as it is stored with its batch: a code to branch on and the catalog's sentence (noteOf). */
export type StoredWarning = { code: string; message: StoredNote };

/** What a format knows about the file besides its header. */
export type FormatContext = {
  fileName: string;
  options: ImportOptions;
  /** Warnings shown in the import report and stored with the batch (e.g. a probably truncated export), from the catalog (noteOf). */
  warn(code: string, message: StoredNote): void;
};

/**
 * A file format: recognises its header, then turns each data row into an outcome. `mapper` throws
 * an AppError('missing_option', …) naming the option (and CLI flag) when the file does not say
 * something the user must supply (reporter, flow, currency).
 */
export type Format = {
  id: string;
  matches(header: string[]): boolean;
  mapper(header: string[], ctx: FormatContext): RowMapper;
};

export type RowMapper = {
  map(cells: string[]): RowOutcome;
  /**
   * map's outcome read from a text row's offsets, without a string per cell, for the rows it knows
   * how to read so; null sends the row to map (which then also gives every reject's message).
   */
  mapFields?(row: FieldRow): RowOutcome | null;
  /** Called once after the last row, e.g. to warn about GACC's 10,000-row cap. */
  end?(rowsRead: number): void;
  /** For a row `map` rejected (or the reader could not read): the period, reporter, partner and flow its cells name. */
  keyOf?(cells: string[]): Partial<RejectKey>;
  /**
   * Codes nest (HS 27 ⊃ 2716 ⊃ 271600): a record whose code has more detailed codes under it in the
   * same file, for the same reporter, partner, flow and period, is an aggregate of them.
   */
  nestedCodes?: boolean;
  /**
   * For a file parsed in byte ranges on several threads (pipeline/parse-ranges.ts): `state` is what
   * the mapper of one range saw that its warnings depend on (counts, first examples, names warned
   * about), as plain data; `absorb` takes a range's state into this mapper, ranges in file order, with
   * the warnings that range's rows gave on one thread (inline ones at once, the rest at `end`). A
   * format without it is parsed on one thread.
   */
  split?: { state(): MapperState; absorb(state: MapperState): void };
};

/** A range mapper's state: structured-clone data, read back only by a mapper of the same format. */
export type MapperState = unknown;
