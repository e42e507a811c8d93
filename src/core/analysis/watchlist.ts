import type { z } from 'zod';
import type { WatchReport, WatchReportQuery } from '../../shared/analysis-types';
import { milliToNumber } from '../../shared/money';
import type { WatchlistRepo } from '../db/watchlist-repo';
import { figureQuery } from './figure-query';

/** For each month, the non-zero flows in watched codes, after the resolution that bans them. */
export function watchlistReport(repo: WatchlistRepo, q: z.output<typeof WatchReportQuery>): WatchReport {
  const hits = repo.hits(q.reporter ?? null, q.from ?? null, q.to ?? null).map((h) => ({
    period: h.period,
    reporter: h.reporter,
    flow: h.flow,
    code: h.code,
    currency: h.currency,
    value: milliToNumber(h.milli),
    entries: h.entries.split(','),
    query: figureQuery({ reporter: h.reporter, flow: h.flow, hs: [h.code], from: h.period, to: h.period }, h.period, { reporter: h.reporter, flows: [h.flow], code: h.code }),
  }));
  return { hits };
}
