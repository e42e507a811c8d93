import type { z } from 'zod';
import type { RecordColumn, RecordsQuery } from '../../shared/domain';
import { NO_QUANTITY } from './runtime-schema';

type Filtered = Pick<z.output<typeof RecordsQuery>, 'filters' | 'deleted' | 'excludeCodes' | 'batchId'>;
export type FilterSql = { sql: string; params: unknown[] };
export type IndexedFilter = FilterSql & { indexes: ('code' | 'description')[] };

/** Sort and filter columns come from this fixed map, never from the caller's text. */
export const COLUMN_SQL: Record<RecordColumn, string> = {
  id: 'r.id',
  period: 'r.period',
  reporter: 'r.reporter',
  partner: 'r.partner',
  flow: 'r.flow',
  classification: 'r.classification',
  code: 'r.code',
  description: "COALESCE(d.text, '')",
  value: 'r.value_milli',
  currency: 'r.currency',
  quantity: `COALESCE(r.quantity, ${NO_QUANTITY})`,
  unit: "COALESCE(r.unit, '')",
  // Customs regime (trade mode) and province: a regime's or a province's figure lists exactly its rows.
  regime: "COALESCE(r.regime, '')",
  province: "COALESCE(r.province, '')",
};

/** Shown rows with no filter: what summary_total counts and the grid's sort indexes hold. */
export function isPlain(q: Filtered): boolean {
  return (
    !q.deleted && q.batchId === undefined && Object.values(q.filters).every((f) => !f) && !(q.excludeCodes ?? []).length
  );
}

/**
 * Current rows only (not superseded), visible or deleted as asked, with the grid's filters.
 * `scan` is for a query that reads the rows it filters: it keeps the grid's sort indexes out of the
 * plan. Those indexes hold exactly the shown rows, and without it SQLite takes the narrowest of them
 * for reading every row in its order, then fetching each row from the table (5M rows, a filter and a
 * sort: about 9 s a page instead of 0.6 s). The key index stays usable, for filters on its columns.
 */
export function filterFor(q: Filtered, use: 'indexes' | 'scan' = 'indexes'): FilterSql {
  const shown = use === 'scan' ? '+r.deleted_by IS NULL' : 'r.deleted_by IS NULL';
  const where: string[] = ['r.superseded_by IS NULL', q.deleted ? 'r.deleted_by IS NOT NULL' : shown];
  const params: unknown[] = [];
  for (const [name, f] of Object.entries(q.filters)) {
    if (!f) continue;
    const c = COLUMN_SQL[name as RecordColumn];
    where.push(f.op === 'equals' ? `${c} = ?` : `${c} LIKE ? ESCAPE '\\'`);
    params.push(
      f.op === 'equals'
        ? name === 'value'
          ? Math.round(Number(f.value) * 1000)
          : f.value
        : likePattern(f.op, f.value),
    );
  }
  for (const prefix of q.excludeCodes ?? []) {
    where.push(`r.code NOT LIKE ? ESCAPE '\\'`);
    params.push(`${escapeLike(prefix)}%`);
  }
  // A batch's rows are found through trade_record_batch.
  if (q.batchId !== undefined) {
    where.push('r.batch_id = ?');
    params.push(q.batchId);
  }
  return { sql: where.join(' AND '), params };
}

/**
 * The same filter in a form the grid's (code, id) and (description_id, id) indexes answer, when it
 * filters shown rows on code or description: a code prefix becomes a range of the code index, a
 * description filter a list of description ids. Counting a prefix or a word over millions of rows
 * then reads only the matching index entries; a scan tests an id instead of joining each row's text.
 * `indexes` names the indexes it reads; null when the plain filter is as good.
 */
export function indexedFilter(q: Filtered, use: 'indexes' | 'scan' = 'indexes'): IndexedFilter | null {
  if (q.deleted) return null;
  const { code, description } = q.filters;
  // An equality is already a seek of the code index; a prefix becomes a range of it. Not for a scan:
  // SQLite would answer a range by skipping through the key index, slower than reading the table.
  const codeRange = code?.op === 'startsWith' && use === 'indexes' ? prefixRange(code.value) : null;
  const byCode = use === 'indexes' && (code?.op === 'equals' || codeRange !== null);
  // A non-empty value never matches a missing description, which the grid shows as ''.
  const byDescription = description !== undefined && description.value !== '';
  if (!byCode && !byDescription) return null;
  const rest = filterFor(
    {
      ...q,
      filters: {
        ...q.filters,
        code: codeRange ? undefined : code,
        description: byDescription ? undefined : description,
      },
    },
    use,
  );
  const where = [rest.sql];
  const params = [...rest.params];
  if (codeRange) {
    where.push(`r.code >= ? AND r.code < ? AND r.code LIKE ? ESCAPE '\\'`);
    params.push(codeRange.from, codeRange.to, likePattern('startsWith', codeRange.from));
  }
  if (description && byDescription) {
    where.push(
      `r.description_id IN (SELECT id FROM description WHERE text ${description.op === 'equals' ? '= ?' : "LIKE ? ESCAPE '\\'"})`,
    );
    params.push(description.op === 'equals' ? description.value : likePattern(description.op, description.value));
  }
  return {
    sql: where.join(' AND '),
    params,
    indexes: [...(byCode ? ['code' as const] : []), ...(byDescription ? ['description' as const] : [])],
  };
}

/**
 * The codes that start with a prefix, as [from, to): those at or after it and before the prefix with
 * its last character raised by one (SQLite compares text as UTF-8 bytes, which is code point order).
 * Not for prefixes with letters: LIKE matches them in either case, which a range cannot.
 */
function prefixRange(prefix: string): { from: string; to: string } | null {
  if (prefix === '' || prefix.toLowerCase() !== prefix.toUpperCase()) return null;
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  const next = last === 0xd7ff ? 0xe000 : last + 1;
  return next > 0x10ffff ? null : { from: prefix, to: chars.join('') + String.fromCodePoint(next) };
}

/** Columns summary_total groups by, under the same names. */
const SUMMARY_DIMENSIONS = new Set<RecordColumn>(['reporter', 'partner', 'flow', 'period', 'currency']);

/**
 * The grid's filter on summary_total, when every filter is an equality on one of its dimensions and
 * only shown rows are asked for: then the matching groups' row counts add up to the grid's total.
 */
export function summaryFilter(q: Filtered): FilterSql | null {
  if (q.deleted || q.batchId !== undefined || (q.excludeCodes ?? []).length > 0) return null;
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [name, f] of Object.entries(q.filters)) {
    if (!f) continue;
    if (f.op !== 'equals' || !SUMMARY_DIMENSIONS.has(name as RecordColumn)) return null;
    where.push(`${name} = ?`);
    params.push(f.value);
  }
  return where.length ? { sql: where.join(' AND '), params } : null;
}

function likePattern(op: string, value: string): string {
  return op === 'startsWith' ? `${escapeLike(value)}%` : `%${escapeLike(value)}%`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
