import { listedAt, type ListingSpan, type ScopeRepo, type ScopeRow } from '../db/scope-repo';
import type { Selection } from './code-tree';
import { listSome, say, type Lang } from '../messages';
import { partnerName, possessive } from './naming';
import { periodIn } from './records';
import { frequencyOf } from '../../shared/period';
import { isWholeOf } from '../reference/commodity-names';
import { flowWord } from '../../shared/series-label';

/**
 * What a figure asks of the files: a reporter, a flow, a partner (or all), goods (all or a selection) in a
 * family; and, where asked, in one currency: then only files holding figures in it (or in none named) cover.
 */
export type Need = { reporter?: string; partner?: string; family: string; selection: Selection; currency?: string };

/** `listed`: a covering batch names the partner asked for (not only all partners by a World row or an answer). */
export type Covered = { ok: true; months: number; batches: number[]; listed: boolean } | { ok: false; reason: string };

/**
 * Whether the batches held cover a figure, and if not, why, in words a person can act on. A figure
 * exists only where one batch's scope covers its reporter, flow and period in its classification,
 * its partner (all partners, or this one listed) and its goods (all goods, or a listed code that holds
 * every prefix asked for) together: a file listing soybeans for Brazil covers neither North Korea nor
 * all goods, so North Korea's trade is "not covered", never zero.
 */
export function createCoverage(scopes: ScopeRepo, rows: ScopeRow[]) {
  const byKey = new Map<string, ScopeRow[]>();
  for (const r of rows) {
    const k = `${r.flow}\u0000${r.period}`;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(r);
  }
  // Where each batch lists a partner or a code, read once per batch and asked of every scope row.
  const partnerMemo = new Map<string, ListingSpan[]>();
  const prefixMemo = new Map<string, ListingSpan[]>();
  const listsPartner = (s: ScopeRow, p: string) => {
    const k = `${s.batchId}\u0000${p}`;
    let v = partnerMemo.get(k);
    if (v === undefined) partnerMemo.set(k, (v = scopes.partnerSpans(s.batchId, p)));
    return listedAt(v, s);
  };
  const coversPrefix = (s: ScopeRow, family: string, prefix: string) => {
    const k = `${s.batchId}\u0000${family}\u0000${prefix}`;
    let v = prefixMemo.get(k);
    if (v === undefined) prefixMemo.set(k, (v = scopes.codeSpans(s.batchId, family, prefix)));
    return listedAt(v, s) || soleCodeOf(s, family, prefix);
  };
  // A heading whose one subdivision is the code a file lists is that code, listed (HS 2716 is 27160000): the
  // sample's November 2020, items with no TOTAL, covered 27160000 but not HS 2716, which read "not listed".
  // Whether the file's edition says so is the code tree's to decide (code-tree.ts, wholeIn).
  const soleCodeOf = (s: ScopeRow, family: string, prefix: string) => {
    if (family !== 'HS') return false;
    const under = scopes.listedUnder(s, family, prefix, 2);
    return under.length === 1 && under[0] !== prefix && isWholeOf('HS', prefix, under[0]!, { reporter: s.reporter });
  };
  const currencyMemo = new Map<number, string[]>();
  const holdsCurrency = (s: ScopeRow, need: Need) => {
    if (need.currency === undefined) return true;
    let v = currencyMemo.get(s.batchId);
    if (v === undefined) currencyMemo.set(s.batchId, (v = scopes.currencies(s.batchId)));
    return v.includes(need.currency) || v.includes('');
  };
  const partnerOk = (s: ScopeRow, need: Need) =>
    s.partnersAll === 1 || (need.partner !== undefined && listsPartner(s, need.partner));
  const goodsOk = (s: ScopeRow, need: Need) => {
    if (s.goodsAll === 1) return true;
    const sel = need.selection;
    // All goods, or all goods but some, need a file that holds all goods.
    if (sel.include.length === 0) return sel.nothing;
    return sel.include.every((p) => coversPrefix(s, need.family, p));
  };

  // The years a reporter's flow is held in a family, asked where a month is not held in it: a Comtrade SITC
  // download of 2010-2014 beside HS months holds SITC by year, which "held only in HS" denied.
  const yearsMemo = new Map<string, string[]>();
  const yearsOf = (reporter: string | undefined, flow: string, family: string) => {
    const k = `${reporter ?? ''}\u0000${flow}\u0000${family}`;
    let v = yearsMemo.get(k);
    if (v === undefined)
      yearsMemo.set(
        k,
        (v = [...new Set(scopes.rows({ reporter, flows: [flow], freq: 'year', family }).map((s) => s.period))].sort()),
      );
    return v;
  };

  /** The scope rows of a flow and period (any family), as held. */
  const at = (flow: string, period: string) => byKey.get(`${flow}\u0000${period}`) ?? [];

  return {
    at,
    /** Whether `need` is covered for `flow` in `period`, and the months the covering release spans. */
    covers(need: Need, flow: string, period: string, lang: Lang = 'en'): Covered {
      const here = at(flow, period).filter(
        (s) => (!need.reporter || s.reporter === need.reporter) && holdsCurrency(s, need),
      );
      const inFamily = here.filter((s) => s.family === need.family);
      const ok = inFamily.filter((s) => partnerOk(s, need) && goodsOk(s, need));
      if (ok.length)
        return {
          ok: true,
          months: Math.max(...ok.map((s) => s.months)),
          batches: ok.map((s) => s.batchId),
          listed: need.partner !== undefined && ok.some((s) => listsPartner(s, need.partner!)),
        };
      return { ok: false, reason: this.why(need, flow, period, here, inFamily, lang) };
    },

    /** Why `need` is not covered, in the language asked for (the brief refuses in Korean in Korean). */
    why(need: Need, flow: string, period: string, here: ScopeRow[], inFamily: ScopeRow[], lang: Lang = 'en'): string {
      const ko = lang === 'ko';
      const when = periodIn(period, lang);
      const words = flowWord(flow, lang);
      const whose = need.reporter
        ? ko
          ? `${partnerName(need.reporter, 'ko')}의 ${words}`
          : `${possessive(partnerName(need.reporter))} ${words}`
        : words;
      if (here.length === 0) {
        // Held, but not in the currency asked for: say so, and name the files that hold the period instead.
        const other =
          need.currency === undefined
            ? []
            : at(flow, period).filter((s) => !need.reporter || s.reporter === need.reporter);
        if (!other.length) return say(lang, 'coverage.none', { whose, when });
        const ids = [...new Set(other.map((s) => s.batchId))].sort((a, b) => a - b);
        const files = [...new Set(ids.map((b) => scopes.fileName(b)))];
        const held = [...new Set(ids.flatMap((b) => scopes.currencies(b)))].filter(Boolean).sort();
        return say(lang, 'coverage.noneInCurrency', {
          whose,
          when,
          currency: need.currency!,
          files: listSome(lang, files, 4),
          count: files.length,
          unit: frequencyOf(period),
          held: held.join(ko ? '·' : ', '),
        });
      }
      if (inFamily.length === 0) {
        const years = frequencyOf(period) === 'month' ? yearsOf(need.reporter, flow, need.family) : [];
        if (years.length)
          return say(lang, 'coverage.familyByYear', {
            whose: cap(whose),
            when,
            family: need.family,
            years: yearSpan(years, lang),
            last: years[years.length - 1]!,
          });
        const others = [...new Set(here.map((s) => s.family))].sort();
        return say(lang, 'coverage.otherFamily', {
          whose: cap(whose),
          when,
          others: others.join(ko ? '·' : ' and '),
          family: need.family,
          first: others[0]!,
        });
      }
      const partnerFails = !inFamily.some((s) => partnerOk(s, need));
      const goodsFails = !inFamily.some((s) => goodsOk(s, need));
      const what = [
        ...(partnerFails || !goodsFails ? [partnerName(need.partner, lang)] : []),
        ...(goodsFails || !partnerFails ? [goodsLabel(need, lang)] : []),
      ];
      // The file that comes closest names what it lists: one holding the partner (short of the goods),
      // else one holding the goods, else the first; not an unrelated file that happens to come first.
      const s = inFamily.find((r) => partnerOk(r, need)) ?? inFamily.find((r) => goodsOk(r, need)) ?? inFamily[0]!;
      // A list cut short says how many more: "HS 01, 02, 03, 04 and 12 more", never "HS 01, 02, 03, 04 …."
      const partners = () => scopes.listedPartners(s, 6).map((p) => partnerName(p, lang));
      const codes = () => scopes.listedUnder(s, need.family, '', 4);
      const listed = [
        ...(s.partnersAll
          ? []
          : [
              say(lang, 'coverage.partners', {
                names: listSome(lang, partners(), 6, scopes.countPartners(s)),
                count: scopes.countPartners(s),
              }),
            ]),
        ...(s.goodsAll ? [] : [`${need.family} ${listSome(lang, codes(), 4, scopes.countUnder(s, need.family, ''))}`]),
      ];
      const only = listed.length
        ? say(lang, 'coverage.listedOnly', {
            file: scopes.fileName(s.batchId),
            list: listed.join(ko ? ' 및 ' : ' and '),
          })
        : '';
      return say(lang, 'coverage.lacking', { what: what.join(' / '), when, listed: only });
    },

    /** Whether some batch covers the partner asked for (all partners, or this one listed) in `flow` and `period`, whatever its goods. */
    coversPartner(need: Need, flow: string, period: string): boolean {
      return at(flow, period).some(
        (s) => (!need.reporter || s.reporter === need.reporter) && s.family === need.family && partnerOk(s, need),
      );
    },
  };
}
export type Coverage = ReturnType<typeof createCoverage>;

function goodsLabel(need: Need, lang: Lang): string {
  const sel = need.selection;
  if (sel.nothing) return say(lang, 'coverage.noGoods');
  const inc = sel.include.length ? `${need.family} ${sel.include.join(', ')}` : say(lang, 'coverage.allGoods');
  return sel.exclude.length
    ? say(lang, 'coverage.except', { goods: inc, excluded: `${need.family} ${sel.exclude.join(', ')}` })
    : inc;
}

/** "2010 to 2014" where the years run on, else each, at most six. */
function yearSpan(years: string[], lang: Lang): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (years.length > 2 && Number(last) - Number(first) === years.length - 1)
    return lang === 'ko' ? `${first}~${last}` : `${first} to ${last}`;
  return listSome(lang, years, 6);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
