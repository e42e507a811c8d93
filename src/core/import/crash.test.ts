import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open';
import { writeSyntheticCsv } from './synthetic-csv';

// A power cut or a killed app mid-import must leave either the whole file or none of it.
const KILLS = 50;
/** Two databases killed in turn, in parallel: a child spends most of its life starting up. */
const LANES = 2;
const dir = mkdtempSync(join(tmpdir(), 'tidemark-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child and SIGKILLs it `delayMs` after it has opened the database. */
function importAndKill(dbPath: string, csv: string, delayMs: number): Promise<{ finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash-import-child.ts'), dbPath, csv], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n') && out.length === 6) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('close', () => resolve({ finished: out.includes('done') }));
  });
}

function checkDatabase(dbPath: string): { batches: number } {
  const db = openDb(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const partial = db
      .prepare(`SELECT b.id FROM import_batch b WHERE b.finished_at IS NULL
        OR b.rows_imported <> (SELECT count(*) FROM trade_record t WHERE t.batch_id = b.id)
        OR b.rows_rejected <> (SELECT count(*) FROM rejected_row r WHERE r.batch_id = b.id)`)
      .all();
    expect(partial).toEqual([]);
    const orphans = db
      .prepare(`SELECT (SELECT count(*) FROM trade_record WHERE batch_id NOT IN (SELECT id FROM import_batch))
                     + (SELECT count(*) FROM rejected_row WHERE batch_id NOT IN (SELECT id FROM import_batch))`)
      .pluck()
      .get();
    expect(orphans).toBe(0);
    // The import drops the big indexes inside its transaction (bulk mode): a kill must roll the DROP back.
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_record'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['trade_record_key', 'trade_record_breakdown', 'trade_record_batch']));
    return { batches: db.prepare('SELECT count(*) FROM import_batch').pluck().get() as number };
  } finally {
    db.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it(`leaves a sound database with only whole batches, ${KILLS} kills at varied points`, async () => {
    // A valid file with a few malformed rows, so rejects are written too; each run gets its own
    // last line, so a finished run never makes the next one a duplicate.
    const base = readFileSync(writeSyntheticCsv(join(dir, 'base.csv'), 15_000), 'utf8') + '2020-01,CHN,PRK,import,HS,01,"x",oops,USD,,kg\n';
    let midImport = 0;
    const lane = async (n: number) => {
      const dbPath = join(dir, `db-${n}.sqlite`);
      const db = openDb(dbPath);
      migrate(db, () => {});
      db.close();
      let batches = 0;
      for (let k = n; k < KILLS; k += LANES) {
        const csv = join(dir, `run-${k}.csv`);
        writeFileSync(csv, `${base}2020-02,CHN,PRK,export,HS,${String(k).padStart(8, '0')},"run",${k},USD,1,kg\n`);
        // Spread the kill points from "still opening the file" to "already committed".
        const r = await importAndKill(dbPath, csv, Math.floor(((k * 37) % KILLS) * 8));
        const now = checkDatabase(dbPath).batches;
        // A kill between the commit and the child's "done" leaves a whole batch the parent never heard of.
        if (r.finished) expect(now).toBe(batches + 1);
        else expect([batches, batches + 1]).toContain(now);
        if (now === batches) midImport++;
        batches = now;
        rmSync(csv);
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    // Most kills must land inside an import, or the test proves little.
    expect(midImport).toBeGreaterThanOrEqual(KILLS / 2);
  }, 120_000);
});
