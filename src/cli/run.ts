import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCore } from '../core';
import { datasetCacheDir } from '../core/dataset/cache-dir';
import { isDatasetDir, openDataset } from '../core/dataset/open-dataset';
import { compiledWorkers } from '../core/host-workers';
import type { ReadOnly } from '../shared/contract';
import type { DatasetStep } from '../shared/domain';
import type { Parsed } from './args';
import { briefCommand } from './brief';
import { checkCommand } from './check';
import { compactCommand } from './compact';
import { batchesCommand, redoCommand, rejectsCommand, revertCommand, undoCommand } from './batches';
import type { Call, Command } from './context';
import { defineCommand, definitionsCommand } from './definitions';
import { CliFailure } from './errors';
import { exportCommand, importCommand } from './import';
import { openCommand } from './open';
import { revisionsCommand } from './revisions';
import { seriesCommand } from './series';
import { topCommand } from './top';
import { watchlistCommand } from './watchlist';

const COMMANDS: Record<string, Command> = {
  import: importCommand,
  export: exportCommand,
  open: openCommand,
  batches: batchesCommand,
  series: seriesCommand,
  brief: briefCommand,
  top: topCommand,
  watchlist: watchlistCommand,
  revisions: revisionsCommand,
  rejects: rejectsCommand,
  revert: revertCommand,
  undo: undoCommand,
  redo: redoCommand,
  definitions: definitionsCommand,
  define: defineCommand,
  compact: compactCommand,
  check: checkCommand,
};

/** What the first open of a dataset says on stderr after the rows, step by step (the rows said once, above). */
const DATASET_STEPS: Partial<Record<DatasetStep, string>> = {
  sums: 'Summing the records',
  indexes: 'Building the indexes',
  summaries: 'Writing the summaries',
  statistics: 'Measuring the tables for the query planner',
};

/** A database file as it is; a Parquet dataset folder through its read-only local copy. */
async function databaseOf(path: string, command: string): Promise<{ dbPath: string; readOnly?: ReadOnly }> {
  const folder = existsSync(path) && statSync(path).isDirectory();
  if (!folder && command !== 'open') return { dbPath: path };
  // Only open reaches here with no folder: a database file given to it is there, and is no dataset.
  if (!folder && existsSync(path))
    throw new CliFailure({
      code: 'dataset_invalid',
      message: `${path} is a file, not the folder of a Parquet dataset written by tidemark export --parquet, which is what open reads; give a database file as --db to any reading command (tidemark batches --db ${path})`,
    });
  if (!isDatasetDir(path))
    throw new CliFailure({
      code: 'dataset_invalid',
      message: `${path} is ${folder ? 'a folder without _tidemark.json' : 'not there'}; give a Tidemark database file, or the folder of a Parquet dataset written by tidemark export --parquet`,
    });
  // The first open reads the files into a local copy: say so on stderr, where a long wait is explained.
  return openDataset(path, datasetCacheDir(), ({ step, done, total }) => {
    const said = DATASET_STEPS[step];
    if (step === 'rows' && done === 0)
      process.stderr.write(
        `Reading ${total.toLocaleString('en-US')} records of ${path} into a local copy (first open only)…\n`,
      );
    else if (said) process.stderr.write(`${said}…\n`);
  });
}

/** Opens the core on the database and runs the command through the same dispatch as the app. */
export async function run(args: Parsed): Promise<number> {
  const dbPath = resolve(args.db);
  if (args.command !== 'import' && args.command !== 'open' && !existsSync(dbPath)) {
    throw new CliFailure({
      code: 'no_database',
      message: `no database at ${dbPath}; import a file to create one (tidemark import FILE --db ${args.db})`,
    });
  }
  // The core logs what it did not expect; the CLI says it in the error's one line instead of a stack.
  let unexpected = '';
  const log = (message: string, err?: unknown) => {
    unexpected = `${message}: ${err instanceof Error ? err.message : String(err ?? '')}`;
    if (process.env.TIDEMARK_DEBUG)
      process.stderr.write(`${message}: ${err instanceof Error ? err.stack : String(err)}\n`);
  };
  const core = openCore({
    ...(await databaseOf(dbPath, args.command)),
    log,
    ...compiledWorkers(),
    // `check` is the open's own check, with every page of the file read however large it is (check.ts).
    ...(args.command === 'check' ? { wholeCheckBytes: Infinity } : {}),
  });
  const call = (async (method: string, input: unknown) => {
    const r = await core.dispatch(method, input);
    if (!r.ok) {
      const message =
        r.error.code === 'internal' && unexpected ? `Tidemark failed unexpectedly (${unexpected})` : r.error.message;
      throw new CliFailure({ code: r.error.code, message });
    }
    return r.value;
  }) as Call;
  try {
    return await COMMANDS[args.command]!({
      args,
      call,
      onEvent: (l) => core.onEvent(l),
      out: (text) => process.stdout.write(`${text}\n`),
    });
  } finally {
    core.close();
  }
}
