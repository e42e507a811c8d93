/**
 * XLSX read benchmark: Tidemark's streaming reader against exceljs's streaming WorkbookReader, on
 * the same deterministic 200k-row customs workbook, in the same run, each in its own child process
 * so that peak RSS is measured per reader. Both read every cell of the one sheet (exceljs resolving
 * shared strings and date styles, as ours does), and the run checks that they counted the same rows
 * and cells. Target (issue 15): ≥ 3× exceljs in CPU time at ≤ 1.0× its peak memory.
 *
 *   npx tsx bench/xlsx-bench.ts [rows=200000]
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCustomsXlsx } from './fixtures/customs-xlsx';

/** cpuSeconds counts every thread of the child (exceljs inflates on libuv's pool). */
type Result = { reader: string; rows: number; cells: number; seconds: number; cpuSeconds: number; peakMb: number };

const self = fileURLToPath(import.meta.url);

async function child(reader: string, path: string): Promise<void> {
  let rows = 0;
  let cells = 0;
  // Each child loads only its own reader; the clock starts once it is loaded.
  const { openReader } =
    reader === 'tidemark' ? await import('../src/core/import/readers/open-reader') : { openReader: null };
  const ExcelJS = reader === 'tidemark' ? null : (await import('exceljs')).default;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  if (openReader) {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(4096);
    readSync(fd, head, 0, head.length, 0);
    openReader({ fd, size: fstatSync(fd).size, head, name: basename(path) }).read(
      (r) => {
        rows++;
        cells += r.cells.length;
      },
      () => {},
    );
    closeSync(fd);
  } else if (ExcelJS) {
    const wb = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const ws of wb) {
      for await (const row of ws) {
        rows++;
        cells += (row.values as unknown[]).length - 1;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const out: Result = {
    reader,
    rows,
    cells,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(out));
}

function run(reader: string, path: string): Result {
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', reader, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Result;
}

function main(): void {
  const rows = Number(process.argv[2] ?? 200_000);
  const dir = join(tmpdir(), 'tidemark-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `customs-${rows}.xlsx`);
  if (!existsSync(path)) {
    const t = performance.now();
    writeCustomsXlsx(path, rows);
    console.log(
      `generated ${path} (${(statSync(path).size / 1024 ** 2).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  // Alternate the order so neither reader always runs on a cold page cache.
  const results = [run('tidemark', path), run('exceljs', path), run('tidemark', path), run('exceljs', path)];
  const best = (r: string) => results.filter((x) => x.reader === r).sort((a, b) => a.cpuSeconds - b.cpuSeconds)[0]!;
  const ours = best('tidemark');
  const theirs = best('exceljs');
  for (const r of [ours, theirs]) {
    console.log(
      `${r.reader.padEnd(9)} ${r.rows.toLocaleString('en')} rows (${r.cells.toLocaleString('en')} cells) in ${r.seconds.toFixed(2)} s wall = ${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s; ${r.cpuSeconds.toFixed(2)} s CPU = ${Math.round(r.rows / r.cpuSeconds).toLocaleString('en')} rows/CPU-s; peak RSS ${r.peakMb.toFixed(0)} MB`,
    );
  }
  const wallSpeed = theirs.seconds / ours.seconds;
  const speed = theirs.cpuSeconds / ours.cpuSeconds;
  console.log(
    `wall-clock speed ratio ${wallSpeed.toFixed(2)}× exceljs (on a loaded machine wall time is noisy; the CPU ratio below is the steadier figure)`,
  );
  const memory = ours.peakMb / theirs.peakMb;
  console.log(`CPU speed ratio ${speed.toFixed(2)}× exceljs (target ≥ 3×): ${speed >= 3 ? 'met' : 'NOT met'}`);
  console.log(`memory ratio ${memory.toFixed(2)}× exceljs peak (target ≤ 1.0×): ${memory <= 1 ? 'met' : 'NOT met'}`);
  if (ours.rows !== theirs.rows || ours.cells !== theirs.cells)
    console.log(
      `WARNING: the readers read different amounts (${ours.rows} rows, ${ours.cells} cells vs ${theirs.rows}, ${theirs.cells})`,
    );
}

const i = process.argv.indexOf('--child');
if (i >= 0) await child(process.argv[i + 1]!, process.argv[i + 2]!);
else main();
