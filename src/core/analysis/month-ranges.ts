import type { Lang } from '../messages';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Consecutive months as ranges: "Jan–Aug", "Mar, Jul–Sep" within one year ("1월–8월" in Korean);
 * "2023-11–2024-02" across years.
 */
export function monthRanges(periods: string[], lang: Lang = 'en'): string {
  const sorted = [...new Set(periods)].sort();
  const oneYear = new Set(sorted.map((p) => p.slice(0, 4))).size === 1;
  const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  const month = (p: string) => Number(p.slice(5, 7));
  const name = (p: string) => (!oneYear ? p : lang === 'ko' ? `${month(p)}월` : MONTHS[month(p) - 1]!);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && index(sorted[j + 1]!) === index(sorted[j]!) + 1) j++;
    out.push(i === j ? name(sorted[i]!) : `${name(sorted[i]!)}–${name(sorted[j]!)}`);
    i = j + 1;
  }
  return out.join(', ');
}
