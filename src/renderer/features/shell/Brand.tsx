import { useTranslation } from 'react-i18next';

/** The app's name and tagline, at the toolbar's left. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand__mark" aria-hidden="true" />
      <h1>{t('app.name')}</h1>
      <span className="muted brand__tagline">{t('app.tagline')}</span>
    </div>
  );
}

/**
 * What shows while the app asks the core which database is open and whether it is sound: the toolbar as
 * it will be, so the window is not blank and nothing moves when the workspace arrives. index.html paints
 * the same markup (without the translated tagline) before any script loads: change both together.
 */
export function StartingFrame() {
  return (
    <div className="workspace">
      <header className="toolbar">
        <Brand />
      </header>
    </div>
  );
}
