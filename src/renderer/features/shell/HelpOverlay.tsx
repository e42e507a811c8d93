import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { GettingStarted } from './GettingStarted';
import { GRID_SHORTCUTS, SHORTCUTS } from './use-shortcuts';

/** Behind "?": getting started (what Tidemark reads, the first brief, where the data lives), then the keyboard shortcuts. */
export function HelpOverlay({ onClose, dbPath }: { onClose: () => void; dbPath: string | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const describe = (action: string) =>
    action.startsWith('tab:') ? t('help.tab', { tab: t(`tabs.${action.slice(4)}`) }) : t(`help.${action}`);
  return (
    <Modal labelledBy={titleId} onClose={onClose} className="help" testId="help-overlay">
      <header className="modal__header">
        <h2 id={titleId}>{t('guide.dialogTitle')}</h2>
      </header>
      <div className="modal__body help__body">
        <GettingStarted dbPath={dbPath} />
        <h3>{t('help.title')}</h3>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{describe(s.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('help.grid')}</h3>
        <table className="shortcuts">
          <tbody>
            {GRID_SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{t(`help.${s.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <footer className="modal__footer">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </footer>
    </Modal>
  );
}
