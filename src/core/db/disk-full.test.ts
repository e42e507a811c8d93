import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { importFile } from '../import/pipeline/run-import';
import { writeSyntheticCsv } from '../test-support/synthetic-csv';
import { asDiskFull } from './disk-full';
import { openTidemarkDb } from './open-tidemark';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite's size cap (max_page_count) stands in for a full disk", () => {
  it('fails the import with disk_full, saying what to free, and leaves the database as it was', () => {
    const path = join(dir, 'capped.sqlite');
    const { db } = openTidemarkDb(path);
    importFile(db, { path: writeSyntheticCsv(join(dir, 'small.csv'), 100) }, {}, () => {});
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 20}`);
    let thrown: unknown;
    try {
      importFile(db, { path: writeSyntheticCsv(join(dir, 'big.csv'), 20_000) }, {}, () => {});
    } catch (err) {
      thrown = err;
    }
    expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
    expect(asDiskFull(thrown, path)).toMatchObject({
      code: 'disk_full',
      message: expect.stringMatching(/disk that holds .* is full.*intact.*Free space on that disk/s),
    });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM trade_record').pluck().get()).toBe(100);
    expect(db.prepare('SELECT count(*) FROM import_batch').pluck().get()).toBe(1);
    db.close();
  });

  it('reaches the caller of any method as disk_full, never internal', async () => {
    const logged: string[] = [];
    const dispatch = createDispatch(
      {
        appInfo: () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      } as never,
      (m) => logged.push(m),
      (err) => asDiskFull(err, join(dir, 'x.sqlite')),
    );
    expect(await dispatch('appInfo', {})).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(logged).toEqual([]);
  });
});

/** A tmpfs only this child sees: a private mount namespace, so nothing is left mounted if it dies. */
function inTmpfs(sizeKb: number, args: string[]): { lines: Record<string, unknown>[]; stderr: string } | null {
  const mnt = mkdtempSync(join(dir, 'mnt-'));
  const child = join(__dirname, 'disk-full-child.ts');
  const r = spawnSync(
    'unshare',
    [
      '-rm',
      'sh',
      '-c',
      `mount -t tmpfs -o size=${sizeKb}k tmpfs "$1" && shift && exec "$@"`,
      'sh',
      mnt,
      process.execPath,
      '--import',
      'tsx',
      child,
      args[0]!,
      mnt,
      ...args.slice(1),
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (r.error || (r.status !== 0 && /mount|unshare|Operation not permitted/i.test(r.stderr))) return null;
  expect(r.status, r.stderr).toBe(0);
  return {
    lines: r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: r.stderr,
  };
}

const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "${tmpdir()}" && echo ok`], {
    encoding: 'utf8',
  }).stdout?.trim() === 'ok';

describe.skipIf(!canMount)(
  'a really full disk: a small tmpfs (skipped: this machine cannot mount one in a user namespace)',
  () => {
    it('an import larger than the disk is disk_full; the earlier import and the database stay intact', () => {
      const small = writeSyntheticCsv(join(dir, 'tmpfs-small.csv'), 200);
      const big = writeSyntheticCsv(join(dir, 'tmpfs-big.csv'), 60_000);
      const run = inTmpfs(4 * 1024, ['full', small, big])!;
      const [first, second] = run.lines as [
        { report: { status: string }; state: unknown },
        { report: { status: string; error: { code: string; message: string } }; state: unknown },
      ];
      expect(first.report.status).toBe('imported');
      expect(second.report).toMatchObject({
        status: 'failed',
        error: { code: 'disk_full', message: expect.stringMatching(/Only \d+ MB is free there/) },
      });
      expect(second.state).toEqual(first.state);
      expect(second.state).toMatchObject({ integrity: 'ok', batches: 1, records: 200 });
    }, 120_000);

    it('an import whose journal fits but cannot be folded in says so, and a change after freeing space works', () => {
      const csv = writeSyntheticCsv(join(dir, 'tmpfs-mid.csv'), 20_000);
      const probeDir = join(dir, 'probe');
      mkdirSync(probeDir, { recursive: true });
      const run = inTmpfs(16 * 1024, ['checkpoint', probeDir, csv])!;
      const [imported, freed] = run.lines as [
        { report: { status: string; error: unknown } },
        { edit: unknown; state: unknown },
      ];
      expect(imported.report).toMatchObject({
        status: 'imported',
        error: {
          code: 'disk_full',
          message: expect.stringMatching(/^Imported, but the disk .* is now full.*every further change will fail/s),
        },
      });
      expect(freed.edit).toMatchObject({ ok: true });
      expect(freed.state).toMatchObject({ integrity: 'ok', batches: 1, records: 20_000 });
    }, 120_000);

    it('a large batch reverted in the history worker on a full disk is disk_full and changes nothing; with room it reverts', () => {
      // 21,000 rows: over the 20,000 (core.ts WORKER_MIN_ROWS) from which a revert runs in the history worker.
      const csv = writeSyntheticCsv(join(dir, 'tmpfs-revert.csv'), 21_000);
      const run = inTmpfs(24 * 1024, ['revert', csv])!;
      const [imported, full, freed] = run.lines as [
        { state: unknown },
        { revert: unknown; state: unknown },
        { revert: unknown; state: unknown },
      ];
      expect(full.revert).toMatchObject({
        ok: false,
        error: {
          code: 'disk_full',
          message: expect.stringMatching(/^The disk that holds .* is full, so the change was not saved/),
        },
      });
      expect(full.state).toEqual(imported.state);
      expect(freed.revert).toMatchObject({ ok: true });
    }, 120_000);

    it('a CSV or Parquet export into a full disk is disk_full, naming the folder, and leaves nothing there', () => {
      const csv = writeSyntheticCsv(join(dir, 'tmpfs-export.csv'), 21_000);
      const dbDir = mkdtempSync(join(dir, 'roomy-'));
      const run = inTmpfs(1024, ['export', dbDir, csv])!;
      const [exported, after] = run.lines as [{ csv: unknown; parquet: unknown; left: string[] }, { state: unknown }];
      const said = {
        ok: false,
        error: {
          code: 'disk_full',
          key: 'export.diskFull',
          message: expect.stringMatching(
            /^The disk that holds .*mnt-\w+ has no room left for the export, so nothing was saved/,
          ),
        },
      };
      expect(exported.csv).toMatchObject(said);
      expect(exported.parquet).toMatchObject(said);
      expect(exported.left).toEqual([]);
      expect(after.state).toMatchObject({ integrity: 'ok', records: 21_000 });
    }, 120_000);
  },
);
