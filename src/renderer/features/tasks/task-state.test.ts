import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { finished, newTask, withProgress } from './task-state';

const progress = (task: 'revert' | 'export', percent: number, done: number) => ({
  task,
  label: 'x',
  done,
  total: 100,
  percent,
  etaSeconds: 3,
  finished: percent >= 100,
});

describe('long tasks on the page', () => {
  it('move with the core’s progress of their own kind only, and keep their end state', () => {
    const revert = newTask('revert', 'Revert the import of a.csv');
    const exporting = newTask('export', 'tidemark-records.csv');
    let tasks = [revert, exporting];
    tasks = withProgress(tasks, progress('revert', 40, 40));
    expect(tasks[0]).toMatchObject({ percent: 40, done: 40, total: 100, etaSeconds: 3 });
    expect(tasks[1]!.percent).toBeNull();
    tasks = finished(tasks, revert.id, 'done', (t) => t('revert.done'));
    tasks = withProgress(tasks, progress('revert', 10, 10));
    expect(tasks[0]).toMatchObject({ state: 'done', percent: 100 });
    expect(tasks[0]!.message?.(((key: string) => `[${key}]`) as unknown as TFunction)).toBe('[revert.done]');
    tasks = finished(tasks, exporting.id, 'cancelled', () => 'Stopped.');
    expect(tasks[1]).toMatchObject({ state: 'cancelled', percent: null });
  });
});
