import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileReport, ImportProgress } from '../../../shared/domain';
import { api, fileRefFor } from '../../api/client';
import { messageOf } from '../../api/errors';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; names: string[] }
  | { phase: 'importing'; names: string[]; progress: ImportProgress | null }
  | { phase: 'done'; names: string[]; progress: ImportProgress | null; reports: FileReport[] }
  | { phase: 'failed'; names: string[]; message: string };

/** Drives one import at a time: hand the files to the core, follow its progress events, keep its report. */
export function useImport(onImported: () => void): { state: ImportState; start: (files: File[]) => void } {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  // One import at a time: a second drop mid-import would make two progress streams fight over one bar.
  const running = useRef(false);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.name !== 'importProgress') return;
        setState((s) => (s.phase === 'importing' || s.phase === 'uploading' ? { phase: 'importing', names: s.names, progress: event.payload } : s));
      }),
    [],
  );

  const start = useCallback(
    (files: File[]) => {
      if (running.current) return;
      running.current = true;
      const names = files.map((f) => f.name);
      setState({ phase: 'uploading', names });
      void (async () => {
        try {
          const refs = await Promise.all(files.map(fileRefFor));
          setState((s) => (s.phase === 'uploading' ? { phase: 'importing', names, progress: null } : s));
          const report = await api.importFiles({ files: refs, options: {} });
          setState((s) => ({ phase: 'done', names, progress: s.phase === 'importing' ? s.progress : null, reports: report.files }));
          onImported();
        } catch (err) {
          setState({ phase: 'failed', names, message: messageOf(err) });
        } finally {
          running.current = false;
        }
      })();
    },
    [onImported],
  );

  return { state, start };
}
