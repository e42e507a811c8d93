import type { TaskProgress } from '../shared/domain';

/**
 * Turns a long task's own measure of progress (done of total, and a percent of the whole) into the
 * event the page's bar shows, with a time left at the pace so far, at most ten times a second.
 */
export function taskReporter(
  task: TaskProgress['task'],
  emit: (p: TaskProgress) => void,
): (p: { label: string; done: number; total: number; percent?: number }) => void {
  const started = Date.now();
  let last = 0;
  return ({ label, done, total, percent }) => {
    const now = Date.now();
    const share = percent ?? (total > 0 ? (100 * done) / total : 100);
    const finished = share >= 100;
    if (!finished && now - last < 100) return;
    last = now;
    const elapsed = (now - started) / 1000;
    const etaSeconds = finished ? 0 : share > 1 ? (elapsed * (100 - share)) / share : null;
    emit({ task, label, done, total, percent: Math.min(100, share), etaSeconds, finished });
  };
}
