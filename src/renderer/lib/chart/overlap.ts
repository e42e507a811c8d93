import { familyOf } from '../../../shared/classification';

/** What a series counts: whose records, which flows, which codes. Null reporter or partner: any. */
export type SeriesScope = {
  reporter: string | null;
  partner: string | null;
  flow: 'import' | 'export' | 'total';
  subject?: 'reporter' | 'partner' | undefined;
  hs: string[];
  excludeHs: string[];
  /** The family the codes are in (HS when absent): SITC 33 and HS 33 are different goods. */
  classification?: string | undefined;
};

const familyOfSeries = (s: SeriesScope) => familyOf(s.classification ?? 'HS');

/** The flows a series reads from the reporter's records (core/analysis/perspective.ts says the same). */
function storedFlows(s: SeriesScope): string[] {
  if (s.flow === 'total') return ['import', 'export'];
  if ((s.subject ?? 'reporter') === 'reporter') return [s.flow];
  return [s.flow === 'import' ? 'export' : 'import'];
}

const within = (code: string, prefixes: string[]) => prefixes.some((p) => code.startsWith(p));
const admits = (s: SeriesScope, code: string) =>
  (s.hs.length === 0 || within(code, s.hs)) && !within(code, s.excludeHs);

/** Whether some code is counted by both: the narrower of two nested prefixes, admitted by each. */
function codesMeet(a: SeriesScope, b: SeriesScope): boolean {
  // Codes of two classifications cannot be compared: the same trade is counted in both (SITC 33 is most of
  // HS 27), so two series of different families are taken to overlap.
  if (familyOfSeries(a) !== familyOfSeries(b)) return true;
  const as = a.hs.length ? a.hs : [''];
  const bs = b.hs.length ? b.hs : [''];
  for (const x of as)
    for (const y of bs) {
      const narrower = x.startsWith(y) ? x : y.startsWith(x) ? y : null;
      if (narrower !== null && admits(a, narrower) && admits(b, narrower)) return true;
    }
  return false;
}

const sameArea = (a: string | null, b: string | null) => a === null || b === null || a === b;

/** Whether two series count some of the same records: added up (stacked, shared), those are counted twice. */
export function seriesOverlap(a: SeriesScope, b: SeriesScope): boolean {
  return (
    sameArea(a.reporter, b.reporter) &&
    sameArea(a.partner, b.partner) &&
    storedFlows(a).some((f) => storedFlows(b).includes(f)) &&
    codesMeet(a, b)
  );
}

/** The first two series (by index) that count some of the same records, or null. */
export function overlappingPair(scopes: SeriesScope[]): [number, number] | null {
  for (let i = 0; i < scopes.length; i++)
    for (let j = i + 1; j < scopes.length; j++) if (seriesOverlap(scopes[i]!, scopes[j]!)) return [i, j];
  return null;
}
