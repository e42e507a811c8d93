// Runs one Tidemark import end to end in its own process (so its peak RSS is its own), through the
// path the importFiles handler uses: a migrated database, then importInWorker. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { migrate } from '../../src/core/db/migrate';
import { openDb } from '../../src/core/db/open';
import { importInWorker, sourceWorker } from '../../src/core/import/pipeline/import-service';

const [dbPath, csvPath, scope, ...moreParts] = process.argv.slice(2);
if (!dbPath || !csvPath) throw new Error('usage: tidemark-import-child.ts DB CSV [all|-] [CSV part...]');
// `all`: the generated file holds every good and partner of its months, as bench:query's import says.
const options = scope === 'all' ? { goods: 'all' as const, partners: 'all' as const } : {};

const db = openDb(dbPath);
migrate(db, () => {});
const started = performance.now();
const cpu0 = process.cpuUsage();
// bench:import --threads N: the parser threads (parse-ranges.ts), else the import's default.
const parseThreads = process.env.TIDEMARK_PARSE_THREADS ? Number(process.env.TIDEMARK_PARSE_THREADS) : undefined;
// A benchmark measures however long the import takes: no 30-minute stop (the app's default per call).
const report = await importInWorker(
  sourceWorker,
  { dbPath, files: [csvPath, ...moreParts].map((path) => ({ path })), options, parseThreads },
  () => {},
  { timeLimitMs: 7 * 24 * 3600_000 },
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
db.close();
const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, report, peakRssMb: hwmKb / 1024 })}\n`);
