import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../../api/errors';
import { ProgressBar } from '../../components/ProgressBar';
import { useFormat, type Format } from '../../i18n/format';
import { useTasks } from '../tasks';
import { canMapAnother, etaOf, isActive, type Job } from './jobs';
import type { ImportQueue } from './use-import-queue';
import type { TFunction } from 'i18next';

function progressOf(job: Job, now: number, t: TFunction, f: Format): { percent: number | null; detail: string } {
  switch (job.stage) {
    case 'uploading':
    case 'previewing':
    case 'asking':
      return { percent: null, detail: t('progress.uploading') };
    case 'queued':
      return { percent: 0, detail: t('progress.waiting') };
    case 'importing': {
      const p = job.progress;
      if (!p) return { percent: null, detail: t('progress.starting') };
      const eta = etaOf(job, now);
      const rows = t('progress.rows', { rows: f.int(p.rows), percent: f.percent(p.percent) });
      return {
        percent: p.percent,
        detail: eta === null ? rows : `${rows} · ${t('progress.eta', { eta: f.duration(eta) })}`,
      };
    }
    default: {
      const r = job.report;
      if (job.stage === 'cancelled') return { percent: 0, detail: t('report.status_cancelled') };
      if (job.stage === 'failed') return { percent: 0, detail: t('report.status_failed') };
      if (r?.status === 'duplicate') return { percent: 100, detail: t('report.status_duplicate') };
      return {
        percent: 100,
        detail: `${t('progress.done')}: ${t('progress.rows', { rows: f.int(r?.rowsRead ?? 0), percent: f.percent(100) })}`,
      };
    }
  }
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function JobRow({ job, now, onCancel }: { job: Job; now: number; onCancel: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { percent, detail } = progressOf(job, now, t, f);
  const cancellable = job.stage === 'queued' || job.stage === 'importing';
  return (
    <li className="job">
      <div className="job__head">
        <span className="job__name">{job.name}</span>
        {cancellable ? (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t('progress.cancelLabel', { file: job.name })}
            onClick={onCancel}
          >
            {t('progress.cancel')}
          </button>
        ) : null}
      </div>
      <ProgressBar label={t('progress.label', { file: job.name })} percent={percent} detail={detail} />
    </li>
  );
}

/** Why a file was not imported, in a sentence; null when it was. */
function reasonOf(j: Job, t: TFunction, f: Format): string | null {
  const r = j.report;
  if (j.stage === 'cancelled') return j.error ?? t('progress.cancelled');
  if (r?.status === 'duplicate') {
    // The import the core found the same: of another column's mapping, the one its preview named.
    const held = [j.mapped?.preview?.duplicateOf, j.preview?.duplicateOf].find((h) => h && h.batchId === r.batchId);
    if (!held) return t('report.status_duplicate');
    const said = { batch: held.batchId, file: held.fileName, when: f.when(held.importedAt) };
    if (j.another) return t('queue.duplicateMapping', said);
    return j.preview && !j.preview.recognised ? t('queue.duplicateOfMapped', said) : t('queue.duplicateOf', said);
  }
  if (j.stage === 'skipped') {
    if (j.preview && !j.preview.recognised) return t('queue.skippedUnrecognised');
    if (!j.preview && j.previewError) return t('queue.skippedUnreadable', { reason: j.previewError });
    return t('queue.skipped');
  }
  if (j.stage === 'failed' || r?.status === 'failed')
    return t('queue.failed', { reason: j.error ?? (r?.error ? failureText(r.error) : '—') });
  return null;
}

function ReportTable({
  jobs,
  onShowRejects,
  onMapAnother,
}: {
  jobs: Job[];
  onShowRejects: (batchId: number) => void;
  onMapAnother: (id: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const tasks = useTasks();
  return (
    <table className="summary" aria-label={t('report.label')}>
      <thead>
        <tr>
          <th scope="col">{t('report.file')}</th>
          <th scope="col">{t('report.result')}</th>
          <th scope="col" className="num">
            {t('report.read')}
          </th>
          <th scope="col" className="num">
            {t('report.imported')}
          </th>
          <th scope="col" className="num">
            {t('report.rejected')}
          </th>
          <th scope="col" className="num">
            {t('report.skipped')}
          </th>
          <th scope="col" className="num">
            {t('report.duplicate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => {
          const r = j.report;
          const status =
            j.stage === 'cancelled' ? 'cancelled' : j.stage === 'skipped' ? 'skipped' : (r?.status ?? 'failed');
          const reason = reasonOf(j, t, f);
          return (
            <tr key={j.id} className={`summary__row summary__row--${status}`}>
              <th scope="row">{j.name}</th>
              <td>
                {t(`report.status_${status}`)}
                {r?.format ? <span className="muted"> · {r.format}</span> : null}
                {reason ? (
                  <div className={status === 'failed' ? 'summary__error' : 'muted'} data-testid="import-reason">
                    {reason}
                  </div>
                ) : null}
                {/* A file held already is never asked again: to give it other answers (the flow a file name
                    suggested wrongly), its import is reverted first. The way there, where the person is. */}
                {r?.status === 'duplicate' && j.preview?.duplicateOf ? (
                  <button
                    type="button"
                    className="link"
                    data-testid="import-revert-held"
                    onClick={() =>
                      tasks.requestRevert({
                        batchId: j.preview!.duplicateOf!.batchId,
                        fileName: j.preview!.duplicateOf!.fileName,
                      })
                    }
                  >
                    {t('queue.revertHeld', { batch: j.preview.duplicateOf.batchId })}
                  </button>
                ) : null}
                {/* A file read through a mapping may hold more than the figures held: its other columns. */}
                {canMapAnother(j) ? (
                  <button
                    type="button"
                    className="link"
                    data-testid="import-map-another"
                    onClick={() => onMapAnother(j.id)}
                  >
                    {t('queue.mapAnother')}
                  </button>
                ) : null}
              </td>
              <td className="num">{f.int(r?.rowsRead ?? 0)}</td>
              <td className="num">{f.int(r?.rowsImported ?? 0)}</td>
              <td className="num">
                {r && r.rowsRejected > 0 && r.batchId !== null ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() => onShowRejects(r.batchId!)}
                    aria-label={t('report.showRejects', { count: r.rowsRejected })}
                  >
                    {f.int(r.rowsRejected)}
                  </button>
                ) : (
                  f.int(r?.rowsRejected ?? 0)
                )}
              </td>
              <td className="num">{f.int(r?.rowsSkipped ?? 0)}</td>
              <td className="num">{r?.status === 'duplicate' ? f.int(1) : f.int(0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One progress bar per file while they run, then what happened to each. */
export function ImportJobs({ queue, onShowRejects }: { queue: ImportQueue; onShowRejects: (batchId: number) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  // Every file that got past its dialog keeps its bar, so a finished one still reads 100%.
  const bars = queue.jobs.filter((j) => !['uploading', 'previewing', 'asking', 'skipped'].includes(j.stage));
  const running = bars.filter(isActive);
  const finished = queue.jobs.filter((j) => !isActive(j));
  const now = useNow(running.length > 0);
  if (bars.length === 0 && finished.length === 0) return null;
  const rows = finished.reduce((sum, j) => sum + (j.report?.rowsRead ?? 0), 0);
  // A file skipped at its dialog was never read: "read from 7 files" had counted one of 7 that was not.
  const read = finished.filter((j) => j.report).length;
  return (
    <section className="jobs panel" aria-label={t('progress.heading')} aria-live="polite" data-testid="import-jobs">
      {bars.length > 0 ? (
        <ul className="jobs__list">
          {bars.map((j) => (
            <JobRow key={j.id} job={j} now={now} onCancel={() => queue.cancel(j.id)} />
          ))}
        </ul>
      ) : null}
      {finished.length > 0 ? (
        <>
          <div className="jobs__summary">
            <span>
              {read === finished.length
                ? t('report.summary', { rows: f.int(rows), count: read })
                : t('report.summaryOf', { rows: f.int(rows), read: f.int(read), count: finished.length })}
            </span>
            {running.length === 0 ? (
              <button type="button" className="button button--quiet button--small" onClick={queue.clearFinished}>
                {t('report.dismiss')}
              </button>
            ) : null}
          </div>
          <ReportTable jobs={finished} onShowRejects={onShowRejects} onMapAnother={queue.mapAnother} />
        </>
      ) : null}
    </section>
  );
}
