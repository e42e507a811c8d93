import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type FilePickerHandle = { open(): void };

/** The keyboard way to do what dropping does; the toolbar button and Ctrl+O open it. */
export const FilePicker = forwardRef<FilePickerHandle, { onFiles: (files: File[]) => void }>(function FilePicker({ onFiles }, ref) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()} aria-label={t('toolbar.importLabel')} title={t('toolbar.importLabel')}>
        {t('toolbar.import')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.xlsx,.xls,.json,text/csv"
        aria-label={t('toolbar.chooseFiles')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
});
