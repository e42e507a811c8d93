/**
 * Tidemark's own CSV: the columns it exports and reads back, in order, then any of CANONICAL_EXTRA.
 * Shared by the import's canonical format and every export.
 */
export const CANONICAL_HEADER = [
  'period',
  'reporter',
  'partner',
  'flow',
  'classification',
  'code',
  'description',
  'value',
  'currency',
  'quantity',
  'unit',
] as const;

/**
 * Columns a canonical CSV carries after CANONICAL_HEADER where some record needs them, in this order
 * (a file may hold any of them, none, or all), so that an export imports back the same figures:
 * - months: how many months a monthly figure covers, ending at its period (China customs publish
 *   January and February together: 2020-02, months 2); empty is 1;
 * - quantity2, unit2: the supplementary quantity;
 * - regime, province, mode_of_transport, partner2: what a row splits its total by (customs
 *   procedure or trade mode, province, mode of transport, second partner); a split row is read only
 *   where its file holds no total for the figure, never added to it;
 * - aggregate: 1 where the row is a total of other rows, 0 where not; empty lets Tidemark tell (a
 *   TOTAL code, the world or a group as partner);
 * - source: a URL per row.
 */
export const CANONICAL_EXTRA = [
  'months',
  'quantity2',
  'unit2',
  'regime',
  'province',
  'mode_of_transport',
  'partner2',
  'aggregate',
  'source',
] as const;
export type CanonicalExtra = (typeof CANONICAL_EXTRA)[number];
