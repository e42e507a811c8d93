import { isWithin, TOTAL_CODE } from '../../shared/classification';
import { isWholeOf } from '../reference/commodity-names';

/** A current row of one cell (reporter, partner, flow, period, currency) in one edition. */
export type TreeRow = { code: string; slice: number; milli: number | bigint };

/** Whether the nomenclature of the tree's edition makes `code` all of `prefix` (its one subdivision, level by level). */
export type WholeOf = (prefix: string, code: string) => boolean;

/** What a cell's edition (and, for China's 8-digit lines, its reporter) says a prefix is all of (reference/commodity-names.ts). */
export const wholeIn =
  (classification: string, reporter?: string): WholeOf =>
  (prefix, code) =>
    isWholeOf(classification, prefix, code, { reporter });

/**
 * What a code is worth when nothing is held at or under it: 0 where its nearest held ancestor is fully
 * allocated to codes held (its reported total equals the sum of its parts), unknown otherwise ("not
 * listed separately": within that ancestor's unallocated gap), and a question for the scope where no
 * ancestor is held at all (a complete download leaves zero rows out; a partial one says nothing).
 * A prefix with no row of its own but codes held under it is unknown where that ancestor (or the
 * reported TOTAL) has a gap: "partial", the codes held under it (`listed`, their sum) being only some of
 * it, and the rest of it, if any, within the gap; unless the nomenclature of the cell's edition has that
 * one code as the prefix's only subdivision (27160000 is all of HS 2716): then the prefix is that code.
 */
export type CodeValue =
  | { milli: bigint }
  | { milli: null; why: 'unlisted'; within: string; gap: bigint }
  | { milli: null; why: 'partial'; within: string; gap: bigint; codes: string[]; listed: bigint }
  | { milli: null; why: 'unheld' };

/**
 * One cell's codes resolved by the rule "a reported total wins over the sum of its parts, and nothing
 * is counted twice":
 * - a code's value is its total-slice row (C00, mode 0, W00, no regime, no province) where held, else
 *   the sum of one split of it (the lowest split mask held: one dimension's parts, never two);
 * - a code with codes held under it is worth its own row, not their sum;
 * - a prefix with no row of its own is worth the sum of the top-most codes held under it where they are
 *   all there is of it: its nearest held ancestor (else the reported TOTAL) has no gap, or no TOTAL is
 *   reported (a download of every code). Where the ancestor's own row exceeds its listed parts, the
 *   file lists only some codes, and part of the gap may be the prefix's: its value is unknown, unless
 *   the one code listed is all the nomenclature divides the prefix into (`whole`).
 * Sums are BigInt: a cell's milli-units may pass 2^53, and the summary stores them exactly.
 */
export class CodeTree {
  /** Held codes (TOTAL apart), sorted: a code's descendants follow it contiguously. */
  private readonly codes: string[];
  private readonly held = new Map<string, bigint>();
  private readonly totalRow: bigint | null;
  /** The cell's all-goods total and parts from the summary, when the tree holds only some of its codes. */
  private cell: { total: bigint; parts: bigint | null } | null = null;

  /** `whole`: the nomenclature of the rows' edition (wholeIn); without it, no code is known to be all of another. */
  constructor(
    rows: Iterable<TreeRow>,
    private readonly whole: WholeOf | null = null,
  ) {
    // Per code: the sum of each slice held.
    const bySlice = new Map<string, Map<number, bigint>>();
    for (const r of rows) {
      let m = bySlice.get(r.code);
      if (!m) bySlice.set(r.code, (m = new Map()));
      m.set(r.slice, (m.get(r.slice) ?? 0n) + BigInt(r.milli));
    }
    for (const [code, slices] of bySlice) this.held.set(code, slices.get(0) ?? slices.get(Math.min(...slices.keys()))!);
    this.totalRow = this.held.get(TOTAL_CODE) ?? null;
    this.held.delete(TOTAL_CODE);
    this.codes = [...this.held.keys()].sort();
  }

  /**
   * For a tree built from only the rows under some prefixes: the cell's own total and, where it
   * reports a TOTAL, the sum of its parts (summary_total), which stand for all goods. Returns the tree.
   */
  withTotal(total: bigint, parts: bigint | null): this {
    this.cell = { total, parts };
    return this;
  }

  /** Whether a TOTAL (all goods) row is held: the cell's total is reported, not summed. */
  get reported(): boolean {
    return this.cell ? this.cell.parts !== null : this.totalRow !== null;
  }

  /** The cell's value for all goods. */
  total(): bigint {
    return this.cell?.total ?? this.totalRow ?? this.sumTopMost(0, this.codes.length);
  }

  /** The sum of the top-most codes held below TOTAL; total() − parts() is the unallocated gap. */
  parts(): bigint {
    return this.cell?.parts ?? this.sumTopMost(0, this.codes.length);
  }

  /** The value of all goods under `prefix` (TOTAL for all goods). */
  value(prefix: string): CodeValue {
    if (prefix === TOTAL_CODE) return { milli: this.total() };
    const [from, to] = this.range(prefix);
    if (from < to) {
      const listed = this.sumTopMost(from, to);
      if (this.codes[from] === prefix) return { milli: listed };
      // Only codes under the prefix are held: they are all of it unless the ancestor holding them has a gap.
      const above = this.gapAbove(prefix);
      if (above === null || above.gap <= 0n) return { milli: listed };
      const codes = this.topMost(prefix).map(([c]) => c);
      // The prefix's one subdivision in the nomenclature, listed: that is the prefix, listed.
      if (codes.length === 1 && this.whole?.(prefix, codes[0]!)) return { milli: listed };
      return { milli: null, why: 'partial', ...above, codes, listed };
    }
    // Nothing held at or under the prefix: its nearest held ancestor decides.
    const above = this.gapAbove(prefix);
    if (above === null) return { milli: null, why: 'unheld' };
    return above.gap === 0n ? { milli: 0n } : { milli: null, why: 'unlisted', ...above };
  }

  /**
   * The nearest held ancestor of `prefix` (TOTAL where only a reported total holds it) and its gap: its own
   * row less the top-most codes held under it. Null where nothing above it is held or reported.
   */
  private gapAbove(prefix: string): { within: string; gap: bigint } | null {
    for (let n = prefix.length - 1; n >= 1; n--) {
      const a = prefix.slice(0, n);
      const own = this.held.get(a);
      if (own === undefined) continue;
      const [f, t] = this.range(a);
      return { within: a, gap: own - this.sumTopMost(f + 1, t) };
    }
    return this.reported ? { within: TOTAL_CODE, gap: this.total() - this.parts() } : null;
  }

  /**
   * The parts of `prefix` (TOTAL for all goods): the top-most codes held strictly under it, less any
   * codes under `exclude` (a part holding an excluded code is worth its value less the excluded one),
   * and the gap between the prefix's own row and them. Without a row of its own the prefix has no gap.
   * `unknown` names an excluded code whose value cannot be known (not listed separately).
   */
  partsOf(prefix: string, exclude: string[] = []): { parts: [string, bigint][]; gap: bigint; unknown: string | null } {
    let from = 0;
    let to = this.codes.length;
    let own: bigint | null = this.reported ? this.total() : null;
    if (prefix !== TOTAL_CODE) {
      [from, to] = this.range(prefix);
      own = this.held.get(prefix) ?? null;
      if (own !== null) from++;
    }
    const parts: [string, bigint][] = [];
    let sum = 0n;
    let unknown: string | null = null;
    this.eachTopMost(from, to, (code, v) => {
      if (exclude.some((e) => code.startsWith(e))) return;
      for (const e of exclude) {
        if (!e.startsWith(code)) continue;
        const x = this.value(e);
        if (x.milli === null) unknown ??= e;
        else v -= x.milli;
      }
      parts.push([code, v]);
      sum += v;
    });
    let excludedBelow = 0n;
    if (own !== null)
      for (const e of exclude)
        if (isWithin(e, prefix) && !parts.some(([c]) => e.startsWith(c))) excludedBelow += this.value(e).milli ?? 0n;
    return { parts, gap: own === null ? 0n : own - excludedBelow - sum, unknown };
  }

  /** The top-most codes held at or under `prefix`, with their values. */
  topMost(prefix: string): [string, bigint][] {
    const [from, to] = prefix === TOTAL_CODE ? [0, this.codes.length] : this.range(prefix);
    const out: [string, bigint][] = [];
    this.eachTopMost(from, to, (code, v) => out.push([code, v]));
    return out;
  }

  /** Whether the cell holds a row of `code` itself. */
  holds(code: string): boolean {
    return this.held.has(code);
  }

  /** Held codes under `prefix`, for a reason that names them. */
  heldUnder(prefix: string, limit = 5): string[] {
    const [from, to] = this.range(prefix);
    return this.codes.slice(from, Math.min(to, from + limit));
  }

  /** [from, to) of the held codes that start with `prefix`. */
  private range(prefix: string): [number, number] {
    const from = lowerBound(this.codes, prefix);
    let to = from;
    while (to < this.codes.length && this.codes[to]!.startsWith(prefix)) to++;
    return [from, to];
  }

  private eachTopMost(from: number, to: number, f: (code: string, value: bigint) => void): void {
    let top: string | null = null;
    for (let i = from; i < to; i++) {
      const c = this.codes[i]!;
      if (top !== null && c.startsWith(top)) continue;
      top = c;
      f(c, this.held.get(c)!);
    }
  }

  private sumTopMost(from: number, to: number): bigint {
    let sum = 0n;
    this.eachTopMost(from, to, (_, v) => (sum += v));
    return sum;
  }
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Prefixes as a selection: codes under any of `include` (all goods when empty), except those under
 * any of `exclude`. Nested prefixes are reduced to the outermost, and exclusions outside every
 * inclusion dropped, so each code is counted once.
 */
export type Selection = { include: string[]; exclude: string[]; nothing: boolean };
export function normalizeSelection(include: string[], exclude: string[]): Selection {
  const outer = (xs: string[]) =>
    [...new Set(xs)].sort().filter((x, i, all) => !all.slice(0, i).some((y) => x.startsWith(y)));
  const inc = outer(include);
  const exc = outer(exclude);
  // An inclusion inside an exclusion is excluded whole; an exclusion outside every inclusion changes nothing.
  const kept = inc.filter((i) => !exc.some((e) => i.startsWith(e)));
  return {
    include: kept,
    exclude: exc.filter((e) => (inc.length === 0 ? true : kept.some((i) => e.startsWith(i) && e !== i))),
    nothing: inc.length > 0 && kept.length === 0,
  };
}

/**
 * The selection's value in one tree: Σ value(include) − Σ value(exclude); the first unknown value wins.
 * A code with nothing held at or above it counts 0: callers ask only where a file's scope covers the
 * selection (all goods, or a listed code holding it), and such a file leaves out only zero rows.
 */
export function selectionValue(
  tree: CodeTree,
  sel: Selection,
): { milli: bigint; code?: undefined } | { milli: null; code: string; value: CodeValue } {
  if (sel.nothing) return { milli: 0n };
  let sum = 0n;
  const parts: [string, bigint][] = [
    ...(sel.include.length ? sel.include : [TOTAL_CODE]).map((c) => [c, 1n] as [string, bigint]),
    ...sel.exclude.map((c) => [c, -1n] as [string, bigint]),
  ];
  for (const [code, sign] of parts) {
    const v = tree.value(code);
    if (v.milli === null && v.why === 'unheld') continue;
    if (v.milli === null) return { milli: null, code, value: v };
    sum += sign * v.milli;
  }
  return { milli: sum };
}
