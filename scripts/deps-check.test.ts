import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small tree of modules (path → source) checked with the repo's own rules, no baseline. */
function depsCheck(files: Record<string, string>): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-deps-'));
  dirs.push(dir);
  const all = {
    'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "jsx": "react-jsx" } }',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const CLEAN = {
  'src/shared/errors.ts': 'export const E = 1;\n',
  'src/core/import/readers/reader-types.ts': 'export const STOP = Symbol();\n',
  'src/core/import/readers/csv.ts': "import { STOP } from './reader-types';\nexport const csv = STOP;\n",
  'src/core/import/formats/gacc.ts': "import { csv } from '../readers/csv';\nexport const gacc = csv;\n",
  'src/core/import/pipeline/run.ts':
    "import { gacc } from '../formats/gacc';\nimport { rows } from '../../db/rows';\nexport const run = [gacc, rows];\n",
  'src/core/db/rows.ts': "import { E } from '../../shared/errors';\nexport const rows = E;\n",
  'src/core/db/rows.test.ts': "import { run } from '../import/pipeline/run';\nexport const t = run;\n",
  'src/renderer/features/chart/index.ts': "export { Chart } from './Chart';\n",
  'src/renderer/features/chart/Chart.ts': 'export const Chart = 1;\n',
  'src/renderer/features/brief/Brief.ts': "import { Chart } from '../chart';\nexport const Brief = Chart;\n",
};

describe('npm run deps:check', () => {
  it('passes a tree that keeps the layers', () => {
    const r = depsCheck(CLEAN);
    expect(r.out).toMatch(/no dependency violations/);
    expect(r.code).toBe(0);
  });

  it.each([
    [
      'no-cycle',
      {
        'src/core/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'src/core/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      },
    ],
    [
      'db-not-import',
      { 'src/core/db/source.ts': "import { csv } from '../import/readers/csv';\nexport const s = csv;\n" },
    ],
    [
      'export-not-import',
      { 'src/core/export/csv-out.ts': "import { gacc } from '../import/formats/gacc';\nexport const o = gacc;\n" },
    ],
    [
      'core-not-hosts',
      {
        'src/web/server.ts': 'export const serve = 1;\n',
        'src/core/boot.ts': "import { serve } from '../web/server';\nexport const b = serve;\n",
      },
    ],
    [
      'core-not-hosts',
      {
        'src/cli/args.ts': 'export const args = 1;\n',
        'src/core/x.test.ts': "import { args } from '../cli/args';\nexport const x = args;\n",
      },
    ],
    [
      'readers-before-formats',
      { 'src/core/import/readers/xlsx.ts': "import { gacc } from '../formats/gacc';\nexport const x = gacc;\n" },
    ],
    [
      'feature-through-its-index',
      {
        'src/renderer/features/dashboard/Card.ts':
          "import { Chart } from '../chart/Chart';\nexport const Card = Chart;\n",
      },
    ],
  ])('fails on %s', (rule, bad) => {
    const r = depsCheck({ ...CLEAN, ...bad });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(`error ${rule}:`);
  });
});

describe('ESLint keeps core off the hosts and db off the import', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const problems = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath: join(ROOT, filePath) }))[0]!.messages.map((m) => m.message);

  it.each([
    [
      'src/core/boot.ts',
      "import { startWebHost } from '../web/server';\nexport const b = startWebHost;\n",
      /imports none: not src\/web, not src\/cli/,
    ],
    [
      'src/core/import/formats/x.test.ts',
      "import { parseMap } from '../../../cli/args';\nexport const p = parseMap;\n",
      /imports none: not src\/web, not src\/cli/,
    ],
    [
      'src/core/db/source.ts',
      "import { importFile } from '../import/pipeline/run-import';\nexport const s = importFile;\n",
      /db\/ sits below the import/,
    ],
  ])('refuses %s', async (file, code, message) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(message)]);
  });
});
