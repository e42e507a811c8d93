// How long the `tidemark` command takes to start, against an anchor measured in the same run:
// `node -e 0`, the least any Node command can cost on this machine at this moment. Runs the
// command as a user does (bin/tidemark.mjs, the compiled build) and prints medians and ratios.
// Targets (issue 12): `tidemark --help` <= 2x node -e 0; `series` on the bundled sample <= 3x.
//
//   npm run bench:cli [-- rounds=20]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/tidemark.mjs');
const SAMPLE = join(ROOT, 'resources/sample/nk-china-published.csv');
const rounds = Number(process.argv.find((a) => a.startsWith('rounds='))?.slice(7) ?? 20);

const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-bench-'));
const db = join(dir, 'trade.sqlite');
const node = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
};

try {
  // Builds dist/node if a source is newer, so no round pays for a build.
  node([BIN, 'import', SAMPLE, '--db', db]);
  const cases: { name: string; args: string[]; target?: number }[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'tidemark --help', args: [BIN, '--help'], target: 2 },
    {
      name: 'tidemark series (sample)',
      args: [BIN, 'series', '--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import'],
      target: 3,
    },
  ];
  if (!node(cases[2]!.args).includes('2020-11')) throw new Error('series printed no data');
  const times = cases.map(() => [] as number[]);
  // Interleaved, so a burst of load elsewhere on a shared machine lands on every case alike.
  for (let i = 0; i < rounds; i++) {
    cases.forEach((c, j) => {
      const t = performance.now();
      node(c.args);
      times[j]!.push(performance.now() - t);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const anchor = median(times[0]!);
  console.log(`tidemark CLI start-up, median of ${rounds} interleaved runs (node ${process.version})`);
  cases.forEach((c, j) => {
    const ms = median(times[j]!);
    const ratio = ms / anchor;
    const verdict =
      c.target === undefined ? 'anchor' : `${ratio <= c.target ? 'meets' : 'MISSES'} target <= ${c.target}x`;
    console.log(`  ${c.name.padEnd(26)} ${ms.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}x  ${verdict}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
