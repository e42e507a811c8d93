import { partnerKind } from '../reference/areas';
import type { Db } from './open';

type Rank = { reporter: string; partner: string; covered: number; months: number; value: number };

/**
 * The partner a view opens on for each reporter: the one whose trade its files cover for all goods in
 * the most flow-months (what the dashboard's cards show), then the one held in the most months, then
 * the most trade. A partner no file covers never leads one that is covered: an alphabetical first
 * (Argentina in a soybean download) opened every card on "not covered". Ties go to a country before
 * the World or a group, which an all-partners file covers in the same months. Read from the batches'
 * scope and the summary table, never from the records.
 */
export function createLeadPartnerRepo(db: Db) {
  const ranks = db.prepare(`
    WITH held AS (
      SELECT reporter, partner, COUNT(DISTINCT CASE WHEN freq = 'month' THEN period END) AS months,
        SUM(total_milli) AS value
      FROM summary_total WHERE row_count > 0 GROUP BY reporter, partner
    ), covered AS (
      SELECT s.reporter, p.partner, s.flow, s.period FROM batch_scope s
        JOIN batch_scope_partner p ON p.batch_id = s.batch_id AND p.reporter = s.reporter AND p.flow = s.flow
          AND p.freq = s.freq AND s.period BETWEEN p.first_period AND p.last_period
        WHERE s.freq = 'month' AND s.goods_all = 1 AND s.partners_all = 0
      UNION
      SELECT s.reporter, h.partner, s.flow, s.period FROM batch_scope s
        JOIN held h ON h.reporter = s.reporter
        WHERE s.freq = 'month' AND s.goods_all = 1 AND s.partners_all = 1
    ), counted AS (
      SELECT reporter, partner, COUNT(*) AS covered FROM covered GROUP BY reporter, partner
    )
    SELECT h.reporter, h.partner, COALESCE(c.covered, 0) AS covered, h.months, h.value
    FROM held h LEFT JOIN counted c ON c.reporter = h.reporter AND c.partner = h.partner`);

  return {
    /** Each held reporter's leading partner. */
    leadPartnerOf: (): Record<string, string> => {
      const best = new Map<string, Rank>();
      for (const r of ranks.all() as Rank[]) {
        const cur = best.get(r.reporter);
        if (!cur || ahead(r, cur)) best.set(r.reporter, r);
      }
      return Object.fromEntries([...best].map(([reporter, r]) => [reporter, r.partner]));
    },
  };
}

const country = (code: string) => (partnerKind(code) === 'leaf' ? 1 : 0);

function ahead(a: Rank, b: Rank): boolean {
  if (a.covered !== b.covered) return a.covered > b.covered;
  if (country(a.partner) !== country(b.partner)) return country(a.partner) > country(b.partner);
  if (a.months !== b.months) return a.months > b.months;
  if (a.value !== b.value) return a.value > b.value;
  return a.partner < b.partner;
}
