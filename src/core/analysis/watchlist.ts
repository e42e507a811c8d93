import type { z } from 'zod';
import type { WatchReport, WatchReportQuery } from '../../shared/analysis-types';
import { compareEditions } from '../../shared/classification';
import { milliToNumber } from '../../shared/money';
import type { ScopeRepo } from '../db/scope-repo';
import type { SeriesRepo } from '../db/series-repo';
import type { WatchlistRepo } from '../db/watchlist-repo';
import { CodeTree, normalizeSelection } from './code-tree';
import { figureQuery } from './figure-query';
import { groupBy } from './group-by';
import { partnerKind } from '../reference/areas';
import { figureValues } from './series-values';
import { createCoverage } from './coverage';
import { rowsInOneCurrency } from './currency-choice';
import { whoseFlows } from './series';
import { periodIn } from './records';
import { say, type Lang } from '../messages';
import { frequencyOf, shiftPeriod } from '../../shared/period';

/**
 * For each month (or each year, where the range is given in years: a Comtrade annual download), the non-zero flows in watched codes, after the resolution that bans them: each
 * cell's top-most held code under a watched heading, in HS, counted once (a reported chapter, not its
 * headings as well; the total slice, not its splits as well; one edition). With a reporter, the months
 * in the range where no file covers its trade with North Korea are listed, so that no hit there is
 * not read as no trade.
 */
export function watchlistReport(
  deps: { watchlist: WatchlistRepo; series: SeriesRepo; scopes: ScopeRepo },
  q: z.output<typeof WatchReportQuery>,
): WatchReport {
  const lang = q.lang;
  // A range given in years reads the annual figures; otherwise (a range of months, or none) the monthly ones.
  const freq = frequencyOf(q.from ?? q.to ?? '2000-01');
  // A partner's trade held in yuan and in dollars (China's customs publish both) is one hit, not two.
  const rows = rowsInOneCurrency(
    deps.watchlist
      .rows(q.reporter ?? null, q.from ?? null, q.to ?? null, freq)
      .filter((r) => r.reporter !== 'PRK' || partnerKind(r.partner) === 'leaf'),
    (r) => [r.period, r.reporter, r.partner, r.flow, r.months].join('\u0000'),
    q.currency,
  );
  const hits = new Map<
    string,
    {
      period: string;
      reporter: string;
      flow: string;
      code: string;
      currency: string;
      milli: bigint;
      entries: Set<string>;
    }
  >();
  for (const cell of groupBy(rows, (r) =>
    [r.period, r.reporter, r.partner, r.flow, r.currency, r.months].join('\u0000'),
  ).values()) {
    const edition = [...new Set(cell.map((r) => r.classification))].sort(compareEditions)[0];
    const mine = cell.filter((r) => r.classification === edition);
    const tree = new CodeTree(mine);
    const watched = new Map<string, string[]>();
    for (const r of mine)
      for (const e of r.entries.split(',')) {
        const [code, label] = e.split('\u0000') as [string, string];
        (watched.get(code) ?? watched.set(code, []).get(code)!).push(label);
      }
    const { period, reporter, flow, currency } = cell[0]!;
    // A code reached through two watched headings (03 and 0307) counts once in its cell.
    const inCell = new Map<string, { milli: bigint; labels: Set<string> }>();
    for (const [prefix, labels] of watched) {
      for (const [code, milli] of tree.topMost(prefix)) {
        const c = inCell.get(code) ?? inCell.set(code, { milli, labels: new Set() }).get(code)!;
        for (const l of labels) c.labels.add(l);
      }
    }
    for (const [code, c] of inCell) {
      const key = [period, reporter, flow, code, currency].join('\u0000');
      const hit =
        hits.get(key) ??
        hits.set(key, { period, reporter, flow, code, currency, milli: 0n, entries: new Set() }).get(key)!;
      hit.milli += c.milli;
      for (const l of c.labels) hit.entries.add(l);
    }
  }
  const out = [...hits.values()]
    .filter((h) => h.milli !== 0n)
    .sort((a, b) =>
      a.period < b.period
        ? -1
        : a.period > b.period
          ? 1
          : a.reporter < b.reporter
            ? -1
            : a.reporter > b.reporter
              ? 1
              : a.flow < b.flow
                ? -1
                : a.flow > b.flow
                  ? 1
                  : Number(b.milli - a.milli),
    )
    .map((h) => ({
      period: h.period,
      reporter: h.reporter,
      flow: h.flow,
      code: h.code,
      currency: h.currency,
      value: milliToNumber(Number(h.milli)),
      entries: [...h.entries],
      query: hitQuery(h),
    }));
  const coverage =
    q.reporter && q.reporter !== 'PRK'
      ? figureValues(deps.series, deps.scopes, {
          reporter: q.reporter,
          partner: 'PRK',
          flows: ['import', 'export'],
          freq,
          from: q.from,
          to: q.to,
          family: 'HS',
          selection: normalizeSelection([], []),
          lang,
        })
      : null;
  const notCovered = (coverage?.uncovered ?? []).map((u) => ({
    period: u.period,
    reason: (q.reporter && otherFamily(deps.scopes, q.reporter, u.flow, freq, u.period, lang)) || u.reason,
  }));
  // figureValues walks only the months some file of the reporter's holds; a month of the range that no file
  // holds at all is not covered either, and a reader counting the months without a hit must see it.
  if (coverage && q.reporter && q.from && q.to && frequencyOf(q.to) === freq) {
    const held = new Set(coverage.periods);
    const whose = whoseFlows(q.reporter, ['import', 'export'], lang);
    for (let p = q.from; p <= q.to; p = shiftPeriod(p, freq === 'year' ? 12 : 1))
      if (!held.has(p))
        notCovered.push({ period: p, reason: say(lang, 'coverage.none', { whose, when: periodIn(p, lang) }) });
    // A month held only as a total (a Comtrade TOTAL row) says how much was traded, not what: no hit
    // there is not "no trade in watched codes" either.
    const detailed = deps.watchlist.detailedMonths(q.reporter, q.from, q.to, freq);
    const uncovered = new Set(notCovered.map((u) => u.period));
    for (const p of coverage.periods)
      if (p >= q.from && p <= q.to && !uncovered.has(p) && !detailed.has(p))
        notCovered.push({ period: p, reason: say(lang, 'watch.totalOnly', { whose, when: periodIn(p, lang) }) });
    notCovered.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  }
  const seen = new Set<string>();
  return {
    hits: out,
    notCovered: notCovered
      .filter((u) => !seen.has(u.period) && seen.add(u.period))
      .map((u) => ({ period: u.period, reason: u.reason })),
  };
}

/**
 * Why a reporter's flow is not covered where its files hold it only in another classification (China's SITC
 * file): the watchlist's codes are HS, and it takes no other, so "ask for --classification SITC" was no way on.
 */
function otherFamily(scopes: ScopeRepo, reporter: string, flow: string, freq: string, period: string, lang: Lang) {
  const rows = scopes.rows({ reporter, flows: [flow], freq, from: period, to: period });
  const families = new Set(rows.map((s) => s.family));
  if (families.size === 0 || families.has('HS')) return null;
  // Files of another classification that do not cover North Korea at all (China's SITC download of five other
  // partners): that is why, and an HS file of the same partners would not say more.
  const coverage = createCoverage(scopes, rows);
  const need = { reporter, partner: 'PRK', selection: { include: [], exclude: [], nothing: true } };
  const first = [...families].sort()[0]!;
  if (![...families].some((family) => coverage.coversPartner({ ...need, family }, flow, period))) {
    const c = coverage.covers({ ...need, family: first }, flow, period, lang);
    if (!c.ok) return c.reason;
  }
  return say(lang, 'watch.otherFamily', {
    whose: whoseFlows(reporter, [flow], lang),
    when: periodIn(period, lang),
    others: [...families].sort().join(lang === 'ko' ? '·' : ' and '),
  });
}

/**
 * The series and rows behind a hit: another reporter's trade with North Korea alone (its rows with other
 * partners are no part of the hit), or North Korea's own report with every partner; a year as a year.
 */
function hitQuery(h: { period: string; reporter: string; flow: string; code: string }) {
  const partner = h.reporter === 'PRK' ? undefined : 'PRK';
  const frequency = frequencyOf(h.period);
  return figureQuery(
    { reporter: h.reporter, partner, flow: h.flow, hs: [h.code], from: h.period, to: h.period, frequency },
    h.period,
    { reporter: h.reporter, partner, flows: [h.flow], code: h.code },
  );
}
