import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-hooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The commit-msg hook on a message: its exit code and what it said. */
function check(message: string): { code: number; said: string } {
  const file = join(dir, `msg-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, message);
  const r = spawnSync('sh', [join(ROOT, '.githooks/commit-msg'), file], { encoding: 'utf8' });
  return { code: r.status ?? -1, said: r.stderr };
}

describe('the commit-msg hook', () => {
  it('takes a subject of at most 72 characters, with a blank line before the body', () => {
    expect(check(`${'a'.repeat(72)}\n\nBody with the figures: 1.9x.\n`).code).toBe(0);
    expect(check('Short subject\n').code).toBe(0);
    // Git's own comment lines are not the message.
    expect(check('# Please enter the commit message\nFix the merge\n').code).toBe(0);
  });

  it('refuses a long subject, an empty one, or a body glued to the subject, saying what to do', () => {
    expect(check(`${'a'.repeat(73)}\n`)).toMatchObject({ code: 1, said: expect.stringContaining('73 characters') });
    expect(check('\n\nbody\n')).toMatchObject({ code: 1, said: expect.stringContaining('empty') });
    expect(check('Subject\nbody right under it\n')).toMatchObject({
      code: 1,
      said: expect.stringContaining('blank line'),
    });
  });
});

describe('npm install enables it', () => {
  it('sets core.hooksPath in a git checkout, keeps one set by hand, and does nothing outside git', () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'scripts'), { recursive: true });
    cpSync(join(ROOT, '.githooks'), join(repo, '.githooks'), { recursive: true });
    cpSync(join(ROOT, 'scripts/git-hooks.mjs'), join(repo, 'scripts/git-hooks.mjs'));
    const run = () => execFileSync('node', [join(repo, 'scripts/git-hooks.mjs')], { encoding: 'utf8' });
    expect(run()).toContain('not a git checkout');
    execFileSync('git', ['init', '-q', repo]);
    expect(run()).toContain('commit-msg check enabled');
    expect(execFileSync('git', ['-C', repo, 'config', '--get', 'core.hooksPath'], { encoding: 'utf8' }).trim()).toBe(
      '.githooks',
    );
    execFileSync('git', ['-C', repo, 'config', 'core.hooksPath', 'my-hooks']);
    expect(run()).toContain('left as it is');
  });
});
