// Loaded with `node --import` into the process a benchmark measures: on exit, one line on stderr with
// the whole process's peak RSS (every thread's) and its CPU seconds (user + system, every thread).
// Node also loads it into each worker thread, whose exit comes first and would report the process
// part-way through (1M rows: 4.7 of 8.3 CPU seconds): only the main thread reports.
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

process.on('exit', () => {
  if (!isMainThread) return;
  const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
  const u = process.resourceUsage();
  const usage = { peakRssMb: kb / 1024, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 };
  process.stderr.write(`\ntidemark-usage ${JSON.stringify(usage)}\n`);
});
