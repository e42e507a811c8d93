import { familyOf } from '../../../shared/classification';
import type { CodeSpan } from '../../db/scope-repo';

/** Codes and their spans: classification, frequency, code, first and last period. */
export type CodeSpans = [classification: string, freq: string, code: string, first: string, last: string][];

/** Distinct codes a batch may list (per frequency) before Tidemark stops counting: past it, no listed code covers anything. */
const MAX_CODES = 200_000;

/**
 * The commodity codes a file holds, per classification and frequency, each with the first and last
 * period it is named in, collected as its rows are written: where the file does not hold all goods,
 * each code it lists covers its own subtree over that span and nothing else. The parser's encoder
 * collects them (parsed-batch.ts), where a code is most often the format's cached string, whose hash
 * is kept; the classification, frequency and period are compared with the last ones seen.
 */
export class CodeCollector {
  private readonly groups = new Map<string, Map<string, Int32Array>>();
  private lastClassification: string | null = null;
  private lastFreq: string | null = null;
  private last: Map<string, Int32Array> | null = null;
  // Each period's place in sort order, by a number the collector gives each period text: periods are
  // compared as integers, and the text is looked up only when it differs from the last row's.
  private readonly idOf = new Map<string, number>();
  private readonly rankOfId: number[] = [];
  private readonly idsInOrder: number[] = [];
  private readonly periods: string[] = [];
  private lastPeriod: string | null = null;
  private lastKey = 0;
  private size = 0;
  overflow = false;

  add(classification: string, freq: string, code: string, period: string): void {
    if (period !== this.lastPeriod) {
      this.lastKey = this.periodKey(period);
      this.lastPeriod = period;
    }
    this.addKey(classification, freq, code, this.lastKey);
  }

  /** The collector's number for a period text, for addKey: a caller that sees one text many times looks it up once. */
  periodKey(period: string): number {
    return this.idOf.get(period) ?? this.rank(period);
  }

  /** As add, the period given by its periodKey. */
  addKey(classification: string, freq: string, code: string, periodKey: number): void {
    if (classification !== this.lastClassification || freq !== this.lastFreq || this.last === null) {
      this.lastClassification = classification;
      this.lastFreq = freq;
      const key = `${classification}\u0000${freq}`;
      let map = this.groups.get(key);
      if (!map) this.groups.set(key, (map = new Map()));
      this.last = map;
    }
    const at = this.rankOfId[periodKey]!;
    const span = this.last.get(code);
    if (span) {
      if (at < span[0]!) span[0] = at;
      else if (at > span[1]!) span[1] = at;
      return;
    }
    if (this.size >= MAX_CODES) {
      this.overflow = true;
      return;
    }
    this.last.set(code, Int32Array.of(at, at));
    this.size++;
  }

  /**
   * A new period's key: the periods seen so far are ranked again in sort order (a file holds a few
   * hundred at most), and every span held is moved to the new ranks.
   */
  private rank(period: string): number {
    const at = this.periods.findIndex((p) => p > period);
    const i = at < 0 ? this.periods.length : at;
    const id = this.idOf.size;
    this.idOf.set(period, id);
    this.periods.splice(i, 0, period);
    this.idsInOrder.splice(i, 0, id);
    this.idsInOrder.forEach((p, r) => (this.rankOfId[p] = r));
    if (i < this.periods.length - 1)
      for (const map of this.groups.values())
        for (const span of map.values()) {
          if (span[0]! >= i) span[0]!++;
          if (span[1]! >= i) span[1]!++;
        }
    return id;
  }

  /** The spans as structured-cloneable rows (a parser worker sends them, merge takes them); null past MAX_CODES. */
  spans(): CodeSpans | null {
    if (this.overflow) return null;
    const out: CodeSpans = [];
    for (const [key, map] of this.groups) {
      const [classification, freq] = key.split('\u0000') as [string, string];
      for (const [code, span] of map)
        out.push([classification, freq, code, this.periods[span[0]!]!, this.periods[span[1]!]!]);
    }
    return out;
  }

  /** Adds another collector's spans (spans()); null, one past MAX_CODES, overflows this one too. */
  merge(spans: CodeSpans | null): void {
    if (spans === null) {
      this.overflow = true;
      return;
    }
    // A span is its first and last period: adding both gives it whole.
    for (const [classification, freq, code, first, last] of spans) {
      this.add(classification, freq, code, first);
      if (last !== first) this.add(classification, freq, code, last);
    }
  }

  /** Each listed code's span per family and frequency (editions of one family merged), TOTAL left out (it lists nothing). */
  codes(): CodeSpan[] {
    const out = new Map<string, CodeSpan>();
    for (const [key, map] of this.groups) {
      const [classification, freq] = key.split('\u0000') as [string, string];
      const family = familyOf(classification);
      for (const [code, span] of map) {
        if (code === 'TOTAL') continue;
        const first = this.periods[span[0]!]!;
        const last = this.periods[span[1]!]!;
        const k = `${family}\u0000${code}\u0000${freq}`;
        const had = out.get(k);
        if (!had) out.set(k, [family, code, freq, first, last]);
        else {
          if (first < had[3]) had[3] = first;
          if (last > had[4]) had[4] = last;
        }
      }
    }
    return [...out.values()];
  }
}
