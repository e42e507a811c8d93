import type { Db } from './open';

/** More hidden rows than this and counting them by index costs more than the OFFSET it saves. */
const MAX_HIDDEN = 50_000;
/** Each round looks only at hidden rows in the range the previous round added; a few rounds is the norm. */
const MAX_ROUNDS = 32;

/**
 * A scroll jump in the grid's default order (by id, every current row) turned into a key: "skip N
 * rows after id A" becomes "rows after id B", with no OFFSET walking N rows (at 5M rows a jump to
 * the end walked 5M rows: over half a second).
 *
 * It relies on ids being dense: rows are never deleted from trade_record (a delete, a revert or a
 * revision only marks them), so ids run 1..MAX(id) without gaps, and the rows the grid does not show
 * are exactly the superseded or deleted ones, which have partial indexes. This is checked, not
 * assumed: when MAX(id) differs from shown + hidden rows, or too many are hidden, `seek` answers
 * null and the caller skips with OFFSET as before.
 */
export function createRecordsSeek(db: Db) {
  const maxId = db.prepare('SELECT COALESCE(MAX(id), 0) FROM trade_row').pluck();
  const minId = db.prepare('SELECT COALESCE(MIN(id), 1) FROM trade_row').pluck();
  const shown = db.prepare('SELECT COALESCE(SUM(row_count), 0) FROM summary_total').pluck();
  const supersededAll = db
    .prepare('SELECT COUNT(*) FROM trade_row INDEXED BY trade_record_superseded_by WHERE superseded_by IS NOT NULL')
    .pluck();
  const deletedOnlyAll = db
    .prepare(
      'SELECT COUNT(*) FROM trade_row INDEXED BY trade_record_deleted_by WHERE deleted_by IS NOT NULL AND superseded_by IS NULL',
    )
    .pluck();
  const supersededIn = db
    .prepare(
      'SELECT COUNT(*) FROM trade_row INDEXED BY trade_record_superseded_by WHERE superseded_by IS NOT NULL AND id BETWEEN ? AND ?',
    )
    .pluck();
  const deletedOnlyIn = db
    .prepare(
      'SELECT COUNT(*) FROM trade_row INDEXED BY trade_record_deleted_by WHERE deleted_by IS NOT NULL AND superseded_by IS NULL AND id BETWEEN ? AND ?',
    )
    .pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  let checked: { token: string; ok: boolean; max: number } | null = null;

  /** Whether ids are dense and few enough rows are hidden, recomputed only when the data changed. */
  function usable(): { ok: boolean; max: number } {
    const token = `${dataVersion.get() as number}:${changes.get() as number}`;
    if (checked?.token !== token) {
      const max = maxId.get() as number;
      const hidden = (supersededAll.get() as number) + (deletedOnlyAll.get() as number);
      const ok = hidden <= MAX_HIDDEN && minId.get() === 1 && max === (shown.get() as number) + hidden;
      checked = { token, ok, max };
    }
    return checked;
  }

  const hiddenIn = (lo: number, hi: number) =>
    (supersededIn.get(lo, hi) as number) + (deletedOnlyIn.get(lo, hi) as number);

  return {
    /**
     * The id to continue after (ascending) or before (descending) so that the first row returned is the
     * one `skip` shown rows past `after`; null when it cannot be worked out by key.
     */
    seek(after: number | null, skip: number, desc: boolean): number | null {
      try {
        const { ok, max } = usable();
        if (!ok) return null;
        // Ascending: shown ids after `from`; the first `skip` of them lie in (from, from + skip + hidden in that range].
        let from = after ?? (desc ? max + 1 : 0);
        let need = skip;
        for (let round = 0; round < MAX_ROUNDS; round++) {
          if (need === 0) return from;
          const [lo, hi] = desc ? [from - need, from - 1] : [from + 1, from + need];
          const hidden = hiddenIn(lo, hi);
          from = desc ? lo : hi;
          need = hidden;
        }
        return null;
      } catch {
        // An index missing mid-import on another connection's uncommitted schema, say: OFFSET still works.
        return null;
      }
    },
  };
}
