/**
 * Tidemark's own CSV: the columns it exports and reads back, in order. An optional `source` column
 * after them carries a URL per row. Shared by the import's canonical format and every export.
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
