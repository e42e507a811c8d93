/**
 * When two rows state the same figure: same reporter, partner, flow, period span, commodity, currency,
 * regime, province, mode of transport and second partner. A later import of such a row supersedes the earlier one (a revised release).
 * `o` is the older row, `n` the newer.
 */
export const SAME_FIGURE_SQL = `o.reporter = n.reporter AND o.partner = n.partner AND o.flow = n.flow AND o.period = n.period
  AND o.code = n.code AND o.classification = n.classification AND o.period_months = n.period_months
  AND o.currency = n.currency AND o.is_aggregate = n.is_aggregate
  AND o.regime IS n.regime AND o.province IS n.province AND o.partner_raw IS n.partner_raw
  AND o.mot IS n.mot AND o.partner2 IS n.partner2`;
