import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../shared/domain';
import { taskReporter } from './task-progress';

describe("a task's progress events", () => {
  it('follow the work, not the clock: every whole percent shows, however fast the steps come', () => {
    const seen: TaskProgress[] = [];
    const report = taskReporter('revert', (p) => seen.push(p));
    // A 45k-row revert on a fast machine: its steps come within the same millisecond.
    for (const percent of [0, 0.4, 28.9, 57.8, 58.1, 65, 100])
      report({ label: 'Revert', done: Math.round(450 * percent), total: 45_000, percent });
    expect(seen.map((p) => p.percent)).toEqual([0, 28.9, 57.8, 65, 100]);
    expect(seen.at(-1)).toMatchObject({ finished: true, etaSeconds: 0 });
  });

  it('a task of many small steps sends at most about a hundred', () => {
    const seen: TaskProgress[] = [];
    const report = taskReporter('export', (p) => seen.push(p));
    for (let done = 0; done <= 1_000_000; done += 1000) report({ label: 'Export', done, total: 1_000_000 });
    expect(seen.length).toBeLessThanOrEqual(102);
    expect(seen.at(-1)).toMatchObject({ percent: 100, finished: true });
  });
});
