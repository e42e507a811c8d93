import type { TFunction } from 'i18next';
import type { Input, Output } from '../../../shared/client';
import { api, API_BASE } from '../../api/client';
import { bridge } from '../../api/bridge';
import { fetchDownload } from '../../api/download';
import { downloadBlob } from '../../components/download';
import type { Tasks } from './TasksProvider';

type Query = NonNullable<Input<'exportRecords'>['query']>;
export type Exported = Output<'exportRecords'>;

/**
 * Exports what the grid shows (or everything) with a progress bar, whatever its size: the desktop app
 * asks where to save through its native dialog (main names the path, never the page); the browser
 * host streams it as a download. Resolves with what was written, or null if cancelled or failed (the
 * task bar says which).
 */
export async function exportRecordsFile(
  tasks: Tasks,
  t: TFunction,
  format: 'csv' | 'xlsx',
  query: Query,
): Promise<Exported | null> {
  const fileName = `tidemark-records.${format}`;
  if (bridge) {
    return tasks.run(
      'export',
      fileName,
      () => api.exportRecords({ format, query, deliver: 'ask' }),
      (out, tr) => tr('exporting.saved', { rows: out.rows.toLocaleString(), path: out.path ?? out.fileName }),
    );
  }
  const out = await tasks.run(
    'export',
    fileName,
    () => api.exportRecords({ format, query, deliver: 'download' }),
    (o, tr) => tr('exporting.downloaded', { rows: o.rows.toLocaleString(), file: o.fileName }),
  );
  if (!out?.downloadId) return out;
  const id = out.downloadId;
  const blob = await tasks.run(
    'download',
    out.fileName,
    ({ signal, progress }) => fetchDownload(API_BASE, id, progress, signal),
    (_, tr) => tr('exporting.downloaded', { rows: out.rows.toLocaleString(), file: out.fileName }),
  );
  if (!blob) return null;
  downloadBlob(blob, out.fileName);
  return out;
}
