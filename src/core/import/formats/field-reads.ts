import type { FieldRow } from '../readers/reader-types';
import type { CodeCache } from './format-types';

/**
 * Reading a text row's cells in place (FieldRow), for a format's fast path: a cell is checked and
 * interned from the parser's text, and a string is made only for a value not seen before.
 */

/**
 * Whether cell i is text[start, end) as written and clean (canonical-format's trim and unprotect)
 * would leave it so: empty, or printable ASCII at both ends and no apostrophe first.
 */
export function isCleanVerbatim(f: FieldRow, i: number): boolean {
  if (f.kinds[i] !== 0) return false;
  const start = f.starts[i]!;
  const end = f.ends[i]!;
  if (start === end) return true;
  const first = f.text.charCodeAt(start);
  const last = f.text.charCodeAt(end - 1);
  return first > 32 && first !== 39 && first < 127 && last > 32 && last < 127;
}

/** A copy that keeps nothing else alive: a slice may be a view that holds its parser's whole 1 MB text. */
export const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

const POW10 = Array.from({ length: 16 }, (_, n) => 10 ** n);

/**
 * A number equal for two texts exactly when the texts are equal, for a short one (up to 7 ASCII
 * characters, packed 7 bits each, or up to 15 digits); NaN for any other.
 */
export function keyAt(text: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 7) {
    let pack = 0;
    for (let k = end - 1; k >= start; k--) {
      const c = text.charCodeAt(k);
      if (c === 0 || c > 127) return NaN;
      pack = pack * 128 + c;
    }
    return pack;
  }
  if (n > 15) return NaN;
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NaN;
    digits = digits * 10 + c;
  }
  // Negative, apart from the packed keys; 10^n keeps leading zeros apart ("0101" from "101").
  return -(POW10[n]! + digits);
}

/**
 * One slot's contents. Kept in one object, not in an array per field: the codes' table has 65,536
 * slots and a row's code lands on any of them, so each separate array cost the row a cache miss.
 * With the areas' and periods' `derive`: bench:parse 1.52 -> 1.44 s CPU per 1M rows (main interleaved).
 */
class Slot<D> implements CodeCache {
  /** For `companion`: the raw text last seen with this value, its kind, and what it gave. */
  raw: string | undefined = undefined;
  rawKind = 0;
  companion = '';
  // CodeCache's: a sink's ids for this value, cleared when the slot takes another.
  owner: object | null = null;
  codeId = -1;
  description: string | undefined = undefined;
  descriptionId = -1;

  constructor(
    public key: number,
    public value: string,
    /** What the interner's `derive` made of `value`, once per value. */
    public derived: D,
  ) {}
}

/**
 * The strings of one column, by their cells' keys (keyAt): the same string each time a value
 * repeats, found without making or hashing a string. A cache, not a set: a slot holds the last key
 * hashed to it, so memory stays bounded whatever the file holds. The same string each time also
 * lets the batch's string table compare by identity and reuse the string's cached hash.
 * `derive` (optional) is a pure function of the value (an area code's kind, whether a period is
 * valid), computed once per value instead of once per row.
 */
export class CellInterner<D = undefined> {
  private readonly slots: (Slot<D> | undefined)[];
  private readonly shift: number;
  /** The slot of the cell `get` read last; null for a cell without a key. */
  private last: Slot<D> | null = null;
  /** `derive` of the last cell without a key, made anew each time. */
  private lastDerived: D | undefined = undefined;

  constructor(
    bits: number,
    private readonly derive: (value: string) => D = () => undefined as D,
  ) {
    this.slots = new Array<Slot<D> | undefined>(1 << bits).fill(undefined);
    this.shift = 32 - bits;
  }

  /** Cell i of `f` as a string: kept for a key, sliced anew for a cell without one. */
  get(f: FieldRow, i: number): string {
    const key = keyAt(f.text, f.starts[i]!, f.ends[i]!);
    if (Number.isNaN(key)) {
      this.last = null;
      const s = f.text.slice(f.starts[i], f.ends[i]);
      this.lastDerived = this.derive(s);
      return s;
    }
    const at = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> this.shift;
    let slot = this.slots[at];
    if (slot !== undefined && slot.key === key) {
      this.last = slot;
      return slot.value;
    }
    const s = detached(f.text.slice(f.starts[i], f.ends[i]));
    if (slot === undefined) this.slots[at] = slot = new Slot(key, s, this.derive(s));
    else {
      slot.key = key;
      slot.value = s;
      slot.derived = this.derive(s);
      slot.raw = undefined;
      slot.owner = null;
    }
    this.last = slot;
    return s;
  }

  /** The cache entry of the value `get` returned last; undefined for a cell without a key. */
  cacheOfLast(): CodeCache | undefined {
    return this.last ?? undefined;
  }

  /** `derive` of the value `get` returned last. */
  derived(): D {
    return this.last === null ? this.lastDerived! : this.last.derived;
  }

  /**
   * A value that follows the cell `get` read last (a code's description) from cell i of `f`: made
   * by `make` only when the cell's raw text differs from the one last seen with that value, so a
   * repeat costs one comparison, no string and no unescaping.
   */
  companion(f: FieldRow, i: number, make: (cell: string) => string): string {
    const slot = this.last;
    const kind = f.kinds[i]!;
    if (slot === null || kind > 1) return make(f.cell(i));
    const start = f.starts[i]!;
    const n = f.ends[i]! - start;
    const raw = slot.raw;
    // A slice of this length is a view, not a copy; startsWith and a charCodeAt loop were 2-3x slower.
    if (raw !== undefined && raw.length === n && slot.rawKind === kind && f.text.slice(start, start + n) === raw)
      return slot.companion;
    const value = make(f.cell(i));
    slot.raw = detached(f.text.slice(start, start + n));
    slot.rawKind = kind;
    slot.companion = value;
    return value;
  }
}
