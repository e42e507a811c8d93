import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { oneError, tidemarkIn } from './cli-harness';
import { COMMANDS, FLAGS, commandHelp } from './commands';

// Each test spawns the command several times; on a shared, loaded machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);

describe('tidemark help', () => {
  it('help, help COMMAND, COMMAND --help and -h print that help on stdout with an example, exit 0', async () => {
    const all = await tidemark('help');
    expect(all).toMatchObject({ code: 0, stderr: '' });
    for (const name of Object.keys(COMMANDS)) expect(all.stdout).toContain(`  ${name} `);
    expect((await tidemark('--help')).stdout).toBe(all.stdout);
    expect((await tidemark()).stdout).toBe(all.stdout);
    const series = await tidemark('help', 'series');
    expect(series).toMatchObject({ code: 0, stderr: '' });
    expect(series.stdout).toContain('Usage: tidemark series --db PATH');
    expect(series.stdout).toMatch(/Examples?:\n {2}tidemark series --db /);
    expect((await tidemark('series', '--help')).stdout).toBe(series.stdout);
    expect((await tidemark('series', '-h')).stdout).toBe(series.stdout);
    expect((await tidemark('brief', '--db', 'x.sqlite', '-h')).stdout).toContain('--flow FLOW');
    expect(oneError(await tidemark('help', 'sereis'))).toMatchObject({ code: 'usage' });
  });

  it('documents every flag a command takes, and a command takes no flag its help leaves out', async () => {
    const used = new Set<string>();
    for (const [name, spec] of Object.entries(COMMANDS)) {
      const help = commandHelp(name);
      expect(spec.examples.length, name).toBeGreaterThan(0);
      for (const flag of Object.keys(spec.flags)) {
        expect(help, `${name} --${flag}`).toContain(`--${flag}`);
        used.add(flag);
      }
    }
    // Every flag the parser knows belongs to some command (or is global).
    for (const flag of Object.keys(FLAGS))
      if (!['db', 'json', 'help'].includes(flag)) expect(used.has(flag), `--${flag}`).toBe(true);
    const foreign = await tidemark('series', '--db', 'x.sqlite', '--out', 'a.csv');
    expect(foreign.code).toBe(2);
    expect(oneError(foreign).message).toBe('series does not take --out (see tidemark help series)');
  });

  it('an unknown command is a usage error that suggests the nearest', async () => {
    const r = await tidemark('serie', '--db', 'x.sqlite');
    expect(r.code).toBe(2);
    expect(oneError(r)).toEqual({
      code: 'usage',
      message: 'there is no command "serie"; did you mean series? (see tidemark help)',
    });
  });
});
