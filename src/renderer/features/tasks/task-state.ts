import type { TFunction } from 'i18next';
import type { DatasetStep, TaskProgress } from '../../../shared/domain';

/** The core's tasks with progress events, and the page's own: a download, a compact (one step, no measure of progress). */
export type TaskKind = TaskProgress['task'] | 'download' | 'compact';

/** A long operation the page started (a revert, its undo or redo, an export, a download), as the bar shows it. */
export type Task = {
  id: number;
  kind: TaskKind;
  label: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  /** null until the first progress arrives: the bar shows that it is working. */
  percent: number | null;
  done: number;
  total: number;
  etaSeconds: number | null;
  /** Where a dataset's first open is (rows copied, indexes built, …); undefined for other tasks. */
  step?: DatasetStep;
  /** The outcome's sentence, written when shown: a language switch after the task rewrites it too. */
  message: ((t: TFunction) => string) | null;
};

let nextId = 1;

export function newTask(kind: TaskKind, label: string): Task {
  return {
    id: nextId++,
    kind,
    label,
    state: 'running',
    percent: null,
    done: 0,
    total: 0,
    etaSeconds: null,
    message: null,
  };
}

/** A progress event from the core moves the running task of its kind; finished tasks keep their end state. */
export function withProgress(tasks: Task[], p: TaskProgress): Task[] {
  let moved = false;
  return tasks.map((t) => {
    if (moved || t.state !== 'running' || t.kind !== p.task) return t;
    moved = true;
    return {
      ...t,
      percent: p.percent,
      done: p.done,
      total: p.total,
      etaSeconds: p.finished ? null : p.etaSeconds,
      ...(p.step ? { step: p.step } : {}),
    };
  });
}

/** The end of a task: done (at 100%), cancelled or failed, with the sentence to show. */
export function finished(
  tasks: Task[],
  id: number,
  state: Task['state'],
  message: ((t: TFunction) => string) | null,
): Task[] {
  return tasks.map((t) =>
    t.id === id ? { ...t, state, message, percent: state === 'done' ? 100 : t.percent, etaSeconds: null } : t,
  );
}
