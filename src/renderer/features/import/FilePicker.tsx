import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dataFilesOf } from './dropped-files';
import { useReadOnly } from '../../lib/read-only';

export type FilePickerHandle = { open(): void };

/** The keyboard way to do what dropping does: files (toolbar button, Ctrl+O) or a whole folder. */
export const FilePicker = forwardRef<FilePickerHandle, { onFiles: (files: File[]) => void }>(function FilePicker(
  { onFiles },
  ref,
) {
  const { t } = useTranslation();
  // A read-only dataset takes no imports: the buttons say so rather than open a picker.
  const readOnly = useReadOnly() !== null;
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => files.current?.click() }), []);
  // React does not know the (universally supported) webkitdirectory attribute.
  useEffect(() => folder.current?.setAttribute('webkitdirectory', ''), []);
  const take = (input: HTMLInputElement) => {
    const picked = dataFilesOf(Array.from(input.files ?? []));
    input.value = '';
    if (picked.length) onFiles(picked);
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => files.current?.click()}
        disabled={readOnly}
        aria-label={t('toolbar.importLabel')}
        title={readOnly ? t('readOnly.off') : t('toolbar.importLabel')}
      >
        {t('toolbar.import')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => folder.current?.click()}
        disabled={readOnly}
        title={readOnly ? t('readOnly.off') : undefined}
      >
        {t('toolbar.importFolder')}
      </button>
      <input
        ref={files}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.xlsx,.xls,.json,text/csv"
        aria-label={t('toolbar.chooseFiles')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={folder}
        type="file"
        multiple
        aria-label={t('toolbar.chooseFolder')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => take(e.currentTarget)}
      />
    </>
  );
});
