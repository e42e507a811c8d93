/**
 * When two rows of trade_row state the same figure: same reporter, partner, flow, period span,
 * commodity, currency, regime, province, mode of transport and second partner. A later import of
 * such a row supersedes the earlier one (a revised release). `o` is the older row, `n` the newer.
 * Dimensions compare by id: a text has one id in its dictionary (record-dims.ts).
 */
export const SAME_FIGURE_SQL = `o.reporter_id = n.reporter_id AND o.partner_id = n.partner_id AND o.flow_id = n.flow_id
  AND o.period_id = n.period_id AND o.code_id = n.code_id AND o.classification_id = n.classification_id
  AND o.period_months = n.period_months AND o.currency_id = n.currency_id AND o.is_aggregate = n.is_aggregate
  AND o.regime_id IS n.regime_id AND o.province_id IS n.province_id AND o.partner_raw_id IS n.partner_raw_id
  AND o.mot_id IS n.mot_id AND o.partner2_id IS n.partner2_id`;
