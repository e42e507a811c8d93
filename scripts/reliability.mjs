// `npm run reliability`: the figures Tidemark's safety claims rest on, in one summary. It runs the
// reliability tests long (TIDEMARK_RELIABILITY=full: at least 50 SIGKILLs landing inside imports and 50
// inside edits and reverts, both fuzz corpora, every browser-host probe), then prints what they measured.
//
// `node scripts/reliability.mjs --summary` only prints and checks the figures the short versions of the
// same tests wrote during `npm test`'s unit step (scripts/test.mjs points them at reports/reliability-figures),
// and writes reports/reliability.json, whose checks scripts/ci-summary.mjs adds to the final count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const summaryOnly = process.argv.includes('--summary');
const figuresDir = join(root, summaryOnly ? 'reports/reliability-figures' : 'reports/reliability-full');
const corpora = join(root, '../shared/corpora/fuzz');
const TESTS = [
  'src/core/import/pipeline/crash.test.ts',
  'src/core/db/crash-edits.test.ts',
  'src/core/import/pipeline/fuzz-csv.test.ts',
  'src/core/import/readers/xlsx-corpus.test.ts',
  'src/web/host-probes.test.ts',
];

let testsFailed = 0;
if (!summaryOnly) {
  rmSync(figuresDir, { recursive: true, force: true });
  const require = createRequire(join(root, 'package.json'));
  const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  const r = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      ...TESTS,
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/reliability-tests.json',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TIDEMARK_RELIABILITY: 'full', TIDEMARK_FIGURES_DIR: figuresDir },
    },
  );
  testsFailed = r.status === 0 ? 0 : 1;
}

const read = (section) => {
  const p = join(figuresDir, `${section}.json`);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
};
const full = !summaryOnly;
const checks = [];
/** One line of the summary and whether its figures hold; `skip` says why a section could not run here. */
function section(title, figures, describe, holds, skip) {
  if (!figures) {
    if (skip) return console.log(`  ${title.padEnd(28)} skipped: ${skip}`);
    checks.push(false);
    return console.log(`  ${title.padEnd(28)} NO FIGURES: its test did not finish (see the test output above)`);
  }
  const ok = holds(figures);
  checks.push(ok);
  console.log(`  ${title.padEnd(28)} ${describe(figures)}${ok ? '' : '   <-- FAILS'}`);
}

/**
 * The full run wants at least 50 kills landing inside an operation; the short one what its test
 * asked for (`needed`, where the test kills until enough have landed), else half of its kills.
 */
const enough = (inside, kills, needed) => (full ? inside >= 50 : inside >= (needed ?? kills / 2));
console.log(
  `\nReliability (${full ? 'full run' : 'the short run inside npm test; `npm run reliability` runs the full one'}):`,
);
section(
  'kills during imports',
  read('kills-imports'),
  (f) =>
    `${f.kills} SIGKILLs, ${f.midImport} inside an import; ${f.partialBatches} partial batches, ${f.integrityFailures} integrity_check failures, ${f.lostIndexes} lost indexes`,
  (f) => enough(f.midImport, f.kills) && f.partialBatches === 0 && f.integrityFailures === 0 && f.lostIndexes === 0,
);
section(
  'kills during edits, reverts',
  read('kills-edits'),
  (f) =>
    `${f.kills} SIGKILLs, ${f.midAction} inside an action (${Object.entries(JSON.parse(f.interrupted))
      .map(([a, n]) => `${a} ${n}`)
      .join(
        ', ',
      )}); ${f.partialBatches} partial batches, ${f.summaryMismatches} summary mismatches, ${f.integrityFailures} integrity_check failures, ${f.brokenBackups} broken backups`,
  (f) =>
    enough(f.midAction, f.kills, f.needed) &&
    f.partialBatches === 0 &&
    f.summaryMismatches === 0 &&
    f.integrityFailures === 0 &&
    f.brokenBackups === 0 &&
    f.internalErrors === 0,
);
const fuzz = (f) =>
  `${f.files} files tried${f.corpus ? ` (${f.corpus} as they are and under Tidemark's header)` : ''}: ${f.imported} imported, ${f.typedErrors} typed errors, ${f.untypedErrors} untyped, ${f.databaseChanges} database changes`;
const fuzzHolds = (f) =>
  f.untypedErrors === 0 &&
  f.databaseChanges === 0 &&
  f.unsound === 0 &&
  f.slow === 0 &&
  f.imported + f.typedErrors === f.files;
section(
  'fuzz: DuckDB CSV corpus',
  read('fuzz-duckdb'),
  fuzz,
  fuzzHolds,
  existsSync(join(corpora, 'duckdb-csv')) ? null : '../shared/corpora is absent',
);
section(
  'fuzz: POI spreadsheets',
  read('fuzz-poi'),
  fuzz,
  fuzzHolds,
  existsSync(join(corpora, 'poi-spreadsheets')) ? null : '../shared/corpora is absent',
);
const KINDS = ['token', 'Host', 'Origin', 'path traversal', 'page-named path', 'path to write'];
section(
  'browser-host probes',
  read('host-probes'),
  (f) => `${f.refused} of ${f.probes} refused (${KINDS.map((k) => `${k} ${f[k] ?? '0/0'}`).join(', ')})`,
  (f) => f.probes > 0 && f.refused === f.probes,
);

const met = checks.filter(Boolean).length;
const failed = checks.length - met + testsFailed;
console.log(
  `reliability checks: ${met} of ${checks.length} met${testsFailed ? '; some reliability tests failed' : ''}`,
);
if (summaryOnly) {
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports/reliability.json'), JSON.stringify({ passed: met, failed: checks.length - met }));
}
process.exit(failed ? 1 : 0);
