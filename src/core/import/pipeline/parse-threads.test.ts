import { describe, expect, it, vi } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';

const cores = vi.hoisted(() => ({ n: 8 }));
vi.mock('node:os', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:os')>()),
  availableParallelism: () => cores.n,
}));

const { defaultParseThreads } = await import('./parse-threads');

describe('parser threads by default', () => {
  it('are one whatever the cores: a second adds about 70 MB and no speed, the writer being the slower side', () => {
    for (const n of [1, 2, 3, 4, 16]) {
      cores.n = n;
      expect(defaultParseThreads()).toBe(1);
    }
  });
});

describe('TIDEMARK_PARSE_THREADS', () => {
  it('sets the parser threads where it is set, whatever the cores', () => {
    cores.n = 2;
    expect(defaultParseThreads({ TIDEMARK_PARSE_THREADS: ' 4 ' })).toBe(4);
    expect(defaultParseThreads({ TIDEMARK_PARSE_THREADS: '1' })).toBe(1);
    expect(defaultParseThreads({ TIDEMARK_PARSE_THREADS: '' })).toBe(1);
  });

  it('refuses a value that is not a whole number of threads, saying what to set', () => {
    for (const bad of ['two', '0', '1.5', '65', '-1'])
      expect(() => defaultParseThreads({ TIDEMARK_PARSE_THREADS: bad })).toThrow(
        expect.objectContaining({
          code: 'bad_input',
          message: `TIDEMARK_PARSE_THREADS is "${bad}", not a number of parser threads. Set it to a whole number from 1 to 64, such as TIDEMARK_PARSE_THREADS=2, or unset it for the default.`,
        }),
      );
  });

  it('a bad value refuses the import before any file is read, with that sentence; nothing is stored', async () => {
    const t = tempCore();
    const before = process.env.TIDEMARK_PARSE_THREADS;
    process.env.TIDEMARK_PARSE_THREADS = 'all';
    try {
      await expect(
        t.call('importFiles', {
          files: [{ path: t.file('a.csv', `${HEADER}\n2020-01,CHN,PRK,import,HS,0101,horses,5,USD,1,u\n`) }],
          options: {},
        }),
      ).rejects.toMatchObject({
        code: 'bad_input',
        message: expect.stringContaining('TIDEMARK_PARSE_THREADS is "all"'),
      });
      expect((await t.call('appInfo', {})).records).toBe(0);
    } finally {
      if (before === undefined) delete process.env.TIDEMARK_PARSE_THREADS;
      else process.env.TIDEMARK_PARSE_THREADS = before;
      t.dispose();
    }
  });
});
