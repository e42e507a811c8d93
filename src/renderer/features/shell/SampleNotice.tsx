import { Trans } from 'react-i18next';

/** Above the tabs while the database holds only the bundled sample; the link opens the file picker, the start of every import. */
export function SampleNotice({ onImport }: { onImport: () => void }) {
  return (
    <p className="notice notice--info" role="note" data-testid="sample-notice">
      <Trans
        i18nKey="sample.notice"
        components={{ action: <button type="button" className="link" onClick={onImport} /> }}
      />
    </p>
  );
}
