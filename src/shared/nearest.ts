/**
 * Edit distance where swapping two neighbours counts as one edit (optimal string alignment), so a
 * typed DUE is one step from DEU, and 2761 one step from 2716.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known values nearest to `wanted` (case-insensitive), closest first, at most `max` of them;
 * none when nothing is within two edits (or one, for words of up to three letters).
 */
export function nearest(wanted: string, known: Iterable<string>, max = 3): string[] {
  const w = wanted.toUpperCase();
  const limit = w.length <= 3 ? 1 : 2;
  const scored: [string, number][] = [];
  for (const k of known) {
    const distance = editDistance(w, k.toUpperCase());
    if (distance <= limit) scored.push([k, distance]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([k]) => k);
}
