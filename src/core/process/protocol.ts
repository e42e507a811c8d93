import type { AppEvent } from '../../shared/contract';
import type { ErrorInfo, Result } from '../../shared/errors';
import type { HeldFile } from '../export/outbox';
import type { SampleSeed } from '../sample-seed';

/**
 * What a core beside its host is opened with: plain data, so it crosses a thread or process boundary.
 * The core's own workers (import, export, history) are chosen where it runs, not sent.
 */
export type CoreOpenOptions = {
  /** A database file, or a Parquet dataset folder, opened read-only through its local copy (open-served.ts). */
  dbPath: string;
  /** Where a dataset's local copy is kept (default: dataset/cache-dir.ts). */
  datasetCacheDir?: string;
  /** Imported into a database the core creates, before it answers `ready`, so the first page shows it. */
  seed?: SampleSeed;
  nativeBinding?: string;
  offerBackup?: boolean;
  importTimeLimitMs?: number;
};

/**
 * Host → core. A call names a contract method and is answered by `dispatch`; the rest are host-only:
 * `open` (first, once), `takeDownload` / `releaseDownload` (a held export the host streams, then lets go
 * of) and `close`.
 */
export type CoreRequest =
  | { open: CoreOpenOptions }
  | { id: number; method: string; input: unknown }
  | { id: number; takeDownload: string }
  | { releaseDownload: string }
  | { id: number; close: true };

/**
 * Core → host. `listening` comes first (the core can take `open` now), then `ready` or `failed`; events
 * come whenever the core emits them; answers carry the id of their request.
 */
export type CoreReply =
  | { listening: true }
  | { ready: { dbPath: string } }
  | { failed: ErrorInfo }
  | { event: AppEvent }
  | { id: number; result: Result<unknown> }
  | { id: number; download: HeldFile | null }
  | { id: number; closed: true };
