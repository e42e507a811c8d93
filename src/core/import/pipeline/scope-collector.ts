import { familyOf } from '../../../shared/classification';

/** Distinct codes a batch may list before Tidemark stops counting: past it, no listed code covers anything. */
const MAX_CODES = 200_000;

/**
 * The commodity codes a file holds, per classification family, collected as its rows are written:
 * where the file does not hold all goods, each code it lists covers its own subtree and nothing else.
 * Codes repeat row after row as the same string objects (the parser's file string table), so the set
 * lookup is cheap; the classification is compared with the last one seen.
 */
export class CodeCollector {
  private readonly byClassification = new Map<string, Set<string>>();
  private lastClassification: string | null = null;
  private last: Set<string> | null = null;
  private size = 0;
  overflow = false;

  add(classification: string, code: string): void {
    if (classification !== this.lastClassification || this.last === null) {
      this.lastClassification = classification;
      let set = this.byClassification.get(classification);
      if (!set) this.byClassification.set(classification, (set = new Set()));
      this.last = set;
    }
    if (this.last.has(code)) return;
    if (this.size >= MAX_CODES) {
      this.overflow = true;
      return;
    }
    this.last.add(code);
    this.size++;
  }

  /** [family, code] pairs, TOTAL left out (it lists nothing). */
  codes(): [string, string][] {
    const out = new Map<string, [string, string]>();
    for (const [classification, set] of this.byClassification) {
      const family = familyOf(classification);
      for (const code of set) if (code !== 'TOTAL') out.set(`${family}\u0000${code}`, [family, code]);
    }
    return [...out.values()];
  }
}
