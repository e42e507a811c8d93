import type { ImportOptions, ImportPreview } from '../../../shared/domain';
import { api } from '../../api/client';
import type { FileRef } from '../../api/upload';

export type { ImportPreview };
/** What the core says a file leaves unsaid, plus the unit multiplier, which no file states reliably. */
export type Question = ImportPreview['missing'][number] | 'scale';

export function previewFile(file: FileRef, options: ImportOptions): Promise<ImportPreview> {
  return api.previewImport({ file, options });
}

export async function cancelRunningImport(): Promise<void> {
  await api.cancelImport({});
}
