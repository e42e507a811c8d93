import { say, type Lang } from '../messages';
import { periodIn } from './records';

type Valued = { period: string; flow: string; currency: string; oneCell: boolean };

/**
 * The currency a reporter's figure is read in, where its files hold it in more than one: China's customs
 * publish every query in yuan and in dollars, and a researcher often keeps both downloads. They are the
 * same trade told twice, so they are never added: the currency asked for, else of those holding the
 * latest period the one holding the most periods, US dollars on a tie (the currency news reports and
 * Comtrade use). Null where nothing needs choosing (the values hold only that currency, or one currency
 * unasked), and where the currencies may be different trade: no reporter named (different reporters'), or a figure summed from leaf partners
 * (different partners'). There a rate table converts them, or the series refuses to add them.
 */
export function chosenCurrency(values: Valued[], reporter: string | undefined, asked?: string): string | null {
  if (!reporter || values.some((v) => !v.oneCell)) return null;
  const periods = new Map<string, Set<string>>();
  for (const v of values)
    if (v.currency) (periods.get(v.currency) ?? periods.set(v.currency, new Set()).get(v.currency)!).add(v.period);
  if (asked) return [...periods.keys()].some((c) => c !== asked) ? asked : null;
  if (periods.size < 2) return null;
  // The latest period decides first: a dashboard or a brief is of the latest month, and a currency that
  // stops before it would leave that month "not covered".
  const last = (c: string) => [...periods.get(c)!].reduce((a, p) => (p > a ? p : a), '');
  const latest = [...periods.keys()].reduce((a, c) => (last(c) > a ? last(c) : a), '');
  const rank = (c: string) => (c === 'USD' ? 0 : 1);
  return [...periods]
    .filter(([c]) => last(c) === latest)
    .sort((a, b) => b[1].size - a[1].size || rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Each flow and period read in `currency`: where it is held in that currency, the other currencies' figures
 * of the same flow and period are left out; where it is held only in others, it is not covered in that
 * currency, with the reason and the currencies it is `held` in, unless `convertible` says a rate converts it.
 * `alsoHeld`: the currencies left out, so a reader can choose one of them.
 */
export function inOneCurrency<V extends Valued>(
  values: V[],
  currency: string,
  convertible: (currency: string, period: string) => boolean,
  lang: Lang,
): { values: V[]; uncovered: { period: string; flow: string; reason: string; held: string[] }[]; alsoHeld: string[] } {
  const byCell = new Map<string, V[]>();
  for (const v of values) {
    const k = `${v.flow}\u0000${v.period}`;
    (byCell.get(k) ?? byCell.set(k, []).get(k)!).push(v);
  }
  const kept: V[] = [];
  const uncovered: { period: string; flow: string; reason: string; held: string[] }[] = [];
  const alsoHeld = new Set<string>();
  for (const cell of byCell.values()) {
    const others = [...new Set(cell.map((v) => v.currency).filter((c) => c && c !== currency))].sort();
    if (cell.some((v) => v.currency === currency)) {
      for (const c of others) alsoHeld.add(c);
      kept.push(...cell.filter((v) => v.currency === currency || v.currency === ''));
    } else if (others.every((c) => convertible(c, cell[0]!.period))) {
      kept.push(...cell);
    } else {
      for (const c of others) alsoHeld.add(c);
      const { period, flow } = cell[0]!;
      uncovered.push({
        period,
        flow,
        reason: say(lang, 'currency.heldOnlyIn', { when: periodIn(period, lang), held: others.join(', '), currency }),
        held: others,
      });
    }
  }
  return { values: kept, uncovered, alsoHeld: [...alsoHeld].sort() };
}

/**
 * The rows of each cell (`cellOf`: a partner's flow in one period) in one currency, where the files hold
 * the cell in more than one: the one asked for, else the one the reporter's rows hold for the most
 * periods, US dollars on a tie. The same trade told twice is listed once.
 */
export function rowsInOneCurrency<R extends { reporter: string; period: string; currency: string }>(
  rows: R[],
  cellOf: (r: R) => string,
  asked?: string,
): R[] {
  const currencies = new Map<string, Set<string>>();
  const periods = new Map<string, Set<string>>();
  for (const r of rows) {
    const cell = cellOf(r);
    (currencies.get(cell) ?? currencies.set(cell, new Set()).get(cell)!).add(r.currency);
    const k = `${r.reporter}\u0000${r.currency}`;
    (periods.get(k) ?? periods.set(k, new Set()).get(k)!).add(r.period);
  }
  const held = (reporter: string, c: string) => periods.get(`${reporter}\u0000${c}`)?.size ?? 0;
  const pick = (reporter: string, cs: Set<string>) =>
    asked && cs.has(asked)
      ? asked
      : [...cs].sort(
          (a, b) =>
            held(reporter, b) - held(reporter, a) || (a === 'USD' ? 0 : 1) - (b === 'USD' ? 0 : 1) || (a < b ? -1 : 1),
        )[0]!;
  return rows.filter((r) => {
    const cs = currencies.get(cellOf(r))!;
    return cs.size === 1 || r.currency === pick(r.reporter, cs);
  });
}

/** The footnote naming the currencies left out, where there are any: "Read in USD. The files also hold … CNY …". */
export function alsoHeldNote(lang: Lang, currency: string | null, held: string[]): string[] {
  return held.length && currency ? [say(lang, 'currency.alsoHeld', { held: held.join(', '), currency })] : [];
}
