import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { writeSyntheticCsv } from '../test-support/synthetic-csv';
import { runAndKill } from '../test-support/kill-child';
import { FULL, recordFigures, scaled } from '../test-support/reliability';
import { listBackups } from './backups';
import { openDb } from './open';
import { createSummaryMaintenance } from './summary-repo';

// A killed app mid-edit, mid-delete, mid-revert (its backup included), mid-undo must leave every action
// whole or absent: batches wholly reverted or not, summaries equal to the records, backups whole.
const KILLS = scaled(10, 50);
const LANES = 2;
const dir = mkdtempSync(join(tmpdir(), 'tidemark-crash-edits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three overlapping batches: the later ones supersede rows of the first, so reverts bring rows back. */
async function template(): Promise<string> {
  const path = join(dir, 'template.sqlite');
  const core = openCore({ dbPath: path, log: () => {} });
  const files = [4000, 1500, 2500].map((rows, i) => {
    const csv = join(dir, `batch-${i}.csv`);
    writeSyntheticCsv(csv, rows);
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}2030-01,CHN,PRK,import,HS,0${i},"batch ${i}",${i},USD,,\n`);
    return { path: csv };
  });
  for (const f of files) await core.dispatch('importFiles', { files: [f], options: {} });
  core.close();
  return path;
}

type Problems = { partialBatches: string[]; summary: string[]; integrity: string[]; backups: string[] };

function summaryRows(db: Database.Database): string[] {
  return (db.prepare('SELECT * FROM summary_total WHERE row_count > 0').raw().all() as unknown[])
    .map((r) => JSON.stringify(r))
    .sort();
}

function check(dbPath: string, problems: Problems, label: string): void {
  const db = openDb(dbPath);
  try {
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') problems.integrity.push(label);
    // A batch is reverted exactly when a done revert of it exists, and then none of its rows is visible
    // unless a later action showed it again (a restore, an undone delete); a row hidden by a revert
    // belongs to that revert's batch, and the revert is done.
    const partial = db
      .prepare(
        `SELECT b.id FROM import_batch b WHERE
          (b.status = 'reverted') <> EXISTS (SELECT 1 FROM edit_action a WHERE a.kind = 'revert_batch' AND a.batch_id = b.id AND a.state = 0)
          OR (b.status = 'reverted' AND EXISTS (SELECT 1 FROM trade_record t WHERE t.batch_id = b.id AND t.deleted_by IS NULL
                AND NOT EXISTS (SELECT 1 FROM edit_log l WHERE l.record_id = t.id AND l.kind IN ('restore', 'undo', 'redo'))))
        UNION SELECT t.batch_id FROM trade_record t JOIN edit_action a ON a.id = t.deleted_by
          WHERE a.kind = 'revert_batch' AND (a.batch_id <> t.batch_id OR a.state <> 0)`,
      )
      .pluck()
      .all();
    if (partial.length) problems.partialBatches.push(`${label}: batches ${partial.join(', ')}`);
    const kept = summaryRows(db);
    const ROLLBACK = new Error('rollback');
    let rebuilt: string[] = [];
    try {
      db.transaction(() => {
        createSummaryMaintenance(db).rebuild();
        rebuilt = summaryRows(db);
        throw ROLLBACK;
      })();
    } catch (err) {
      if (err !== ROLLBACK) throw err;
    }
    if (JSON.stringify(kept) !== JSON.stringify(rebuilt)) problems.summary.push(label);
  } finally {
    db.close();
  }
  for (const b of listBackups(dbPath)) {
    const copy = new Database(b.path, { readonly: true });
    if (copy.pragma('quick_check', { simple: true }) !== 'ok') problems.backups.push(`${label}: ${b.path}`);
    copy.close();
  }
}

describe('edits, deletes, reverts and undo killed with SIGKILL', () => {
  it(
    `leave whole actions only, ${KILLS} kills at varied points`,
    async () => {
      const base = await template();
      const problems: Problems = { partialBatches: [], summary: [], integrity: [], backups: [] };
      let kills = 0;
      let midAction = 0;
      const enough = FULL ? KILLS : KILLS / 2;
      const crashes: string[] = [];
      const actions: Record<string, number> = {};
      const lane = async (n: number) => {
        const dbPath = join(dir, `lane-${n}.sqlite`);
        copyFileSync(base, dbPath);
        // Kill until enough kills interrupted an action (all KILLS in the full run, half of them
        // otherwise), at most three times KILLS in all: how many land inside one depends on the
        // machine's speed (4 of 10 on a quiet CI machine), not on the code under test.
        for (let k = n, tries = 0; midAction < enough && tries < (3 * KILLS) / LANES; k += LANES, tries++) {
          const r = await runAndKill(
            join(__dirname, 'crash-edit-child.ts'),
            [dbPath, String(k + 1)],
            ((k * 37) % 40) * 15,
          );
          kills++;
          const last = r.lines.at(-1) ?? '';
          if (last.startsWith('begin ')) {
            midAction++;
            actions[last.slice(6)] = (actions[last.slice(6)] ?? 0) + 1;
          }
          crashes.push(...r.lines.filter((l) => l.startsWith('internal')));
          check(dbPath, problems, `kill ${k} (${last})`);
        }
      };
      await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
      recordFigures('kills-edits', {
        kills,
        midAction,
        needed: enough,
        partialBatches: problems.partialBatches.length,
        summaryMismatches: problems.summary.length,
        integrityFailures: problems.integrity.length,
        brokenBackups: problems.backups.length,
        internalErrors: crashes.length,
        interrupted: JSON.stringify(actions),
      });
      expect(problems).toEqual({ partialBatches: [], summary: [], integrity: [], backups: [] });
      expect(crashes).toEqual([]);
      // Enough kills must land inside an action, or the test proves little.
      expect(midAction).toBeGreaterThanOrEqual(enough);
    },
    FULL ? 1_200_000 : 240_000,
  );
});
