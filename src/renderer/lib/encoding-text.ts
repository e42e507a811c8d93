import type { TFunction } from 'i18next';

/**
 * A file's encoding as a person reads it. A workbook (xlsx, xls) has no text encoding to name: its reader
 * reports "binary", which the Imports tab showed as "mapped · binary".
 */
export function encodingText(encoding: string, t: TFunction): string {
  return encoding === 'binary' ? t('imports.workbook') : encoding;
}
