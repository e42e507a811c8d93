import { familyOf } from '../../../shared/classification';
import type { CodeSpan } from '../../db/scope-repo';

/** Distinct codes a batch may list (per frequency) before Tidemark stops counting: past it, no listed code covers anything. */
const MAX_CODES = 200_000;

/**
 * The commodity codes a file holds, per classification and frequency, each with the first and last
 * period it is named in, collected as its rows are written: where the file does not hold all goods,
 * each code it lists covers its own subtree over that span and nothing else. Codes and periods repeat
 * row after row as the same string objects (the parser's file string table), so the map lookup is
 * cheap; the classification and frequency are compared with the last ones seen.
 */
export class CodeCollector {
  private readonly groups = new Map<string, Map<string, [string, string]>>();
  private lastClassification: string | null = null;
  private lastFreq: string | null = null;
  private last: Map<string, [string, string]> | null = null;
  private size = 0;
  overflow = false;

  add(classification: string, freq: string, code: string, period: string): void {
    if (classification !== this.lastClassification || freq !== this.lastFreq || this.last === null) {
      this.lastClassification = classification;
      this.lastFreq = freq;
      const key = `${classification}\u0000${freq}`;
      let map = this.groups.get(key);
      if (!map) this.groups.set(key, (map = new Map()));
      this.last = map;
    }
    const span = this.last.get(code);
    if (span) {
      if (period < span[0]) span[0] = period;
      else if (period > span[1]) span[1] = period;
      return;
    }
    if (this.size >= MAX_CODES) {
      this.overflow = true;
      return;
    }
    this.last.set(code, [period, period]);
    this.size++;
  }

  /** Each listed code's span per family and frequency (editions of one family merged), TOTAL left out (it lists nothing). */
  codes(): CodeSpan[] {
    const out = new Map<string, CodeSpan>();
    for (const [key, map] of this.groups) {
      const [classification, freq] = key.split('\u0000') as [string, string];
      const family = familyOf(classification);
      for (const [code, [first, last]] of map) {
        if (code === 'TOTAL') continue;
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
