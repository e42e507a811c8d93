import { shiftMonth } from '../../../shared/period';

const MONTH = /^\d{4}-\d{2}$/;

/** Months from last back to first, newest first (at most 600). */
export function monthsBetween(first: string | null, last: string | null): string[] {
  if (!first || !last || !MONTH.test(first) || !MONTH.test(last)) return [];
  const out: string[] = [];
  for (let m = last; m >= first && out.length < 600; m = shiftMonth(m, -1)) out.push(m);
  return out;
}

/**
 * The Brief's months for one pair, newest first: `held`, the span its own files give (months they leave
 * uncovered inside it included, each a "not covered" brief); `later`, the database's months after that span,
 * kept to choose so a brief of the latest month says no file of the pair covers it rather than the list
 * ending silently; and the month already chosen, where it is neither. Another pair's earlier months are not
 * offered: the list had every month of the database for every pair.
 */
export function monthChoices(
  pairMonths: string[],
  dbLast: string | null,
  chosen: string,
): { held: string[]; later: string[] } {
  const held = pairMonths;
  const later = held.length && dbLast ? monthsBetween(shiftMonth(held[0]!, 1), dbLast) : [];
  if (MONTH.test(chosen) && !held.includes(chosen) && !later.includes(chosen))
    return { held, later: [...later, chosen].sort().reverse() };
  return { held, later };
}
