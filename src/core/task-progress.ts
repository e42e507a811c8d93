import type { TaskProgress } from '../shared/domain';

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
): (p: { label: string; done: number; total: number; percent?: number }) => void {
  const started = Date.now();
  let last = -1;
  return ({ label, done, total, percent }) => {
    const now = Date.now();
    const share = percent ?? (total > 0 ? (100 * done) / total : 100);
    const finished = share >= 100;
    if (!finished && last >= 0 && share - last < 1) return;
    last = share;
    const elapsed = (now - started) / 1000;
    const etaSeconds = finished ? 0 : share > 1 ? (elapsed * (100 - share)) / share : null;
    emit({ task, label, done, total, percent: Math.min(100, share), etaSeconds, finished });
  };
}
