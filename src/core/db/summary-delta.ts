// A batch's summary rows summed in memory while the import writes its rows (summary-repo.ts
// writes them). Exact: milli-units, with BigInt past 2^53.
import { familyOf } from '../../shared/classification';

const MULTIPLIER = [1000, 100, 10, 1];

/** Numbers a field's distinct values; -1 once there are more than `limit`. */
class Interner {
  private readonly ids = new Map<string | number, number>();
  readonly values: (string | number)[] = [];
  // Most fields (flow, currency, months) repeat row after row: comparing beats hashing a fresh string.
  private last: string | number | null = null;
  private lastId = -1;
  constructor(private readonly limit: number) {}
  id(v: string | number): number {
    if (v === this.last) return this.lastId;
    let i = this.ids.get(v);
    if (i === undefined) {
      if (this.values.length >= this.limit) return -1;
      this.ids.set(v, (i = this.values.length));
      this.values.push(v);
    }
    this.last = v;
    this.lastId = i;
    return i;
  }

  /** Each id's place in sorted order. Only for locality: JS orders strings by UTF-16 units, SQLite by bytes. */
  ranks(): Int32Array {
    const byValue = this.values
      .map((_, i) => i)
      .sort((a, b) => {
        const x = this.values[a]!;
        const y = this.values[b]!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const rank = new Int32Array(byValue.length);
    byValue.forEach((id, r) => (rank[id] = r));
    return rank;
  }
}

/**
 * Sums per group, exact: doubles while a sum is a safe integer, a BigInt beside it once it is not.
 * Typed arrays, not an object per group: 100k+ groups of objects cost 100 MB of peak RSS in the worker.
 */
class ExactSums {
  private values = new Float64Array(4096);
  private readonly big = new Map<number, bigint>();

  add(i: number, milli: number | bigint): void {
    if (i >= this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    if (typeof milli === 'number' && (this.big.size === 0 || !this.big.has(i))) {
      const s = this.values[i]! + milli;
      if (Number.isSafeInteger(s)) {
        this.values[i] = s;
        return;
      }
    }
    this.big.set(i, (this.big.get(i) ?? BigInt(this.values[i] ?? 0)) + BigInt(milli));
  }

  /** BigInt binds as a 64-bit integer; a double would not be exact past 2^53. */
  get(i: number): bigint {
    return this.big.get(i) ?? BigInt(this.values[i] ?? 0);
  }

  /** Sum i as it is held: a double while safe, else the BigInt. */
  held(i: number): number | bigint {
    return this.big.get(i) ?? this.values[i] ?? 0;
  }
}

/**
 * Group ids to group numbers: open addressing over typed arrays. A Map keyed by these ids (up to
 * 2^52, so not small integers) boxed every key and cost 0.75 s per million rows on the writer's thread.
 */
class GroupTable {
  private keys = new Float64Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  size = 0;

  private slot(id: number, keys: Float64Array): number {
    const mask = keys.length - 1;
    const lo = id | 0;
    const hi = (id / 4294967296) | 0;
    // murmur3's finaliser: every bit of the id reaches the low bits the mask keeps. Multiplying alone
    // left them to the id's low 18 bits (period and the like), so reporter, partner and flow did not
    // spread groups and probes ran long: 1M rows into 120k groups, 0.30 -> 0.12 s of addIds.
    let h = lo ^ Math.imul(hi, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    let i = (h ^ (h >>> 16)) & mask;
    while (keys[i] !== id && keys[i] !== -1) i = (i + 1) & mask;
    return i;
  }

  /** The group number for `id`, numbering it next if it is new. */
  get(id: number): number {
    const i = this.slot(id, this.keys);
    if (this.keys[i] === id) return this.values[i]!;
    const g = this.size++;
    this.keys[i] = id;
    this.values[i] = g;
    if (this.size * 2 > this.keys.length) this.grow();
    return g;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2).fill(-1);
    const values = new Int32Array(keys.length);
    for (let j = 0; j < this.keys.length; j++) {
      const id = this.keys[j]!;
      if (id === -1) continue;
      const i = this.slot(id, keys);
      keys[i] = id;
      values[i] = this.values[j]!;
    }
    this.keys = keys;
    this.values = values;
  }
}

const FIELDS = 8;
/**
 * A delta as structured-cloneable parts, so a parser worker that summed its rows can send the sums
 * (parsed-batch.ts): each field's values in id order, the shapes, each group's field ids (FIELDS per
 * group) and its two sums (milli, rows), as addSums takes them.
 */
export type SummaryParts = {
  values: (string | number)[][];
  shapes: [classification: number, level: number, slice: number][];
  keys: Int32Array;
  sums: (number | bigint)[];
};
/** Per row: reporter, partner, flow, freq, period, currency, period_months, family, classification, level, slice, milli, rows. */
export type SummaryRow = (string | number | bigint)[];
/**
 * A batch's summary rows, read once per step of the import's end (supersede, summaries, scope): an
 * array of them, or a SummaryDelta, which gives them one at a time from its typed arrays.
 */
export type SummaryRows = Iterable<SummaryRow> & { readonly length: number };
/** A code level or a split mask past this is not summed here (the caller groups with SQL). */
const SHAPE_PART = 16;

/**
 * A batch's summary rows, summed while the writer inserts its rows: per cell (reporter, partner, flow,
 * period, currency, months covered) and shape (classification, code level, split mask), the value in
 * milli-units and the row count. Grouping the batch again with SQL afterwards re-read every row it had
 * just written (2.3 s of a 13 s import at 1M rows; this costs about 0.6 s). A group is found by a
 * number built from small per-field ids: a Map keyed by a joined string cost about 2 µs a row at 1M
 * rows (hashing a fresh string, then cache misses), a number a third of that.
 */
export class SummaryDelta {
  private readonly groups = new GroupTable();
  // Bits: reporter 10, partner 10, flow 3, period 11, currency 4, months 4, year 1, shape 6: under 2^53.
  // Past a field's limit the delta gives up (usable() is false) and the caller groups with SQL instead.
  private readonly fields = [1 << 10, 1 << 10, 1 << 3, 1 << 11, 1 << 4, 1 << 4, 1 << 6].map(
    (limit) => new Interner(limit),
  );
  /** (classification id, level, slice) → shape id; -1 until seen. */
  private readonly shapeIds = new Int16Array(64 * SHAPE_PART * SHAPE_PART).fill(-1);
  private readonly shapes: [classification: number, level: number, slice: number][] = [];
  private keys = new Int32Array(1024 * FIELDS);
  // A group's two sums side by side at g * 2: milli, rows.
  private readonly sums = new ExactSums();
  private overflow = false;
  /** The groups in row order, sorted once for the readers of the import's end; null until asked or after a change. */
  private order: Int32Array | null = null;

  add(
    reporter: string,
    partner: string,
    flow: string,
    freq: 'month' | 'year',
    period: string,
    currency: string,
    periodMonths: number,
    classification: string,
    level: number,
    slice: number,
    value: number,
    valueExp: number,
  ): void {
    if (this.overflow) return;
    const [rs, ps, fs, ts, cs, ms, ks] = this.fields as [
      Interner,
      Interner,
      Interner,
      Interner,
      Interner,
      Interner,
      Interner,
    ];
    this.addIds(
      rs.id(reporter),
      ps.id(partner),
      fs.id(flow),
      ts.id(period),
      cs.id(currency),
      ms.id(periodMonths),
      freq === 'year' ? 1 : 0,
      this.shapeId(ks.id(classification), level, slice),
      value,
      valueExp,
    );
  }

  /**
   * A field's id (0 reporter, 1 partner, 2 flow, 3 period, 4 currency, 5 period months, 6
   * classification), -1 past its limit. A caller that reads dictionary ids (summary-repo's
   * superseded rows) sums them by id with addIds and names them once with rename().
   */
  fieldId(field: number, v: string | number): number {
    return this.fields[field]!.id(v);
  }

  /** The shape of a classification id, a code level (0 for TOTAL) and a split mask; -1 past the limits. */
  shapeId(classification: number, level: number, slice: number): number {
    if (classification < 0 || level >= SHAPE_PART || slice >= SHAPE_PART) return -1;
    const k = (classification * SHAPE_PART + level) * SHAPE_PART + slice;
    let id = this.shapeIds[k]!;
    if (id < 0) {
      if (this.shapes.length >= 64) return -1;
      this.shapeIds[k] = id = this.shapes.length;
      this.shapes.push([classification, level, slice]);
    }
    return id;
  }

  addIds(
    r: number,
    p: number,
    f: number,
    t: number,
    c: number,
    m: number,
    y: number,
    shape: number,
    value: number,
    valueExp: number,
  ): void {
    const mult = MULTIPLIER[valueExp]!;
    const product = value * mult;
    this.addSums(r, p, f, t, c, m, y, shape, Number.isSafeInteger(product) ? product : BigInt(value) * BigInt(mult), 1);
  }

  /** As addIds, with the value already in milli-units and a count of rows: a group of another delta (merge). */
  private addSums(
    r: number,
    p: number,
    f: number,
    t: number,
    c: number,
    m: number,
    y: number,
    shape: number,
    milli: number | bigint,
    rows: number | bigint,
  ): void {
    if ((r | p | f | t | c | m | shape) < 0 || this.overflow) {
      this.overflow = true;
      return;
    }
    const id = ((((((r * (1 << 10) + p) * 8 + f) * (1 << 11) + t) * 16 + c) * 16 + m) * 2 + y) * 64 + shape;
    const before = this.groups.size;
    const g = this.groups.get(id);
    if (g === before) {
      this.order = null;
      if ((g + 1) * FIELDS > this.keys.length) {
        const grown = new Int32Array(this.keys.length * 2);
        grown.set(this.keys);
        this.keys = grown;
      }
      this.keys.set([r, p, f, t, c, m, y, shape], g * FIELDS);
    }
    this.sums.add(g * 2, milli);
    this.sums.add(g * 2 + 1, rows);
  }

  /** The sums as parts another thread can take (merge); null where a field overflowed. */
  parts(): SummaryParts | null {
    if (this.overflow) return null;
    const n = this.groups.size;
    const sums: (number | bigint)[] = new Array(n * 2);
    for (let i = 0; i < n * 2; i++) sums[i] = this.sums.held(i);
    return {
      values: this.fields.map((f) => f.values),
      shapes: this.shapes,
      keys: this.keys.slice(0, n * FIELDS),
      sums,
    };
  }

  /** Adds another delta's sums (parts()); null, an overflowed delta, makes this one unusable too. */
  merge(other: SummaryParts | null): void {
    if (other === null) {
      this.overflow = true;
      return;
    }
    const ids = other.values.map((values, field) => values.map((v) => this.fieldId(field, v)));
    const shapes = other.shapes.map(([k, level, slice]) => this.shapeId(ids[6]![k]!, level, slice));
    const [rs, ps, fs, ts, cs, ms] = ids as number[][];
    const k = other.keys;
    for (let g = 0, o = 0; o < k.length; g++, o += FIELDS)
      this.addSums(
        rs![k[o]!]!,
        ps![k[o + 1]!]!,
        fs![k[o + 2]!]!,
        ts![k[o + 3]!]!,
        cs![k[o + 4]!]!,
        ms![k[o + 5]!]!,
        k[o + 6]!,
        shapes[k[o + 7]!]!,
        other.sums[g * 2]!,
        other.sums[g * 2 + 1]!,
      );
  }

  usable(): boolean {
    return !this.overflow;
  }

  /**
   * The rows in summary_total's key order (then by shape), so their upserts walk the B-tree from left
   * to right instead of landing on random pages (120k groups: 0.66 -> 0.28 s for the upserts).
   * Structured-cloneable, so a parser worker can send them.
   */
  rows(): SummaryRow[] {
    return [...this.ordered()];
  }

  /** How many groups the sums hold. */
  size(): number {
    return this.groups.size;
  }

  /** As an array's: the delta reads as SummaryRows. */
  get length(): number {
    return this.groups.size;
  }

  [Symbol.iterator](): Iterator<SummaryRow> {
    return this.ordered();
  }

  /**
   * Replaces each field's values (0 reporter … 6 classification, as fieldId numbers them) by what
   * `name` gives: a caller that summed dictionary ids names them once here, after its last add.
   */
  rename(name: (field: number, value: string | number) => string | number): void {
    this.fields.forEach((f, i) => f.values.forEach((v, j) => (f.values[j] = name(i, v))));
    this.order = null;
  }

  /** rows() one at a time, so a caller that consumes them as they come never holds them all. */
  *ordered(): Generator<SummaryRow> {
    const [rs, ps, fs, ts, cs, ms] = this.fields as Interner[];
    const shapeOut = this.shapeTexts().out;
    const n = this.groups.size;
    const k = this.keys;
    const order = (this.order ??= this.sorted(n));
    for (let j = 0; j < n; j++) {
      // No subarray per group: a view object each cost more than the row it described.
      const g = order[j]!;
      const o = g * FIELDS;
      const shape = shapeOut[k[o + 7]!]!;
      yield [
        rs!.values[k[o]!]!,
        ps!.values[k[o + 1]!]!,
        fs!.values[k[o + 2]!]!,
        k[o + 6] ? 'year' : 'month',
        ts!.values[k[o + 3]!]!,
        cs!.values[k[o + 4]!]!,
        ms!.values[k[o + 5]!]!,
        shape.family,
        shape.classification,
        shape.level,
        shape.slice,
        this.sums.get(g * 2),
        this.sums.get(g * 2 + 1),
      ];
    }
  }

  /** Each shape's family and classification texts, and its place in their sort order. */
  private shapeTexts(): {
    out: { family: string; classification: string; level: number; slice: number }[];
    rank: Int32Array;
  } {
    const ks = this.fields[6]!;
    const out = this.shapes.map(([k, level, slice]) => {
      const classification = String(ks.values[k]!);
      return { family: familyOf(classification), classification, level, slice };
    });
    const rank = new Int32Array(out.length);
    out
      .map((s, i) => ({ s, i }))
      .sort(
        (a, b) =>
          cmp(a.s.family, b.s.family) ||
          cmp(a.s.classification, b.s.classification) ||
          a.s.level - b.s.level ||
          a.s.slice - b.s.slice,
      )
      .forEach(({ i }, r) => (rank[i] = r));
    return { out, rank };
  }

  /** The group numbers in summary_total's key order (then by shape). */
  private sorted(n: number): Int32Array {
    const [rs, ps, fs, ts, cs, ms] = this.fields as Interner[];
    const [rr, pr, fr, tr, cr, mr] = [rs, ps, fs, ts, cs, ms].map((f) => f!.ranks());
    const shapeRank = this.shapeTexts().rank;
    const order = new Int32Array(n);
    const sortKeys = new Float64Array(n);
    const k = this.keys;
    for (let g = 0; g < n; g++) {
      const o = g * FIELDS;
      order[g] = g;
      sortKeys[g] =
        ((((((rr![k[o]!]! * (1 << 10) + pr![k[o + 1]!]!) * 8 + fr![k[o + 2]!]!) * 2 + k[o + 6]!) * (1 << 11) +
          tr![k[o + 3]!]!) *
          16 +
          cr![k[o + 4]!]!) *
          16 +
          mr![k[o + 5]!]!) *
          64 +
        shapeRank[k[o + 7]!]!;
    }
    order.sort((a, b) => sortKeys[a]! - sortKeys[b]!);
    return order;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
