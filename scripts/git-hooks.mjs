// Run by `npm install` (package.json "prepare"): in a git checkout, points git at .githooks so the
// commit-msg check (subject ≤ 72 characters, blank line before the body) runs on every commit.
// Outside git (an installed package, a tarball) it does nothing. A hooks path set by hand is kept.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

function setUp() {
  if (!existsSync(join(root, '.githooks', 'commit-msg'))) return 'no .githooks here';
  try {
    if (git('rev-parse', '--is-inside-work-tree') !== 'true') return 'not a git checkout';
  } catch {
    return 'not a git checkout';
  }
  let current = '';
  try {
    current = git('config', '--local', '--get', 'core.hooksPath');
  } catch {
    // unset: ours to set
  }
  if (current && current !== '.githooks') return `core.hooksPath is already ${current}; left as it is`;
  if (!current) git('config', '--local', 'core.hooksPath', '.githooks');
  return 'commit-msg check enabled (core.hooksPath = .githooks)';
}

console.log(`tidemark: ${setUp()}`);
