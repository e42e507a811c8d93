import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Api, Method } from '../../shared/contract';
import { openCore, type Core } from '../core';

export type Call = <M extends Method>(m: M, i: Parameters<Api[M]>[0]) => ReturnType<Api[M]>;

/** Typed calls on a core that throw on `{ok:false}`, with the error's code. */
export function callerOf(core: Core): Call {
  return (async (m: Method, i: unknown) => {
    const r = await core.dispatch(m, i);
    if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
    return r.value;
  }) as Call;
}

/** A real core on a real temporary SQLite file, with typed calls that throw on `{ok:false}`. */
export function tempCore(): {
  core: Core;
  dir: string;
  call: Call;
  file: (name: string, text: string | Buffer) => string;
  dispose: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-test-'));
  const core = openCore({ dbPath: join(dir, 'test.sqlite'), log: (m, e) => console.error(m, e) });
  const call = callerOf(core);
  const file = (name: string, text: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  return { core, dir, call, file, dispose: () => (core.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
