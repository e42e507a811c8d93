import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openDb } from '../../db/open';
import { runAndKill } from '../../test-support/kill-child';
import { FULL, recordFigures, scaled } from '../../test-support/reliability';
import { writeSyntheticCsv } from '../../test-support/synthetic-csv';

// A power cut or a killed app mid-import must leave either the whole file or none of it.
const KILLS = scaled(16, 50);
/** Two databases killed in turn, in parallel: a child spends most of its life starting up. */
const LANES = 2;
const dir = mkdtempSync(join(tmpdir(), 'tidemark-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Problems = { partialBatches: string[]; orphans: string[]; integrity: string[]; indexes: string[] };

function checkDatabase(dbPath: string, problems: Problems, label: string): { batches: number } {
  const db = openDb(dbPath);
  try {
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') problems.integrity.push(label);
    const partial = db
      .prepare(
        `SELECT b.id FROM import_batch b WHERE b.finished_at IS NULL
        OR b.rows_imported <> (SELECT count(*) FROM trade_record t WHERE t.batch_id = b.id)
        OR b.rows_rejected <> (SELECT count(*) FROM rejected_row r WHERE r.batch_id = b.id)`,
      )
      .pluck()
      .all();
    if (partial.length) problems.partialBatches.push(`${label}: batches ${partial.join(', ')}`);
    const orphans = db
      .prepare(
        `SELECT (SELECT count(*) FROM trade_record WHERE batch_id NOT IN (SELECT id FROM import_batch))
                     + (SELECT count(*) FROM rejected_row WHERE batch_id NOT IN (SELECT id FROM import_batch))`,
      )
      .pluck()
      .get() as number;
    if (orphans) problems.orphans.push(`${label}: ${orphans} rows`);
    // The import drops the big indexes inside its transaction (bulk mode): a kill must roll the DROP back.
    // A merge's stage is in the connection's temp database, which dies with it: nothing to check here.
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row'")
      .pluck()
      .all();
    const lost = ['trade_record_key', 'trade_record_breakdown', 'trade_record_batch'].filter(
      (i) => !indexes.includes(i),
    );
    if (lost.length) problems.indexes.push(`${label}: ${lost.join(', ')}`);
    return { batches: db.prepare('SELECT count(*) FROM import_batch').pluck().get() as number };
  } finally {
    db.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it(
    `leaves a sound database with only whole batches, ${KILLS} kills at varied points`,
    async () => {
      // A valid file with a few malformed rows, so rejects are written too; each run gets its own
      // last line, so a finished run never makes the next one a duplicate.
      const base =
        readFileSync(writeSyntheticCsv(join(dir, 'base.csv'), 15_000), 'utf8') +
        '2020-01,CHN,PRK,import,HS,01,"x",oops,USD,,kg\n';
      const problems: Problems = { partialBatches: [], orphans: [], integrity: [], indexes: [] };
      const miscounted: string[] = [];
      let kills = 0;
      let midImport = 0;
      const lane = async (n: number) => {
        const dbPath = join(dir, `db-${n}.sqlite`);
        const db = openDb(dbPath);
        migrate(db, () => {});
        db.close();
        let batches = 0;
        // In the full run, kill until at least KILLS of them landed inside an import; at most three times that.
        for (
          let k = n, tries = 0;
          FULL ? midImport < KILLS && tries < (3 * KILLS) / LANES : k < KILLS;
          k += LANES, tries++
        ) {
          const csv = join(dir, `run-${k}.csv`);
          writeFileSync(csv, `${base}2020-02,CHN,PRK,export,HS,${String(k).padStart(8, '0')},"run",${k},USD,1,kg\n`);
          // Spread the kill points from "still opening the file" to "already committed".
          // One lane drops and rebuilds the indexes, the other merges staged rows (bulk-indexes.ts);
          // every other run of each parses on 3 threads in byte ranges (parse-ranges.ts).
          const r = await runAndKill(
            join(__dirname, '../../test-support/crash-import-child.ts'),
            [dbPath, csv, n % 2 ? 'merge' : 'always', ...(k % 4 >= 2 ? ['3'] : [])],
            Math.floor(((k * 37) % 50) * 8),
          );
          kills++;
          const finished = r.lines.includes('done');
          const now = checkDatabase(dbPath, problems, `kill ${k}`).batches;
          // A kill between the commit and the child's "done" leaves a whole batch the parent never heard of.
          if (finished ? now !== batches + 1 : now !== batches && now !== batches + 1)
            miscounted.push(`kill ${k}: ${batches} -> ${now} batches`);
          if (now === batches) midImport++;
          batches = now;
          rmSync(csv);
        }
      };
      await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
      recordFigures('kills-imports', {
        kills,
        midImport,
        partialBatches: problems.partialBatches.length + problems.orphans.length + miscounted.length,
        integrityFailures: problems.integrity.length,
        lostIndexes: problems.indexes.length,
      });
      expect(problems).toEqual({ partialBatches: [], orphans: [], integrity: [], indexes: [] });
      expect(miscounted).toEqual([]);
      // Most kills must land inside an import, or the test proves little.
      expect(midImport).toBeGreaterThanOrEqual(kills / 2);
      if (FULL) expect(midImport).toBeGreaterThanOrEqual(KILLS);
    },
    FULL ? 1_200_000 : 120_000,
  );
});
