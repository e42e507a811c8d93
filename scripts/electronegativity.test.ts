import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Finding = { id: string; severity: string; file: string };
type Result = {
  checks: number;
  parseErrors: number;
  findings: Finding[];
  unwaived: Finding[];
  stale: unknown[];
  unexplained: unknown[];
};

function scan(input?: string): { status: number | null; result: Result } {
  const r = spawnSync(
    process.execPath,
    [join(__dirname, 'electronegativity.mjs'), '--json', ...(input ? ['--input', input] : [])],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return { status: r.status, result: JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Result };
}

describe('Electronegativity on the Electron shell', () => {
  it('finds no HIGH or MEDIUM problem that is not waived with a reason, and no stale waiver', () => {
    const { status, result } = scan();
    expect(result.checks).toBeGreaterThan(30);
    expect(result.parseErrors).toBe(0);
    expect(result.unwaived).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.unexplained).toEqual([]);
    expect(status).toBe(0);
    // The window's options are literal, so the tool sees them instead of guessing the worst.
    expect(result.findings.map((f) => f.id)).not.toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK']));
    expect(result.findings.map((f) => f.id)).not.toEqual(expect.arrayContaining(['SANDBOX_JS_CHECK']));
  }, 120_000);

  it('fails on a window that gives the page Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-eneg-bad-'));
    try {
      mkdirSync(join(dir, 'main'));
      writeFileSync(
        join(dir, 'main', 'bad.ts'),
        "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
      );
      const { status, result } = scan(dir);
      expect(status).toBe(1);
      expect(result.unwaived.map((f) => f.id)).toEqual(
        expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
