import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { RevertDialog, type RevertRequest } from './RevertDialog';
import { finished, newTask, withProgress, type Task, type TaskKind } from './task-state';

/** What a task's work may report besides the core's events (a download counts its own bytes). */
export type TaskContext = { signal: AbortSignal; progress: (done: number, total: number) => void };

export type Tasks = {
  tasks: Task[];
  /** Moves whenever a task changed the data (a revert finished): views reload on it. */
  changes: number;
  /**
   * Runs `call` as a task with a bar: the core's progress events of its kind move it, Cancel stops it.
   * Resolves with the result, or null when it was cancelled or failed (the bar says which, and why).
   */
  run<T>(
    kind: TaskKind,
    label: string,
    call: (ctx: TaskContext) => Promise<T>,
    /** The outcome's sentence, in `t`: the task bar's, so a later switch of language rewrites it. */
    said: (result: T, t: TFunction) => string,
  ): Promise<T | null>;
  cancel(id: number): void;
  dismiss(id: number): void;
  /** Asks to confirm, naming the rows it removes, then reverts the import with a progress bar. */
  requestRevert(batch: RevertRequest): void;
};

const TasksContext = createContext<Tasks | null>(null);

export function useTasks(): Tasks {
  const tasks = useContext(TasksContext);
  if (!tasks) throw new Error('useTasks outside TasksProvider');
  return tasks;
}

/**
 * Long operations for the whole workspace: a revert asked for from the Imports tab, the sidebar or the
 * Source panel, the undo or redo of one, and exports all show one bar here, whichever tab is open.
 * `changes` moves after anything that changed the data.
 */
export function TasksProvider({ children }: { children: ReactNode }) {
  const [tasks, setTasks] = useState<Task[]>([]);
  const [changes, setChanges] = useState(0);
  const [reverting, setReverting] = useState<RevertRequest | null>(null);
  const aborts = useRef(new Map<number, AbortController>());

  useEffect(() => api.onEvent((e) => e.name === 'taskProgress' && setTasks((all) => withProgress(all, e.payload))), []);

  const run = useCallback(
    async <T,>(
      kind: TaskKind,
      label: string,
      call: (ctx: TaskContext) => Promise<T>,
      said: (result: T, t: TFunction) => string,
    ): Promise<T | null> => {
      const task = newTask(kind, label);
      const abort = new AbortController();
      aborts.current.set(task.id, abort);
      // A new task replaces the finished ones: the bar shows what is going on now.
      setTasks((all) => [...all.filter((x) => x.state === 'running'), task]);
      const progress = (done: number, total: number) =>
        setTasks((all) =>
          all.map((x) =>
            x.id === task.id && x.state === 'running'
              ? { ...x, done, total, percent: total > 0 ? (100 * done) / total : null }
              : x,
          ),
        );
      try {
        const result = await call({ signal: abort.signal, progress });
        setTasks((all) => finished(all, task.id, 'done', (tr) => said(result, tr)));
        return result;
      } catch (err) {
        const stopped = abort.signal.aborted || (err instanceof ApiError && err.info.code === 'cancelled');
        setTasks((all) =>
          finished(all, task.id, stopped ? 'cancelled' : 'failed', (tr) =>
            stopped ? tr('task.cancelled', { label }) : tr('task.failed', { label, message: messageOf(err) }),
          ),
        );
        return null;
      } finally {
        aborts.current.delete(task.id);
      }
    },
    [],
  );

  const cancel = useCallback((id: number) => {
    aborts.current.get(id)?.abort();
    // The core stops its running reverts and exports; a stopped revert leaves every row as it was.
    void api.cancelTask({}).catch(() => undefined);
  }, []);

  const value = useMemo<Tasks>(
    () => ({
      tasks,
      changes,
      run,
      cancel,
      dismiss: (id) => setTasks((all) => all.filter((x) => x.id !== id)),
      requestRevert: setReverting,
    }),
    [tasks, changes, run, cancel],
  );

  const confirmRevert = (batch: RevertRequest) => {
    setReverting(null);
    void run(
      'revert',
      batch.fileName,
      () => api.revertBatch({ batchId: batch.batchId }),
      (r, tr) => tr('revert.done', { file: batch.fileName, count: r.count }),
    ).then(() => setChanges((n) => n + 1));
  };

  return (
    <TasksContext.Provider value={value}>
      {children}
      {reverting ? (
        <RevertDialog batch={reverting} onConfirm={confirmRevert} onCancel={() => setReverting(null)} />
      ) : null}
    </TasksContext.Provider>
  );
}
