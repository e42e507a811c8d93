// Loaded with `node --import` into the process a benchmark measures: on exit, one line on stderr with
// the whole process's peak RSS (every thread's) and its CPU seconds (user + system, every thread).
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
  const u = process.resourceUsage();
  const usage = { peakRssMb: kb / 1024, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 };
  process.stderr.write(`\ntidemark-usage ${JSON.stringify(usage)}\n`);
});
