import type { TFunction } from 'i18next';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';

/** The fields an edit names: the grid's editable columns, Tidemark CSV's base header, each with a `fieldName` text. */
const FIELDS = new Set<string>(CANONICAL_HEADER);

/**
 * An undo step's name in the UI's language. The core stores each step's label as an English sentence of a
 * few fixed shapes (edit-history-actions.ts), so "실행 취소: Edit value of record 3296." was said under a
 * Korean UI; a shape not known here (a label of a later version) is shown as the core wrote it.
 */
export function historyLabel(label: string, t: TFunction): string {
  const field = (f: string) => (FIELDS.has(f) ? t(`fieldName.${f}`) : f);
  let m = /^Edit (\w+) of record (\d+)$/.exec(label);
  if (m) return t('historyLabel.edit', { field: field(m[1]!), id: m[2] });
  m = /^Edit (\w+)$/.exec(label);
  if (m) return t('historyLabel.editField', { field: field(m[1]!) });
  m = /^Paste (\d+) cells?$/.exec(label);
  if (m) return t('historyLabel.paste', { count: Number(m[1]) });
  m = /^(Delete|Restore) record (\d+)$/.exec(label);
  if (m) return t(m[1] === 'Delete' ? 'historyLabel.deleteOne' : 'historyLabel.restoreOne', { id: m[2] });
  m = /^(Delete|Restore) (\d+) records$/.exec(label);
  if (m) return t(m[1] === 'Delete' ? 'historyLabel.delete' : 'historyLabel.restore', { count: Number(m[2]) });
  m = /^Revert the import of (.+)$/s.exec(label);
  if (m) return t('revert.actionLabel', { file: m[1] });
  return label;
}
