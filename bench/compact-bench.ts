// What compacting gives back after the 0011 upgrade, and what it costs: a schema 10 database of N rows
// (default 1M) is upgraded by opening it, then compacted as the app does it (compact.ts, VACUUM).
// Prints seconds and MB; the compact's time as a ratio of the upgrade's, in the same run, is the figure
// to compare across machines.
//
//   npx tsx bench/compact-bench.ts [rows]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactDb, databaseSpace } from '../src/core/db/compact';
import { openTidemarkDb } from '../src/core/db/open-tidemark';
import { addOldRecords, fixture } from '../src/core/test-support/schema-fixture';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'tidemark-compact-bench-'));
const path = join(dir, 'v10.sqlite');
const MB = (b: number) => (b / 1024 / 1024).toFixed(1);
const load = () => loadavg()[0]!.toFixed(2);

try {
  let t = Date.now();
  const old = fixture(10, path);
  for (let done = 0; done < rows; done += 100_000) addOldRecords(old, Math.min(100_000, rows - done));
  old.pragma('wal_checkpoint(TRUNCATE)');
  old.close();
  console.log(
    `schema 10, ${rows.toLocaleString('en')} rows: ${MB(statSync(path).size)} MB (built in ${(Date.now() - t) / 1000} s)`,
  );

  t = Date.now();
  const { db } = openTidemarkDb(path);
  const upgrade = (Date.now() - t) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const space = databaseSpace(db, path, 10);
  console.log(
    `upgrade to v11 (backup included): ${upgrade.toFixed(1)} s; file ${MB(space.fileBytes)} MB, ${MB(space.reclaimableBytes)} MB free pages; load ${load()}`,
  );
  console.log(
    `offer: worth it ${space.worthIt}, needs ${MB(space.neededBytes)} MB free, estimate ${space.estimateSeconds.toFixed(0)} s`,
  );

  const report = compactDb(db, path);
  db.close();
  console.log(
    `compact: ${report.seconds.toFixed(1)} s (${(report.seconds / upgrade).toFixed(2)}x the upgrade); ${MB(report.beforeBytes)} MB -> ${MB(report.afterBytes)} MB; load ${load()}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
