// Child process for crash-edits.test.ts: edits, deletes, restores, reverts, undoes and redoes through
// the core, round after round, until the parent SIGKILLs it. Each action is announced before it starts
// ("begin …") and after it commits ("done"), so the parent knows what the kill interrupted.
import { openCore } from '../core';

const [dbPath, seedArg] = process.argv.slice(2) as [string, string];
let seed = Number(seedArg);
/** A small deterministic generator: each run takes its own path through the actions. */
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

const core = openCore({ dbPath, log: () => {} });
const call = async (method: string, input: unknown) => {
  process.stdout.write(`begin ${method}\n`);
  const r = await core.dispatch(method, input);
  // Refusals (an undo with nothing to undo, a conflict) are part of the game; only a crash is not.
  process.stdout.write(r.ok || r.error.code !== 'internal' ? 'done\n' : `internal ${r.error.message}\n`);
  return r;
};

process.stdout.write('ready\n');
for (;;) {
  const action = rand(6);
  // Visible rows to edit or delete; hidden ones to restore.
  const page = await core.dispatch('listRecords', { limit: 500, skip: rand(2000), deleted: action === 5 });
  const rows = page.ok ? (page.value as { rows: { id: number; version: number }[] }).rows : [];
  const batches = await core.dispatch('listBatches', {});
  const ids = (batches.ok ? (batches.value as { id: number; status: string }[]) : []).map((b) => b.id);
  switch (action) {
    case 0:
      if (rows.length)
        await call('updateRecords', {
          cells: rows.map((r) => ({ id: r.id, field: 'description', value: `edit ${seed}`, version: r.version })),
        });
      break;
    case 1:
      if (rows.length) await call('deleteRecords', { ids: rows.map((r) => r.id) });
      break;
    case 2:
      if (ids.length) await call('revertBatch', { batchId: ids[rand(ids.length)]! });
      break;
    case 3:
      await call('undo', {});
      break;
    case 4:
      await call('redo', {});
      break;
    default:
      if (rows.length) await call('restoreRecords', { ids: rows.map((r) => r.id) });
  }
}
