import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ProgressBar';
import { useFormat } from '../../i18n/format';
import type { Task } from './task-state';
import { useTasks } from './TasksProvider';
import './tasks.css';

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function detailOf(task: Task, t: ReturnType<typeof useTranslation>['t'], f: ReturnType<typeof useFormat>): string {
  if (task.state !== 'running') return task.message?.(t) ?? '';
  if (task.percent === null) return t(task.kind === 'compact' ? 'task.working' : 'task.starting');
  const percent = f.percent(task.percent);
  // A dataset's steps after its rows count no rows: the bar names the step instead.
  const amount =
    task.kind === 'download'
      ? t('task.bytes', { done: megabytes(task.done), total: megabytes(task.total), percent })
      : task.step && task.step !== 'rows'
        ? t(`task.dataset_${task.step}`, { percent })
        : t('task.rows', { done: f.int(task.done), total: f.int(task.total), percent });
  return task.etaSeconds === null ? amount : `${amount} · ${t('task.eta', { eta: f.duration(task.etaSeconds) })}`;
}

/** One bar per long task (revert, undo or redo of one, export, download), with Cancel while it runs and its outcome after. */
export function TaskBar() {
  const { t } = useTranslation();
  const f = useFormat();
  const { tasks, cancel, dismiss } = useTasks();
  if (tasks.length === 0) return null;
  return (
    <section className="tasks panel" aria-label={t('task.heading')} aria-live="polite" data-testid="tasks">
      <ul className="tasks__list">
        {tasks.map((task) => {
          // "Downloading …" only while it runs; once ended, its name, and the line below says how it ended.
          const label = task.state === 'running' ? t(`task.label_${task.kind}`, { label: task.label }) : task.label;
          return (
            <li key={task.id} className={`tasks__item tasks__item--${task.state}`}>
              <div className="tasks__head">
                <span className="tasks__name">{label}</span>
                {task.state === 'running' && task.kind === 'dataset' ? null : task.state === 'running' ? (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('task.cancelLabel', { label })}
                    onClick={() => cancel(task.id)}
                  >
                    {t('task.cancel')}
                  </button>
                ) : (
                  <button type="button" className="button button--quiet button--small" onClick={() => dismiss(task.id)}>
                    {t('task.dismiss')}
                  </button>
                )}
              </div>
              <ProgressBar
                label={label}
                percent={task.state === 'running' || task.state === 'done' ? task.percent : 0}
                detail={detailOf(task, t, f)}
                testId="task-progress"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
