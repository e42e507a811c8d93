import * as z from 'zod';

/**
 * Whether the database opened cleanly. A damaged one (it failed SQLite's quick_check) was moved aside
 * with its journal files; its newest sound backup, if any, can be put in its place (restoreBackup).
 */
export const DatabaseStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok') }),
  z.object({
    state: z.literal('damaged'),
    dbPath: z.string(),
    /** Where the damaged file went; null when it could not be moved (a read-only folder). */
    movedTo: z.string().nullable(),
    backup: z.object({ path: z.string(), takenAt: z.string() }).nullable(),
    /** What happened, in English, and as the error catalog's key and params (shared/error-text.ts) for the UI's language. */
    message: z.string(),
    key: z.string().max(80).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
]);
export type DatabaseStatus = z.infer<typeof DatabaseStatus>;

/**
 * The open database's size and what compacting it (compactDatabase) would give back: its free pages,
 * left by a migration that rewrote the records, a revert or deletes. Null for a read-only dataset.
 */
export const DatabaseSpace = z.object({
  fileBytes: z.number().int(),
  /** Free pages inside the file: what compacting gives back. */
  reclaimableBytes: z.number().int(),
  /** Free disk space compacting needs while it runs (its working copy and journal). */
  neededBytes: z.number().int(),
  /** About how long compacting takes, at the pace measured on a development machine. */
  estimateSeconds: z.number(),
  /** Whether the free pages are worth a compact: over a tenth of the file and over 32 MB. */
  worthIt: z.boolean(),
  /** The schema version this database was upgraded from when it was opened; null when it was not upgraded. */
  upgradedFrom: z.number().int().nullable(),
});
export type DatabaseSpace = z.infer<typeof DatabaseSpace>;

/** What a compact did: the file's size before and after, and how long it took. */
export const CompactReport = z.object({
  beforeBytes: z.number().int(),
  afterBytes: z.number().int(),
  seconds: z.number(),
});
export type CompactReport = z.infer<typeof CompactReport>;
