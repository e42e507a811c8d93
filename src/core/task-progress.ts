import type { DatasetStep, TaskProgress } from '../shared/domain';

/**
 * Turns a long task's own measure of progress (done of total, and a percent of the whole) into the
 * event the page's bar shows, with a time left at the pace so far: at most one per whole percent (a
 * hundred in all), and always the first and the last. Counted by work, not by the clock: a cap of ten
 * a second let only the first and the last of a 45k-row revert through on a fast machine, so how
 * often the bar moved (and revert-progress.test.ts) depended on the machine.
 */
export function taskReporter(
  task: TaskProgress['task'],
  emit: (p: TaskProgress) => void,
): (p: { label: string; done: number; total: number; percent?: number; step?: DatasetStep }) => void {
  const started = Date.now();
  let last = -1;
  let lastStep: DatasetStep | undefined;
  return ({ label, done, total, percent, step }) => {
    const now = Date.now();
    const share = percent ?? (total > 0 ? (100 * done) / total : 100);
    const finished = share >= 100;
    // A new step is always said, however little it moves the bar: the bar names the step.
    if (!finished && last >= 0 && share - last < 1 && step === lastStep) return;
    last = share;
    lastStep = step;
    const elapsed = (now - started) / 1000;
    const etaSeconds = finished ? 0 : share > 1 ? (elapsed * (100 - share)) / share : null;
    emit({ task, ...(step ? { step } : {}), label, done, total, percent: Math.min(100, share), etaSeconds, finished });
  };
}
