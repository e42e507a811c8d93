import { z } from 'zod';

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
    message: z.string(),
  }),
]);
export type DatabaseStatus = z.infer<typeof DatabaseStatus>;
