import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'dist/node');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled Node hosts (dist/node, built by vitest global setup as by npm install)', () => {
  it('run the CLI and its import worker without tsx: it is a dev dependency, and nothing built refers to it', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(pkg.devDependencies).toHaveProperty('tsx');
    expect(['node scripts/build-node.mjs', 'node scripts/build-node.mjs && node scripts/git-hooks.mjs']).toContain(
      pkg.scripts.prepare,
    );
    const built = readdirSync(DIST).filter((f) => f.endsWith('.mjs'));
    expect(built).toEqual(
      expect.arrayContaining([
        'tidemark.mjs',
        'web.mjs',
        'import-worker.mjs',
        'parse-worker.mjs',
        'export-worker.mjs',
        'history-worker.mjs',
      ]),
    );
    for (const f of built) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/from\s*["']tsx|import\(["']tsx/);
    // A resolve hook that fails any load of tsx, in this process and in its workers.
    const hooks = join(dir, 'no-tsx.mjs');
    writeFileSync(
      hooks,
      "export async function resolve(s, c, next) { if (s === 'tsx' || s.startsWith('tsx/')) throw new Error('tsx was loaded'); return next(s, c); }\n",
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const db = join(dir, 'trade.sqlite');
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(register).href,
        join(DIST, 'tidemark.mjs'),
        'import',
        join(ROOT, 'resources/sample/nk-china-published.csv'),
        '--db',
        db,
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out).files[0]).toMatchObject({ status: 'imported', rowsImported: 26 });
  }, 60_000);
});
