import { basename } from 'node:path';
import type { FileReport } from '../../../shared/domain';

export type ImportFile = { path: string; name?: string };

/** The name a file goes by in every report, imported or failed alike: the name the user knows it by, else its base name. */
export function reportName(file: ImportFile): string {
  return file.name ?? basename(file.path);
}

export function emptyReport(file: string, status: FileReport['status']): FileReport {
  return {
    file,
    status,
    format: null,
    encoding: null,
    batchId: null,
    rowsRead: 0,
    rowsImported: 0,
    rowsRejected: 0,
    rowsSkipped: 0,
    currency: null,
    error: null,
    warnings: [],
  };
}
