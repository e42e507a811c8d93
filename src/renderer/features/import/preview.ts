import type { ImportOptions, ImportPreview } from '../../../shared/domain';
import { api } from '../../api/client';
import type { FileRef } from '../../api/upload';

export type { ImportPreview };
/**
 * What the core says a file leaves unsaid, plus the unit multiplier, which no file states reliably, and
 * its scope (all goods, all partners) where the file cannot tell.
 */
export type Question = ImportPreview['missing'][number] | 'scale' | ImportPreview['scopeQuestions'][number];

export function previewFile(file: FileRef, options: ImportOptions): Promise<ImportPreview> {
  return api.previewImport({ file, options });
}

export async function cancelRunningImport(): Promise<void> {
  await api.cancelImport({});
}
