// Totals the runners' JSON reports into the one line CI reads: "N passed, N failed[, N skipped]".
// A step that failed before writing a report (typecheck, lint, a crashed runner) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const testStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

const unit = 'reports/unit.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed to load has no tests in the counts above.
  failed += (r.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else failed++;

// The reliability summary's checks (kills survived, fuzz corpora, browser-host probes: scripts/reliability.mjs).
const reliability = 'reports/reliability.json';
if (existsSync(reliability)) {
  const r = JSON.parse(readFileSync(reliability, 'utf8'));
  passed += r.passed;
  failed += r.failed;
} else failed++;

// Playwright runs twice: everything else, then the renderer measurements alone.
for (const e2e of ['reports/e2e.json', 'reports/e2e-measure.json']) {
  if (existsSync(e2e)) {
    const s = JSON.parse(readFileSync(e2e, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    skipped += s.skipped;
  } else failed++;
}

// typecheck and lint have no report: if npm test failed but no runner counted a failure, say so.
if (testStatus !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
