// Electronegativity (Doyensec's checker for Electron misconfigurations) over the Electron shell: src/main,
// src/preload and the renderer's index.html (for its CSP). Prints every finding; exits 1 when a HIGH or
// MEDIUM finding is not waived in electronegativity-waivers.json (each waiver with its reason), or when a
// waiver matches nothing any more. `--json` prints the result as JSON instead, and `--input DIR` scans DIR in
// place of the app (both for scripts/electronegativity.test.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const waivers = JSON.parse(readFileSync(join(root, 'electronegativity-waivers.json'), 'utf8'));
const electronVersion = require('electron/package.json').version;
const json = process.argv.includes('--json');

const given = process.argv.indexOf('--input');
// Only what runs in or configures Electron; the tool scans one folder, so the parts are copied into one.
const scan = mkdtempSync(join(tmpdir(), 'tidemark-electronegativity-'));
if (given > 0) cpSync(process.argv[given + 1], scan, { recursive: true });
else {
  cpSync(join(root, 'src/main'), join(scan, 'main'), { recursive: true });
  cpSync(join(root, 'src/preload'), join(scan, 'preload'), { recursive: true });
  mkdirSync(join(scan, 'renderer'));
  cpSync(join(root, 'src/renderer/index.html'), join(scan, 'renderer/index.html'));
}

// The tool asks the network for translations and prints about it; nothing of that is a finding.
const log = console.log;
const noise = [];
console.log = (...args) => noise.push(args.join(' '));
let result;
try {
  const mod = require('@doyensec/electronegativity');
  const run = mod.default ?? mod;
  result = await run({
    input: scan,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: waivers.excludedChecks.map((c) => c.check),
  });
} finally {
  console.log = log;
  rmSync(scan, { recursive: true, force: true });
}

const findings = result.issues.map((i) => ({
  id: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: i.file,
  line: i.location.line,
  manualReview: Boolean(i.manualReview),
  description: i.description,
}));
const waiverFor = (f) => waivers.waivers.find((w) => w.id === f.id && w.file === f.file);
const serious = (f) => f.severity === 'HIGH' || f.severity === 'MEDIUM';
const unwaived = findings.filter((f) => serious(f) && !waiverFor(f));
const stale = waivers.waivers.filter((w) => !findings.some((f) => f.id === w.id && f.file === w.file));
const unexplained = [...waivers.waivers, ...waivers.excludedChecks].filter(
  (w) => typeof w.reason !== 'string' || w.reason.trim().length < 20,
);
const out = {
  electronVersion,
  checks: result.globalChecks + result.atomicChecks,
  parseErrors: result.errors.filter((e) => !e.tolerable).length,
  findings,
  unwaived,
  stale,
  unexplained,
};

if (json) console.log(JSON.stringify(out));
else {
  console.log(
    `Electronegativity: ${out.checks} checks on src/main, src/preload and the renderer's index.html (Electron ${electronVersion})`,
  );
  for (const f of findings)
    console.log(
      `  ${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.line}${waiverFor(f) ? '  (waived: electronegativity-waivers.json)' : serious(f) ? '  <-- not waived' : ''}`,
    );
  for (const w of stale) console.log(`  stale waiver: ${w.id} ${w.file} matches no finding; remove it`);
  for (const w of unexplained) console.log(`  waiver without a reason: ${w.id ?? w.check}`);
}
process.exit(unwaived.length || stale.length || unexplained.length || out.parseErrors ? 1 : 0);
