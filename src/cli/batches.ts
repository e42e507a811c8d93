import type { Batch } from '../shared/domain';
import { say } from '../core/messages';
import { wholeNumber } from './args';
import type { Ctx } from './context';
import { CliFailure } from './errors';
import { batchesTable } from './print';

const LIMIT = 1000;

/** `tidemark batches`: each import with its file, rows and scope (what it covers), newest last. */
export async function batchesCommand({ args, call, out }: Ctx): Promise<number> {
  const batches = (await call('listBatches', {})).sort((a, b) => a.id - b.id);
  const dataset = (await call('appInfo', {})).readOnly !== null;
  if (args.values.json) {
    out(JSON.stringify({ batches: dataset ? batches.map(asExported) : batches }));
    return 0;
  }
  out(batchesTable(batches, dataset));
  return 0;
}

/**
 * A Parquet dataset's batch as --json gives it: the rows its file holds in the dataset are those exported
 * (`rowsExported`), not those it imported; what the import read, imported, rejected and skipped the dataset
 * does not keep, so those are null, never a count borrowed from another.
 */
function asExported(b: Batch) {
  return {
    ...b,
    rowsRead: null,
    rowsImported: null,
    rowsRejected: null,
    rowsSkipped: null,
    rowsExported: b.rowsImported,
  };
}

/** `tidemark revert --batch N`: the import's rows leave every figure; `tidemark undo` brings them back. */
export async function revertCommand({ args, call, out }: Ctx): Promise<number> {
  const batchId = wholeNumber(args.values, 'batch', 'an import batch number (see `tidemark batches`)')!;
  const batch = (await call('listBatches', {})).find((b) => b.id === batchId);
  if (!batch)
    throw new CliFailure({
      code: 'not_found',
      message: `there is no import batch ${batchId} (tidemark batches lists them)`,
    });
  const r = await call('revertBatch', { batchId });
  // A nomenclature holds names, not records: say that its names left, not that no record did.
  const names = batch.format === 'commodity-reference' && r.count === 0;
  out(
    args.values.json
      ? JSON.stringify(r)
      : names
        ? say('en', 'cli.revertedNames', { batch: batchId, file: batch.fileName, count: batch.rowsImported })
        : say('en', 'cli.reverted', { batch: batchId, file: batch.fileName, count: r.count }),
  );
  return 0;
}

/** `tidemark undo` / `tidemark redo`: the app's undo stack (edits, deletes, restores, reverts), from the command line. */
export async function undoCommand(ctx: Ctx): Promise<number> {
  return step(ctx, 'undo');
}

export async function redoCommand(ctx: Ctx): Promise<number> {
  return step(ctx, 'redo');
}

async function step({ args, call, out }: Ctx, which: 'undo' | 'redo'): Promise<number> {
  const r = await call(which, {});
  if (!r) throw new CliFailure({ code: 'not_found', message: `there is nothing to ${which}` });
  out(
    args.values.json
      ? JSON.stringify(r)
      : say('en', which === 'undo' ? 'cli.undone' : 'cli.redone', { label: r.label, count: r.count }),
  );
  return 0;
}

/** `tidemark rejects [--batch N]`: the rows imports could not read, with their file, line, reason and cells. */
export async function rejectsCommand({ args, call, out }: Ctx): Promise<number> {
  const only = wholeNumber(args.values, 'batch', 'an import batch number (see `tidemark batches`)');
  const batches = await call('listBatches', {});
  if (only !== undefined && !batches.some((b) => b.id === only))
    throw new CliFailure({
      code: 'not_found',
      message: `there is no import batch ${only} (tidemark batches lists them)`,
    });
  const chosen = batches
    .filter((b) => (only === undefined ? b.rowsRejected > 0 : b.id === only))
    .sort((a, b) => a.id - b.id);
  const limit = only === undefined ? LIMIT : 10_000;
  const rows = [];
  const more: { batch: number; count: number }[] = [];
  for (const b of chosen) {
    const rejects = await call('listRejects', { batchId: b.id, limit });
    for (const r of rejects)
      rows.push({
        batchId: b.id,
        file: b.fileName,
        batchStatus: b.status,
        sheet: r.sheet,
        line: r.rowNumber,
        reason: r.reason,
        message: r.message,
        raw: r.raw,
      });
    if (b.rowsRejected > rejects.length) more.push({ batch: b.id, count: b.rowsRejected - rejects.length });
  }
  if (args.values.json) {
    out(JSON.stringify({ rejects: rows }));
    return 0;
  }
  if (rows.length === 0) {
    out(say('en', 'cli.rejectsNone', { batch: only === undefined ? 'all' : String(only) }));
    return 0;
  }
  for (const r of rows) {
    const where = `${r.file} (batch ${r.batchId}${r.batchStatus === 'reverted' ? ', reverted' : ''}), ${r.sheet ? `sheet ${r.sheet} ` : ''}line ${r.line}`;
    out(`${where}: ${r.message} [${r.reason}]\n  ${JSON.stringify(r.raw)}`);
  }
  for (const m of more) out(say('en', 'cli.rejectsMore', m));
  return 0;
}
