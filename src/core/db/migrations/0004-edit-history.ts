import type { Db } from '../open';

/**
 * What the editing desk needs: every change a person makes is an action (a cell edit, a paste of many
 * cells, a delete, a restore, a batch revert) that can be undone and redone after a restart; rows
 * are hidden, never removed, so any of it can be taken back; saved grid views.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE edit_action (
      id        INTEGER PRIMARY KEY,
      kind      TEXT NOT NULL CHECK (kind IN ('edit', 'delete', 'restore', 'revert_batch')),
      at        TEXT NOT NULL,
      -- 0 done, 1 undone (redo-able), 2 undone and then overtaken by a new action (kept for the audit only).
      state     INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)),
      batch_id  INTEGER REFERENCES import_batch(id),
      label     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX edit_action_state ON edit_action(state, id);

    -- Cell changes belong to an action; undo and redo add their own lines, so the audit reads as it happened.
    ALTER TABLE edit_log ADD COLUMN action_id INTEGER REFERENCES edit_action(id);
    ALTER TABLE edit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit' CHECK (kind IN ('edit', 'undo', 'redo', 'delete', 'restore', 'revert_batch', 'restore_batch'));
    CREATE INDEX edit_log_action ON edit_log(action_id);

    -- The action that hid the row (a delete or a batch revert); NULL for a visible row.
    ALTER TABLE trade_record ADD COLUMN deleted_by INTEGER REFERENCES edit_action(id);
    -- Set when reverting a batch brought back the rows it had superseded, so an undo can supersede them again.
    ALTER TABLE trade_record ADD COLUMN unsuperseded_by INTEGER REFERENCES edit_action(id);
    CREATE INDEX trade_record_deleted_by ON trade_record(deleted_by) WHERE deleted_by IS NOT NULL;
    CREATE INDEX trade_record_unsuperseded_by ON trade_record(unsuperseded_by) WHERE unsuperseded_by IS NOT NULL;
    CREATE INDEX trade_record_superseded_by ON trade_record(superseded_by) WHERE superseded_by IS NOT NULL;

    -- Pre-0004 edits become one done action each, so they show in the audit (not undoable across the upgrade).
    INSERT INTO edit_action (id, kind, at, state, label) SELECT id, 'edit', at, 2, 'Edit ' || field FROM edit_log;
    UPDATE edit_log SET action_id = id;

    CREATE TABLE grid_view (
      name        TEXT PRIMARY KEY,
      state       TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
  `);
}
