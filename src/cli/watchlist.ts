import type { Ctx } from './context';
import { requireHeld } from './held';
import { frequencyOf } from '../shared/period';
import { flowWord } from '../shared/series-label';
import { coverageNotes, num, padEnd } from './print';
import { proseLang, say } from '../core/messages';

/**
 * `tidemark watchlist`: each month's non-zero flows in codes the UNSC resolutions ban or cap, then the
 * months no file held covers. `--list` prints the table itself.
 */
export async function watchlistCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  if (v.list) {
    const lang = proseLang(v.lang);
    const entries = await call('listWatchlist', {});
    out(
      v.json
        ? JSON.stringify(entries)
        : entries
            .map(
              (e) =>
                `${e.resolution} ¶${e.paragraph}  ${padEnd(say(lang, 'cli.watchDirection', { direction: e.direction }), 8)}  HS ${e.code.padEnd(8)}  ${e.description}`,
            )
            .join('\n'),
    );
    return 0;
  }
  const lang = proseLang(v.lang);
  await requireHeld(call, { reporter: v.reporter, lang: v.lang });
  const given = v.from ?? v.to ?? v.period;
  const dims = await call('dimensions', {});
  // No period given: the monthly figures, or the annual ones where the files hold years alone (Comtrade's
  // annual downloads), so that "no flows" is never said of a database whose flows are all in years.
  const years = !given && !dims.firstPeriod && dims.firstYear ? { from: dims.firstYear, to: dims.lastYear } : null;
  const r = await call('watchReport', {
    reporter: v.reporter,
    from: years?.from ?? v.from ?? v.period,
    to: years?.to ?? v.to ?? v.period,
    currency: v.currency,
    lang,
  });
  const annual = frequencyOf(years?.from ?? v.from ?? v.to ?? v.period ?? '2000-01') === 'year';
  if (v.json) {
    out(JSON.stringify(r));
    return 0;
  }
  const unit = annual ? 'year' : 'month';
  if (r.hits.length === 0) out(say(lang, 'cli.watchNone', { unit }));
  else
    out(
      r.hits
        .map(
          (h) =>
            `${h.period}  ${h.reporter} ${padEnd(lang === 'ko' ? flowWord(h.flow, 'ko') : h.flow, 6)}  HS ${h.code.padEnd(8)}  ${h.currency} ${num(h.value).padStart(14)}  ${h.entries.join('; ')}`,
        )
        .join('\n'),
    );
  // No hit in a month no file covers is not no trade: say which months those are.
  const months = r.notCovered.map((m) => m.period);
  if (months.length)
    out(
      [
        '',
        say(lang, 'cli.watchNotCovered', {
          periods: `${months.slice(0, 12).join(', ')}${months.length > 12 ? ` ${say(lang, 'cli.watchMore', { count: months.length, unit })}` : ''}`,
        }),
        ...coverageNotes(r.notCovered, lang).map((n) => `* ${n}`),
      ].join('\n'),
    );
  // Months were read, and years are held too: their flows are in no line above.
  if (!given && !annual && dims.firstYear)
    out(
      `\n${say(lang, 'cli.watchYearsToo', {
        years:
          dims.firstYear === dims.lastYear
            ? dims.firstYear
            : `${dims.firstYear}${lang === 'ko' ? '~' : ' to '}${dims.lastYear}`,
        first: dims.firstYear,
        last: dims.lastYear ?? dims.firstYear,
      })}`,
    );
  return 0;
}
