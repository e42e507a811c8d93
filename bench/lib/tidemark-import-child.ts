// Runs one Tidemark import end to end in its own process (so its peak RSS is its own), through the
// same path the app uses: openCore → importFiles → the import worker. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { openCore } from '../../src/core/core';

const [dbPath, csvPath] = process.argv.slice(2);
if (!dbPath || !csvPath) throw new Error('usage: tidemark-import-child.ts DB CSV');

const core = openCore({ dbPath, log: (m, e) => console.error(m, e) });
const started = performance.now();
const r = await core.dispatch('importFiles', { files: [{ path: csvPath }], options: {} });
const seconds = (performance.now() - started) / 1000;
core.close();
if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
const status = readFileSync('/proc/self/status', 'utf8');
const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
process.stdout.write(`${JSON.stringify({ seconds, report: r.value, peakRssMb: hwmKb / 1024 })}\n`);
