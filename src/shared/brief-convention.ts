/**
 * The codes a brief leaves out by default, by the convention of the reporting on that pair. News reports
 * of China's trade with North Korea state it excluding electricity (HS 2716: "North Korea's exports to
 * China fell to $2,382 … excluding $1.123M of electricity"); no other pair has such a convention, so a
 * brief on, say, China and Brazil leaves nothing out unless the person says so.
 */
const CONVENTIONS: readonly { pair: readonly [string, string]; excludeHs: readonly string[] }[] = [
  { pair: ['CHN', 'PRK'], excludeHs: ['2716'] },
];

/** The codes the brief on this pair excludes unless told otherwise, in either direction. */
export function conventionalExclusions(reporter: string, partner: string): string[] {
  const hit = CONVENTIONS.find(
    ({ pair: [a, b] }) => (reporter === a && partner === b) || (reporter === b && partner === a),
  );
  return hit ? [...hit.excludeHs] : [];
}

/** The key a typed exclusion is kept under: one pair's choice never carries over to another pair. */
export const pairKey = (reporter: string, partner: string) => `${reporter}-${partner}`;
