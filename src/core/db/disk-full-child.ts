// Child process for disk-full.test.ts. It runs inside its own mount namespace with a small tmpfs
// mounted on `dir`, so the disk really fills up (ENOSPC), and prints what a person would see as JSON.
//   full <dir> <small.csv> <big.csv>        an import larger than the disk
//   checkpoint <dir> <probe-dir> <csv>       an import whose journal fits but cannot be folded in
//   export <dir> <db-dir> <csv>               a CSV and a Parquet export into a full disk (the database elsewhere)
//   revert <dir> <csv>                        a batch reverted in the history worker on a full disk, then with room
import { readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../core';

const [scenario, dir, ...args] = process.argv.slice(2) as [string, string, ...string[]];
const say = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

/** Counts and a full integrity check, read by a fresh connection after the core has closed. */
function state(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      batches: db.prepare('SELECT count(*) FROM import_batch').pluck().get(),
      records: db.prepare('SELECT count(*) FROM trade_row').pluck().get(),
    };
  } finally {
    db.close();
  }
}

async function importOne(dbPath: string, csv: string, beforeClose: () => void = () => {}) {
  const core = openCore({ dbPath, log: () => {} });
  try {
    const r = await core.dispatch('importFiles', { files: [{ path: csv }], options: {} });
    if (!r.ok) return { status: 'refused', error: r.error };
    return (r.value as { files: { status: string; error: unknown }[] }).files[0]!;
  } finally {
    beforeClose();
    core.close();
  }
}

async function edit(dbPath: string) {
  const core = openCore({ dbPath, log: () => {} });
  try {
    const page = await core.dispatch('listRecords', { limit: 1 });
    const row = (page as { ok: true; value: { rows: { id: number; version: number }[] } }).value.rows[0]!;
    return await core.dispatch('updateRecord', {
      id: row.id,
      field: 'description',
      value: 'edited after the disk filled',
      version: row.version,
    });
  } finally {
    core.close();
  }
}

/** Reverts the database's one batch through the core: a batch this large goes to the history worker. */
async function revert(dbPath: string) {
  const core = openCore({ dbPath, log: () => {} });
  try {
    const batches = await core.dispatch('listBatches', {});
    const [batch] = (batches as { ok: true; value: { id: number }[] }).value;
    return await core.dispatch('revertBatch', { batchId: batch!.id });
  } finally {
    core.close();
  }
}

const free = () => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};

if (scenario === 'full') {
  const [small, big] = args as [string, string];
  const dbPath = join(dir, 'trade.sqlite');
  say({ step: 'small', report: await importOne(dbPath, small), state: state(dbPath) });
  say({ step: 'big', report: await importOne(dbPath, big), state: state(dbPath) });
} else if (scenario === 'checkpoint') {
  const [probeDir, csv] = args as [string, string];
  // The same import on a roomy disk first, to learn how much journal and database it writes.
  const probe = join(probeDir, 'probe.sqlite');
  let wal = 0;
  let main = 0;
  // Measured while the core is open: closing the last connection folds the journal in and removes it.
  await importOne(probe, csv, () => ((wal = statSync(`${probe}-wal`).size), (main = statSync(probe).size)));
  rmSync(probe);
  rmSync(`${probe}-wal`, { force: true });
  rmSync(`${probe}-shm`, { force: true });
  const dbPath = join(dir, 'trade.sqlite');
  openCore({ dbPath, log: () => {} }).close();
  // Room for the journal and about half of what folding it into the database needs.
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, free() - wal - Math.round(main / 2))));
  say({ step: 'import', report: await importOne(dbPath, csv), wal, main });
  rmSync(filler);
  say({ step: 'freed', edit: await edit(dbPath), state: state(dbPath) });
} else if (scenario === 'revert') {
  const [csv] = args as [string];
  const dbPath = join(dir, 'trade.sqlite');
  say({ step: 'import', report: await importOne(dbPath, csv), state: state(dbPath) });
  // Leave the disk all but full: the revert's backup, or else its journal, finds no room.
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 64 * 1024)));
  say({ step: 'full', revert: await revert(dbPath), state: state(dbPath) });
  rmSync(filler);
  say({ step: 'freed', revert: await revert(dbPath), state: state(dbPath) });
} else if (scenario === 'export') {
  const [dbDir, csv] = args as [string, string];
  const dbPath = join(dbDir, 'trade.sqlite');
  await importOne(dbPath, csv);
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 16 * 1024)));
  const core = openCore({ dbPath, log: () => {} });
  try {
    const csvOut = await core.dispatch('exportRecords', { format: 'csv', path: join(dir, 'records.csv') });
    const parquet = await core.dispatch('exportParquet', { dir: join(dir, 'dataset') });
    say({ step: 'export', csv: csvOut, parquet, left: readdirSync(dir).filter((f) => f !== 'filler') });
  } finally {
    core.close();
  }
  say({ step: 'after', state: state(dbPath) });
}
