// The app's cores: the first database's, and the switch that opens another in its place. Each core runs
// in its own utility process (core-launcher.ts); what one says while it opens reaches the windows.
import { databaseSwitch, type DatabaseSwitch } from '../core/process/database-switch';
import type { RemoteCore } from '../core/process/remote-core';
import { bundledSample } from '../core/sample-seed';
import type { AppEvent } from '../shared/contract';
import { startCoreProcess } from './core-launcher';
import { nativeBindingPath } from './native-binding';

export type AppCoresOptions = {
  /** The built core-process.js. */
  modulePath: string;
  /** Where the sample database and the Electron-ABI better-sqlite3 binding ship. */
  resourcesDir: string;
  /** The database opened at start (seeded with the sample when new). */
  dbPath: string;
  log: (message: string, err?: unknown) => void;
};

/**
 * Opens the start database and returns the switch the IPC serves. A database the person opens or creates
 * later is not seeded, and the events its core sends before it is ready (a Parquet dataset's first open
 * builds a local copy, step by step) go to the switch's listeners, so the window's task bar shows them as
 * the browser host's does; without them a large dataset opened from the File menu showed nothing until
 * it was ready.
 */
export async function startAppCores({
  modulePath,
  resourcesDir,
  dbPath,
  log,
}: AppCoresOptions): Promise<DatabaseSwitch<RemoteCore>> {
  const open = (path: string, withSample: boolean, onOpening?: (event: AppEvent) => void) =>
    startCoreProcess(
      modulePath,
      {
        dbPath: path,
        seed: withSample ? bundledSample(resourcesDir) : undefined,
        // better-sqlite3 loads in the utility process from the Electron-ABI file, as it did in main.
        nativeBinding: nativeBindingPath(resourcesDir),
        // A damaged database opens as a screen offering its newest backup (the renderer asks databaseStatus).
        offerBackup: true,
      },
      { log, onOpening },
    );
  const first = await open(dbPath, true);
  return databaseSwitch(first, first.dbPath, (path, emit) => open(path, false, emit));
}
