import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOptions, ImportPreview } from '../../../shared/domain';
import { ApiError } from '../../../shared/client';
import { api, fileRefFor } from '../../api/client';
import { failureText, messageOf } from '../../api/errors';
import {
  asAnotherColumn,
  asDuplicate,
  canMapAnother,
  isActive,
  newJob,
  withSuggestions,
  type Encoding,
  type Job,
} from './jobs';
import { emptyMapping, isComplete, toMappingOptions, type Mapping } from './mapping';
import { cancelRunningImport, previewFile } from './preview';

export type ImportQueue = {
  jobs: Job[];
  /** The job whose questions are on screen: the first one waiting for answers. */
  asking: Job | null;
  add(files: File[]): void;
  answer(id: number, change: Partial<Job['answers']>): void;
  /** Reads the preview again with another encoding or scale: both change what will be stored. */
  reload(id: number, change: { encoding?: Encoding | undefined; scale?: string }): void;
  /** A new column mapping for a file no format knows: previewed as soon as it is complete. */
  map(id: number, mapping: Mapping): void;
  /** A file reported as held, asked about again for another of its columns (a job of its own). */
  mapAnother(id: number): void;
  confirm(id: number, options: ImportOptions): void;
  skip(id: number): void;
  cancel(id: number): void;
  cancelAll(): void;
  clearFinished(): void;
};

/**
 * Files go in one at a time, each with its own answers and its own transaction; progress events are
 * matched to the running job by file name.
 */
export function useImportQueue(onImported: () => void): ImportQueue {
  const [jobs, setJobs] = useState<Job[]>([]);
  const files = useRef(new Map<number, File>());
  const running = useRef<number | null>(null);
  // The latest mapping preview asked per job: an answer to an older one is dropped.
  const mappedAsked = useRef(new Map<number, number>());

  const patch = useCallback((id: number, change: Partial<Job> | ((j: Job) => Job)) => {
    setJobs((all) =>
      all.map((j) => (j.id === id ? (typeof change === 'function' ? change(j) : { ...j, ...change }) : j)),
    );
  }, []);

  const previewMapping = useCallback(
    (job: Job, mapping: Mapping, raw: ImportPreview | null) => {
      if (!job.ref || !raw || !isComplete(mapping, raw.sheets.length)) {
        patch(job.id, (j) => ({ ...j, mapping, mapped: null }));
        return;
      }
      const asked = (mappedAsked.current.get(job.id) ?? 0) + 1;
      mappedAsked.current.set(job.id, asked);
      const latest = () => mappedAsked.current.get(job.id) === asked;
      patch(job.id, (j) => ({
        ...j,
        mapping,
        mapped: { preview: j.mapped?.preview ?? null, error: null, loading: true },
      }));
      previewFile(job.ref, {
        ...toMappingOptions(mapping, raw.sheets.length),
        ...(job.encoding ? { encoding: job.encoding } : {}),
      }).then(
        (preview) => latest() && patch(job.id, (j) => ({ ...j, mapped: { preview, error: null, loading: false } })),
        (err: unknown) =>
          latest() &&
          patch(job.id, (j) => ({ ...j, mapped: { preview: null, error: messageOf(err), loading: false } })),
      );
    },
    [patch],
  );

  const loadPreview = useCallback(
    async (job: Job) => {
      if (!job.ref) return;
      const { encoding, answers } = job;
      // A job skipped or cancelled while its file was still being handed over stays so.
      const waiting = (j: Job) => j.stage === 'uploading' || j.stage === 'asking' || j.stage === 'previewing';
      patch(job.id, (j) => (waiting(j) ? { ...j, stage: 'previewing', encoding, answers } : j));
      try {
        // Only encoding and scale: the answers to the questions stay out, or the core would stop asking them.
        const preview = await previewFile(job.ref, {
          ...(encoding ? { encoding } : {}),
          ...(answers.scale !== '1' ? { scale: Number(answers.scale) } : {}),
        });
        // A file already held is said to be one before any question about it. A reverted import holds
        // nothing: the core names no duplicate then, and the file is asked about again.
        // Unless the person asked to map another of its columns: then the mapping's own preview says what is held.
        if (preview.duplicateOf && !job.another) {
          patch(job.id, (j) => (j.stage === 'previewing' ? asDuplicate(j, preview) : j));
          return;
        }
        // A file no format knows gets a mapping step, kept across a change of encoding while its header stays the same.
        const sameHeader = job.preview !== null && job.preview.header.join('\u0000') === preview.header.join('\u0000');
        const mapping = preview.recognised
          ? null
          : sameHeader && job.mapping
            ? job.mapping
            : emptyMapping(preview.header, preview.sheets);
        patch(job.id, (j) =>
          j.stage === 'previewing'
            ? { ...withSuggestions(j, preview), stage: 'asking', previewError: null, mapping, mapped: null }
            : j,
        );
        if (mapping) previewMapping({ ...job, preview }, mapping, preview);
      } catch (err) {
        patch(job.id, (j) =>
          j.stage === 'previewing' ? { ...j, stage: 'asking', preview: null, previewError: messageOf(err) } : j,
        );
      }
    },
    [patch, previewMapping],
  );

  const add = useCallback(
    (dropped: File[]) => {
      const created = dropped.map((f) => {
        const job = newJob(f.name);
        files.current.set(job.id, f);
        return job;
      });
      setJobs((all) => [...all.filter(isActive), ...created]);
      for (const job of created) {
        fileRefFor(files.current.get(job.id)!).then(
          (ref) => {
            files.current.delete(job.id);
            const ready = { ...job, ref };
            patch(job.id, { ref });
            void loadPreview(ready);
          },
          (err: unknown) => patch(job.id, { stage: 'failed', error: messageOf(err) }),
        );
      }
    },
    [loadPreview, patch],
  );

  // Progress events name the file as the core knows it (the browser host may have sanitised the name).
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.name !== 'importProgress' || running.current === null) return;
        const id = running.current;
        patch(id, (j) =>
          j.stage === 'importing' && event.payload.file === (j.ref?.name ?? j.name)
            ? { ...j, progress: event.payload }
            : j,
        );
      }),
    [patch],
  );

  // The runner: whenever nothing is importing, start the first queued job.
  useEffect(() => {
    if (running.current !== null) return;
    const next = jobs.find((j) => j.stage === 'queued');
    if (!next?.ref || !next.options) return;
    running.current = next.id;
    patch(next.id, { stage: 'importing', startedAt: Date.now() });
    api
      .importFiles({ files: [next.ref], options: next.options })
      .then(
        (report) => {
          const r = report.files[0] ?? null;
          const cancelled = r?.error?.code === 'cancelled';
          patch(next.id, {
            stage: cancelled ? 'cancelled' : r?.status === 'failed' ? 'failed' : 'done',
            report: r,
            error: r?.error ? failureText(r.error) : null,
          });
          if (r?.status === 'imported') onImported();
        },
        (err: unknown) => {
          const cancelled = err instanceof ApiError && err.info.code === 'cancelled';
          patch(next.id, { stage: cancelled ? 'cancelled' : 'failed', error: messageOf(err) });
        },
      )
      .finally(() => {
        running.current = null;
        // Wakes the runner for the next queued job.
        setJobs((all) => [...all]);
      });
  }, [jobs, onImported, patch]);

  const cancel = useCallback(
    (id: number) => {
      if (running.current === id) void cancelRunningImport();
      else patch(id, (j) => (isActive(j) ? { ...j, stage: 'cancelled' } : j));
    },
    [patch],
  );

  return {
    jobs,
    asking: jobs.find((j) => j.stage === 'asking' || (j.stage === 'previewing' && j.ref !== null)) ?? null,
    add,
    answer: (id, change) => patch(id, (j) => ({ ...j, answers: { ...j.answers, ...change } })),
    reload: (id, change) => {
      const job = jobs.find((j) => j.id === id);
      if (!job) return;
      const encoding = 'encoding' in change ? change.encoding : job.encoding;
      void loadPreview({ ...job, encoding, answers: { ...job.answers, scale: change.scale ?? job.answers.scale } });
    },
    map: (id, mapping) => {
      const job = jobs.find((j) => j.id === id);
      if (job) previewMapping(job, mapping, job.preview);
    },
    mapAnother: (id) => {
      const job = jobs.find((j) => j.id === id);
      if (!job || !canMapAnother(job)) return;
      const again = asAnotherColumn(job);
      setJobs((all) => [...all, again]);
      previewMapping(again, again.mapping!, again.preview);
    },
    confirm: (id, options) => patch(id, { stage: 'queued', options }),
    skip: (id) => patch(id, { stage: 'skipped' }),
    cancel,
    cancelAll: () => jobs.filter(isActive).forEach((j) => cancel(j.id)),
    clearFinished: () => setJobs((all) => all.filter(isActive)),
  };
}
