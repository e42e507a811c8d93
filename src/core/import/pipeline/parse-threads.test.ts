import { describe, expect, it, vi } from 'vitest';

const cores = vi.hoisted(() => ({ n: 8 }));
vi.mock('node:os', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:os')>()),
  availableParallelism: () => cores.n,
}));

const { defaultParseThreads } = await import('./parse-ranges');

describe('parser threads by default', () => {
  it('leave the writer its core, and stay at two on a large machine, since each adds about 50 MB', () => {
    cores.n = 1;
    expect(defaultParseThreads()).toBe(1);
    cores.n = 2;
    expect(defaultParseThreads()).toBe(1);
    cores.n = 3;
    expect(defaultParseThreads()).toBe(2);
    cores.n = 16;
    expect(defaultParseThreads()).toBe(2);
  });
});
