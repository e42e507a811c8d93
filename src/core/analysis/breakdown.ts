import { flowWord, sourcesOfFormats } from '../../shared/series-label';
import type { z } from 'zod';
import type { Breakdown, BreakdownQuery } from '../../shared/analysis-types';
import { familyOf } from '../../shared/classification';
import { AppError } from '../../shared/errors';
import { milliToNumber } from '../../shared/money';
import { frequencyOf, shiftPeriod } from '../../shared/period';
import type { BreakdownRange, BreakdownRepo } from '../db/breakdown-repo';
import type { DefinitionsRepo } from '../db/definitions-repo';
import type { ScopeRepo } from '../db/scope-repo';
import type { SeriesRepo } from '../db/series-repo';
import { proseLang, say, type Lang } from '../messages';
import { normalizeSelection } from './code-tree';
import { createCoverage } from './coverage';
import { breakdownParts, type Part } from './breakdown-parts';
import { figureQuery } from './figure-query';
import { readFrom } from './figure-source';
import { sourceLabel, storedFlows } from './perspective';
import { periodIn } from './records';
import { figureValues } from './series-values';
import { areaName, partnerKind, type NameLang } from '../reference/areas';
import { provinceName, regimeName } from '../reference/gacc-dimensions';
import { alsoHeldNote, chosenCurrency } from './currency-choice';
import { applyDefinition } from './definition-query';

/** A partner's, trade mode's or province's name, from the reference lists; '' where none names the value. */
function dimensionName(
  by: 'partner' | 'regime' | 'province',
  key: string,
  lang: NameLang,
): { text: string; en: string } {
  const name = by === 'partner' ? areaName : by === 'regime' ? regimeName : provinceName;
  return { text: (key && name(key, lang)) || '', en: (key && name(key, 'en')) || '' };
}

export type BreakdownQueryParsed = z.output<typeof BreakdownQuery>;
export type BreakdownDeps = { breakdown: BreakdownRepo; series: SeriesRepo; scopes: ScopeRepo; defs: DefinitionsRepo };

/**
 * Top N by commodity (at any code level), partner, regime or province, with shares of the reported
 * total and the rest as "other". The denominator is the figure the series gives for the same
 * selection (a reported total where one is held); what it holds beyond the items is listed as
 * "unallocated", never spread over them. Where no file covers the total, it and every share are null,
 * with the reason; the items that are covered are still listed.
 */
export function buildBreakdown(deps: BreakdownDeps, input: BreakdownQueryParsed): Breakdown {
  const def = input.def ? deps.defs.get(input.def) : null;
  const q = applyDefinition(input, def);
  const to = q.to ?? q.from;
  const freq = frequencyOf(q.from);
  if (frequencyOf(to) !== freq)
    throw new AppError('bad_input', 'from and to must both be months (YYYY-MM) or both years (YYYY).');
  const flows = storedFlows(q.flow, q.subject);
  const selection = normalizeSelection(q.hs, q.excludeHs);
  const selecting = q.hs.length > 0 || q.excludeHs.length > 0;
  const range = { reporter: q.reporter, partner: q.partner, flows, freq, from: q.from, to };
  const scopeRows = deps.scopes.rows(range);
  const family = q.classification
    ? familyOf(q.classification)
    : selecting || scopeRows.some((s) => s.family === 'HS') || scopeRows.length === 0
      ? 'HS'
      : [...new Set(scopeRows.map((s) => s.family))].sort()[0]!;

  // The denominator, period by period, as the series states it.
  const lang = proseLang(q.lang);
  const tot = figureValues(deps.series, deps.scopes, { ...range, family, selection, lang, currency: q.currency });
  const currencies = [...new Set(tot.values.map((v) => v.currency).filter(Boolean))].sort();
  // Where the reporter's files hold the figure in more than one currency, the items are read in the total's.
  const inCurrency = tot.chosen ?? (q.reporter ? q.currency : undefined);
  const notHeld = periodsOf(q.from, to).filter((p) => !tot.periods.includes(p));
  const reasons = [
    ...tot.uncovered.map((u) => u.reason),
    ...notHeld.map((p) => say(lang, 'breakdown.notHeld', { when: periodIn(p, lang), flows: flowWords(flows, lang) })),
  ];
  const totalMilli = reasons.length ? null : tot.values.reduce((a, v) => a + v.milli, 0);

  const coverage = createCoverage(deps.scopes, scopeRows);
  // Items are figures too: for all partners they need a file covering all partners.
  const partnerNeed = { reporter: q.reporter, partner: q.partner, family, selection };
  const partnerGap = flows.flatMap((f) =>
    periodsOf(q.from, to)
      .filter((p) => coverage.at(f, p).length > 0 && !coverage.coversPartner(partnerNeed, f, p))
      .map((p) => ({ f, p })),
  );
  const covered = (code: string) => {
    const need = { reporter: q.reporter, partner: q.partner, family, selection: normalizeSelection([code], []) };
    return flows.every((f) =>
      periodsOf(q.from, to).every((p) => coverage.at(f, p).length === 0 || coverage.covers(need, f, p).ok),
    );
  };
  // By partner, each item is one partner's figure: listed where a file covers that partner and the goods asked,
  // even when none covers them all.
  // Covered only as one of "all partners" by a file that does not list it (a national total's World row), a
  // partner has no known figure where the World holds more than the partners listed: another file's rows of
  // some goods (Brazil's soybeans beside China's total imports) are not it.
  const gaps = worldGaps(deps.breakdown, range, family);
  const partnerCovered = (partner: string) =>
    flows.every((f) =>
      periodsOf(q.from, to).every((p) => {
        if (coverage.at(f, p).length === 0) return true;
        const c = coverage.covers({ ...partnerNeed, partner }, f, p);
        return c.ok && (c.listed || !gaps.has(`${f}\u0000${p}`));
      }),
    );
  const partsIn = (currency: string | undefined) =>
    partnerGap.length && q.by !== 'partner'
      ? { items: [], currencies: [], notes: [] }
      : breakdownParts(deps.breakdown, {
          range,
          family,
          selection,
          by: q.by,
          level: q.level,
          covered,
          lang,
          currency,
        });
  let parts = partsIn(inCurrency);
  // No total to take a currency from (not covered), and a named reporter's items held in yuan and in dollars:
  // read them in the one the series would choose, as the README says of top, not "mixes currencies" unasked.
  let partsCurrency: string | null = null;
  let partsHeldIn: string[] = [];
  if (inCurrency === undefined && q.reporter && parts.currencies.length > 1) {
    const cells = deps.breakdown.cells(range).filter((c) => c.family === family);
    // One partner's figure (or the World's) told in two currencies is one trade; items summed over several
    // partners in different currencies may be different trade, and stay refused (chosenCurrency).
    const onePartner = q.by === 'partner' || new Set(cells.map((c) => c.partner)).size <= 1;
    partsCurrency = chosenCurrency(
      cells.map((c) => ({ period: c.period, flow: c.flow, currency: c.currency, oneCell: onePartner })),
      q.reporter,
    );
    if (partsCurrency) {
      partsHeldIn = parts.currencies;
      parts = partsIn(partsCurrency);
    }
  }
  // Even where a World row covers all partners, a partner's item is its figure for the goods asked: a file
  // of one code (the EU's cement clinker from Türkiye) is not Türkiye's all goods.
  if (q.by === 'partner') parts.items = parts.items.filter((i) => partnerCovered(i.key));
  for (const c of parts.currencies) if (!currencies.includes(c)) currencies.push(c);
  const otherCurrencies = partsHeldIn.filter((c) => c !== partsCurrency);
  if (partsCurrency) currencies.splice(0, currencies.length, partsCurrency);
  if (currencies.length > 1)
    throw new AppError(
      'mixed_currencies',
      say(lang, 'currency.mixedBreakdown', {
        currencies: currencies.sort().join(', '),
        reporter: q.reporter ? 'named' : 'none',
      }),
    );

  const sorted = [...parts.items].sort((a, b) => b.milli - a.milli || (a.key < b.key ? -1 : 1));
  const share = (m: number) => (totalMilli === null || totalMilli === 0 ? null : m / totalMilli);
  const period = q.from === to ? q.from : `${q.from}..${to}`;
  const seriesInput = {
    reporter: q.reporter,
    partner: q.partner,
    flow: q.flow,
    subject: q.subject,
    hs: q.hs,
    excludeHs: q.excludeHs,
    classification: q.classification,
    from: q.from,
    to,
    frequency: freq,
  };
  const items = sorted.slice(0, q.top).map((s) =>
    item(
      deps.breakdown,
      range,
      q,
      family,
      s,
      share(s.milli),
      figureQuery(
        q.by === 'code'
          ? { ...seriesInput, hs: [s.key], excludeHs: q.excludeHs.filter((e) => e.startsWith(s.key)) }
          : q.by === 'partner'
            ? { ...seriesInput, partner: s.key }
            : { ...seriesInput, [q.by]: s.key },
        period,
        {
          reporter: q.reporter,
          partner: q.by === 'partner' ? s.key : q.partner,
          flows,
          code: q.by === 'code' ? s.key : undefined,
          [q.by === 'regime' ? 'regime' : 'province']: q.by === 'regime' || q.by === 'province' ? s.key : undefined,
        },
      ),
    ),
  );
  // The files every figure listed was read from: the total's, and each item's (a code's, a partner's), the rest too.
  // The total's only where it is stated: one not covered (in the currency read) is read from no file, and a dollar
  // download of all partners was named beside the yuan file of the three partners listed.
  const read = new Set(totalMilli === null ? [] : tot.read);
  // In the currency the figures are read in: a yuan download beside the dollar one is not their source.
  const inIt = { ...partnerNeed, currency: currencies.length === 1 ? currencies[0] : undefined };
  for (const part of sorted) {
    const need =
      q.by === 'code'
        ? { ...inIt, selection: normalizeSelection([part.key], []) }
        : q.by === 'partner'
          ? { ...inIt, partner: part.key }
          : inIt;
    for (const f of flows)
      for (const p of periodsOf(q.from, to)) {
        const c = coverage.covers(need, f, p);
        if (c.ok) for (const b of readFrom(deps.scopes, c.batches, need, f, p)) read.add(b);
      }
  }
  const files = [...read].sort((a, b) => a - b);
  const rest = sorted.slice(q.top);
  const otherMilli = rest.reduce((a, s) => a + s.milli, 0);
  const listed = parts.items.reduce((a, s) => a + s.milli, 0);
  const gap = totalMilli === null ? null : totalMilli - listed;
  return {
    currency: currencies[0] ?? null,
    total: totalMilli === null ? null : milliToNumber(totalMilli),
    items,
    other: { count: rest.length, value: milliToNumber(otherMilli), share: share(otherMilli) },
    unallocated: gap
      ? {
          value: milliToNumber(gap),
          share: share(gap),
          // Codes over their total (a file's rounding, or a part it counted twice): the total stands, and the
          // negative rest says so rather than "in the total but in no code listed".
          note: say(lang, gap < 0 ? 'breakdown.overTotal' : 'breakdown.unallocated', { by: q.by, family }),
        }
      : null,
    notCovered: reasons.length
      ? say(lang, 'breakdown.notCovered', { reason: reasons[0]!, more: reasons.length - 1, unit: freq })
      : null,
    classification: q.by === 'code' || selecting ? family : null,
    footnotes: [
      ...parts.notes,
      ...(partsCurrency
        ? alsoHeldNote(lang, partsCurrency, [...new Set(tot.alsoHeld.concat(otherCurrencies))].sort())
        : alsoHeldNote(lang, tot.chosen, tot.alsoHeld)),
    ],
    source: files.length
      ? sourceLabel(q.reporter, lang, sourcesOfFormats(files.map((b) => deps.scopes.format(b))))
      : '',
    files: [...new Set(files.map((b) => deps.scopes.fileName(b)))],
  };
}

/** An item with its name in the query's language: a code named in its own classification, the others from the reference lists. */
function item(
  repo: BreakdownRepo,
  range: BreakdownRange,
  q: BreakdownQueryParsed,
  family: string,
  s: Part,
  share: number | null,
  query: ReturnType<typeof figureQuery>,
) {
  const d =
    q.by === 'code'
      ? repo.describe(range, family, s.key, {
          classification: q.classification ?? s.classification,
          lang: q.lang,
          latest: s.latest,
        })
      : { ...dimensionName(q.by, s.key, q.lang), partOf: null, partOfEn: null, source: null };
  return {
    key: s.key,
    description: d.text || d.en,
    descriptionEn: d.en,
    // Whose name `description` is where it fell back to `en`.
    partOf: d.text ? d.partOf : d.partOfEn,
    partOfEn: d.partOfEn,
    source: d.source,
    value: milliToNumber(s.milli),
    share,
    query,
  };
}

/** The flows and periods (flow NUL period) where a World cell holds more than its leaf partners add up to. */
function worldGaps(repo: BreakdownRepo, range: BreakdownRange, family: string): Set<string> {
  const sums = new Map<string, { flowPeriod: string; world: number | null; leaves: number }>();
  for (const c of repo.cells({ ...range, partner: undefined })) {
    const kind = partnerKind(c.partner);
    if (c.family !== family || (kind !== 'world' && kind !== 'leaf')) continue;
    const k = [c.flow, c.period, c.currency, c.months].join('\u0000');
    const sum =
      sums.get(k) ?? sums.set(k, { flowPeriod: `${c.flow}\u0000${c.period}`, world: null, leaves: 0 }).get(k)!;
    if (kind === 'world') sum.world = (sum.world ?? 0) + c.total;
    else sum.leaves += c.total;
  }
  return new Set([...sums.values()].filter((v) => v.world !== null && v.world !== v.leaves).map((v) => v.flowPeriod));
}

/** The flows a figure is made of, as prose says them: "import and export", "수입·수출". */
function flowWords(flows: string[], lang: Lang): string {
  if (lang === 'en') return flows.join(' and ');
  return flows.map((f) => flowWord(f, 'ko')).join('·');
}

function periodsOf(from: string, to: string): string[] {
  const out: string[] = [];
  const step = from.length === 4 ? 12 : 1;
  for (let p = from; p <= to && out.length < 1200; p = shiftPeriod(p, step)) out.push(p);
  return out;
}
