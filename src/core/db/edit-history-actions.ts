import type { ActionResult, EditableField, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { noteOf } from '../../shared/error-text';
import { say } from '../messages';
import type { Db } from './open';
import type { RecordEdits } from './record-edits';
import type { RecordsRepo } from './records-repo';

type ActionKind = ActionResult['kind'];
type ActionRow = { id: number; kind: ActionKind; state: number; batch_id: number | null; label: string };
type LogLine = { record_id: number; field: string; old_value: string | null; new_value: string | null };

export type GroupKey = { reporter: string; partner: string; flow: string; freq: string; period: string };
/**
 * Derived tables that must follow every change to what is visible (summary_total): called inside
 * the same transaction, with the groups a record left and joined, or the batch whose rows changed.
 * Shaped like the summary maintenance, so it can be passed as is.
 */
export type ChangeHooks = {
  refreshGroups(keys: GroupKey[]): void;
  refreshBatch(batchId: number): void;
  coverRecord?(id: number): void;
};
const NO_HOOKS: ChangeHooks = { refreshGroups: () => {}, refreshBatch: () => {} };

/** Rows an answer carries back to the grid; a batch revert touches far more, and the grid reloads instead. */
const RECORDS_BACK = 200;
/** Ids per UPDATE of a batch revert: progress is reported between them (20k rows: about 0.1 s). */
const REVERT_CHUNK = 20_000;
/** The share of a revert's work that is summing the totals again, after its rows. */
const SUMMARY_SHARE = 0.35;

/** A long step (a batch revert, its undo or redo) as it goes: rows done of rows, and the whole as a percent. */
export type StepProgress = (p: { label: string; done: number; total: number; percent: number }) => void;
const NO_PROGRESS: StepProgress = () => {};

/**
 * Every change a person makes is an action in the database, so undo and redo reach past AG Grid's
 * own stack, survive sorting, filtering and restarts, and leave an audit trail. The stack is linear:
 * a new action drops whatever could still be redone (state 2 keeps it for the audit). Each action,
 * undo and redo is one synchronous transaction.
 */
export function createEditHistory(
  db: Db,
  edits: RecordEdits,
  records: RecordsRepo,
  hooks: ChangeHooks = NO_HOOKS,
  backup: () => void = () => {},
) {
  const overtake = db.prepare('UPDATE edit_action SET state = 2 WHERE state = 1');
  const insertAction = db.prepare('INSERT INTO edit_action (kind, at, batch_id, label) VALUES (?, ?, ?, ?)');
  const setState = db.prepare('UPDATE edit_action SET state = ? WHERE id = ?');
  const lastDone = db.prepare(
    'SELECT id, kind, state, batch_id, label FROM edit_action WHERE state = 0 ORDER BY id DESC LIMIT 1',
  );
  const firstUndone = db.prepare(
    'SELECT id, kind, state, batch_id, label FROM edit_action WHERE state = 1 ORDER BY id ASC LIMIT 1',
  );
  const linesOf = db.prepare(
    "SELECT record_id, field, old_value, new_value FROM edit_log WHERE action_id = ? AND kind IN ('edit', 'delete', 'restore') ORDER BY id",
  );
  const log = db.prepare(
    'INSERT INTO edit_log (record_id, field, old_value, new_value, at, action_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const visibility = db.prepare('SELECT deleted_by FROM trade_row WHERE id = ?').pluck();
  const hide = db.prepare('UPDATE trade_row SET deleted_by = ?, version = version + 1 WHERE id = ?');
  const batch = db.prepare('SELECT id, file_name, status FROM import_batch WHERE id = ?');
  // A batch's rows are one run of ids (one transaction wrote them), so ranges of ids cut it into steps.
  const batchSpan = db
    .prepare('SELECT MIN(id), MAX(id), COUNT(*) FROM trade_row WHERE batch_id = ? AND deleted_by IS NULL')
    .raw();
  const hiddenSpan = db.prepare('SELECT MIN(id), MAX(id), COUNT(*) FROM trade_row WHERE deleted_by = ?').raw();
  const hideBatch = db.prepare(
    'UPDATE trade_row SET deleted_by = ? WHERE batch_id = ? AND deleted_by IS NULL AND id BETWEEN ? AND ?',
  );
  const showBatch = db.prepare('UPDATE trade_row SET deleted_by = NULL WHERE deleted_by = ? AND id BETWEEN ? AND ?');
  const unsupersede = db.prepare(
    'UPDATE trade_row SET superseded_by = NULL, unsuperseded_by = ? WHERE superseded_by = ?',
  );
  const resupersede = db.prepare(
    'UPDATE trade_row SET superseded_by = ?, unsuperseded_by = NULL WHERE unsuperseded_by = ?',
  );
  const batchStatus = db.prepare('UPDATE import_batch SET status = ? WHERE id = ?');
  const groupOf = db.prepare('SELECT reporter, partner, flow, freq, period FROM trade_record WHERE id = ?');
  const now = () => new Date().toISOString();
  const group = (id: number) => groupOf.get(id) as GroupKey;

  /** Runs `change` on one record and refreshes the group it was in and the group it is in now. */
  function onRecord(id: number, change: () => void): void {
    const before = group(id);
    change();
    const after = group(id);
    hooks.refreshGroups(JSON.stringify(before) === JSON.stringify(after) ? [before] : [before, after]);
    // A row moved to another period, partner or code is still its file's: the file now covers that too.
    hooks.coverRecord?.(id);
  }

  function begin(kind: ActionKind, label: string, batchId: number | null = null): ActionRow {
    overtake.run();
    const id = Number(insertAction.run(kind, now(), batchId, label).lastInsertRowid);
    return { id, kind, state: 0, batch_id: batchId, label };
  }

  function result(a: ActionRow, ids: number[], count = ids.length): ActionResult {
    const back: TradeRecord[] = [];
    for (const id of ids.slice(0, RECORDS_BACK)) if (visibility.get(id) === null) back.push(records.get(id));
    return { actionId: a.id, kind: a.kind, label: a.label, count, records: back };
  }

  function edit(id: number, field: EditableField, value: string, version: number): TradeRecord {
    db.transaction(() => {
      edits.read(id);
      onRecord(id, () =>
        edits.apply(id, field, value, { version }, begin('edit', `Edit ${field} of record ${id}`).id, 'edit'),
      );
    })();
    return records.get(id);
  }

  /**
   * Many cells as one action (a paste): each keeps its own version check, so a cell changed elsewhere
   * fails the whole paste rather than half of it. Versions move as a record's cells are written,
   * so later cells of the same record are checked against the version the paste itself left.
   */
  function editMany(cells: { id: number; field: EditableField; value: string; version: number }[]): ActionResult {
    return db.transaction(() => {
      const a = begin('edit', say('en', 'history.paste', { count: cells.length }));
      const bumped = new Map<number, number>();
      for (const [i, c] of cells.entries()) {
        const version = c.version + (bumped.get(c.id) ?? 0);
        try {
          edits.read(c.id);
          onRecord(c.id, () => edits.apply(c.id, c.field, c.value, { version }, a.id, 'edit'));
        } catch (err) {
          if (err instanceof AppError)
            throw new AppError(err.code, {
              key: 'edit.pasteRefused',
              // The cell's own reason as a stored note, so it is said in the UI's language too.
              params: {
                cell: i + 1,
                field: c.field,
                id: c.id,
                reason: err.text ? noteOf(err.text.key, err.text.params) : err.message,
              },
            });
          throw err;
        }
        bumped.set(c.id, (bumped.get(c.id) ?? 0) + 1);
      }
      return result(a, [...new Set(cells.map((c) => c.id))]);
    })();
  }

  function setVisible(ids: number[], visible: boolean): ActionResult {
    return db.transaction(() => {
      const a = begin(
        visible ? 'restore' : 'delete',
        `${visible ? 'Restore' : 'Delete'} ${ids.length === 1 ? `record ${ids[0]}` : `${ids.length} records`}`,
      );
      const touched: number[] = [];
      for (const id of new Set(ids)) {
        edits.read(id); // not_found for an id that never existed
        const was = visibility.get(id) as number | null;
        if ((was === null) === visible) continue; // already as asked: nothing to undo later
        onRecord(id, () => hide.run(visible ? null : a.id, id));
        log.run(id, '', was === null ? null : String(was), visible ? null : String(a.id), now(), a.id, a.kind);
        touched.push(id);
      }
      if (touched.length === 0)
        throw new AppError('conflict', {
          key: 'edit.alreadyAsAsked',
          params: { count: ids.length, visible: visible ? 'yes' : 'no' },
        });
      return result(a, touched);
    })();
  }

  function revertable(batchId: number): { id: number; file_name: string; status: string } {
    const b = batch.get(batchId) as { id: number; file_name: string; status: string } | undefined;
    if (!b) throw new AppError('not_found', { key: 'revert.noBatch', params: { batch: batchId } });
    if (b.status === 'reverted')
      throw new AppError('conflict', { key: 'revert.already', params: { file: b.file_name } });
    return b;
  }

  function revertBatch(batchId: number, progress: StepProgress = NO_PROGRESS): ActionResult {
    // A backup first (it cannot run inside a transaction), once the revert is known to go ahead.
    revertable(batchId);
    backup();
    return db.transaction(() => {
      const b = revertable(batchId);
      const a = begin('revert_batch', `Revert the import of ${b.file_name}`, batchId);
      return { ...result(a, []), count: applyRevert(a, batchId, true, progress) };
    })();
  }

  /**
   * Hides the batch's rows and brings back those it superseded, or the reverse, in steps of ids so
   * `progress` hears how far it is. Returns rows hidden or shown. Inside the caller's transaction:
   * a revert stopped half-way leaves nothing changed.
   */
  function applyRevert(a: ActionRow, batchId: number, revert: boolean, progress: StepProgress): number {
    batchStatus.run(revert ? 'reverted' : 'imported', batchId);
    if (revert) unsupersede.run(a.id, batchId);
    else resupersede.run(batchId, a.id);
    const [lo, hi, total] = (revert ? batchSpan.get(batchId) : hiddenSpan.get(a.id)) as [
      number | null,
      number | null,
      number,
    ];
    const tell = (done: number, share: number) => progress({ label: a.label, done, total, percent: 100 * share });
    let n = 0;
    tell(0, 0);
    if (lo !== null && hi !== null) {
      for (let from = lo; from <= hi; from += REVERT_CHUNK) {
        const to = Math.min(hi, from + REVERT_CHUNK - 1);
        n += (revert ? hideBatch.run(a.id, batchId, from, to) : showBatch.run(a.id, from, to)).changes;
        tell(n, (1 - SUMMARY_SHARE) * ((to - lo + 1) / (hi - lo + 1)));
      }
    }
    // The rows it superseded share its groups by construction, so the batch's groups are all that moved.
    hooks.refreshBatch(batchId);
    tell(n, 1);
    return n;
  }

  /** Replays an action's lines backwards (undo) or forwards (redo). */
  function replay(a: ActionRow, forward: boolean, progress: StepProgress): ActionResult {
    if (a.kind === 'revert_batch') return { ...result(a, []), count: applyRevert(a, a.batch_id!, forward, progress) };
    const lines = linesOf.all(a.id) as LogLine[];
    const ordered = forward ? lines : [...lines].reverse();
    const kind = forward ? 'redo' : 'undo';
    for (const l of ordered) {
      const [from, to] = forward ? [l.old_value, l.new_value] : [l.new_value, l.old_value];
      if (a.kind === 'edit') {
        onRecord(l.record_id, () =>
          edits.apply(l.record_id, l.field as EditableField, to ?? '', { expect: from ?? '' }, a.id, kind),
        );
        continue;
      }
      const current = visibility.get(l.record_id) as number | null;
      if ((current === null ? null : String(current)) !== from) {
        throw new AppError('conflict', {
          key: 'edit.stepMoved',
          params: { id: l.record_id, forward: forward ? 'yes' : 'no' },
        });
      }
      onRecord(l.record_id, () => hide.run(to === null ? null : Number(to), l.record_id));
      log.run(l.record_id, '', from, to, now(), a.id, kind);
    }
    return result(a, [...new Set(lines.map((l) => l.record_id))]);
  }

  function undo(progress: StepProgress = NO_PROGRESS): ActionResult | null {
    return db.transaction(() => {
      const a = lastDone.get() as ActionRow | undefined;
      if (!a) return null;
      const r = replay(a, false, progress);
      setState.run(1, a.id);
      return r;
    })();
  }

  function redo(progress: StepProgress = NO_PROGRESS): ActionResult | null {
    return db.transaction(() => {
      const a = firstUndone.get() as ActionRow | undefined;
      if (!a) return null;
      const r = replay(a, true, progress);
      setState.run(0, a.id);
      return r;
    })();
  }

  const countOf = db
    .prepare("SELECT COUNT(*) FROM edit_log WHERE action_id = ? AND kind IN ('edit', 'delete', 'restore')")
    .pluck();
  const batchRows = db.prepare('SELECT rows_imported FROM import_batch WHERE id = ?').pluck();
  /** What an undo or redo would take back or do again, in the words of its label. */
  const step = (a: ActionRow | undefined) =>
    a
      ? {
          label: a.label,
          kind: a.kind,
          count:
            a.kind === 'revert_batch'
              ? ((batchRows.get(a.batch_id) as number | undefined) ?? 0)
              : (countOf.get(a.id) as number),
        }
      : null;
  function state() {
    return {
      undo: step(lastDone.get() as ActionRow | undefined),
      redo: step(firstUndone.get() as ActionRow | undefined),
    };
  }

  return {
    edit,
    editMany,
    delete: (ids: number[]) => setVisible(ids, false),
    restore: (ids: number[]) => setVisible(ids, true),
    revertBatch,
    undo,
    redo,
    state,
  };
}

export type EditHistory = ReturnType<typeof createEditHistory>;
