import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../../i18n';
import { FilePicker, type FilePickerHandle } from '../import';
import { ThemeSwitch } from '../../theme/ThemeSwitch';
import { Brand } from './Brand';

type Props = { onFiles: (files: File[]) => void; onExport: () => void; exporting: boolean; onHelp: () => void };

/** The actions both hosts share; Electron's File menu adds new, open and recent databases. */
export const Toolbar = forwardRef<FilePickerHandle, Props>(function Toolbar(
  { onFiles, onExport, exporting, onHelp },
  picker,
) {
  const { t, i18n } = useTranslation();
  return (
    <header className="toolbar">
      <Brand />
      <div className="toolbar__actions" role="toolbar" aria-label={t('toolbar.label')}>
        <FilePicker ref={picker} onFiles={onFiles} />
        <button
          type="button"
          className="button button--quiet"
          onClick={onExport}
          disabled={exporting}
          aria-label={t('toolbar.exportLabel')}
          title={t('toolbar.exportLabel')}
        >
          {t('toolbar.export')}
        </button>
        <label className="visually-hidden" htmlFor="language">
          {t('toolbar.language')}
        </label>
        <select
          id="language"
          className="select--compact"
          value={i18n.language}
          onChange={(e) => setLanguage(e.currentTarget.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
        <ThemeSwitch />
        <button
          type="button"
          className="button button--quiet button--icon"
          onClick={onHelp}
          aria-label={t('toolbar.helpLabel')}
          title={t('toolbar.helpLabel')}
        >
          ?
        </button>
      </div>
    </header>
  );
});
