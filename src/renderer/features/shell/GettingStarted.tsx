import { useTranslation } from 'react-i18next';

const READS = ['gacc', 'comtrade', 'canonical', 'other', 'nomenclature'] as const;
const STEPS = ['import', 'open', 'exclude', 'check'] as const;

/** The first page of help: what Tidemark reads, the seed's brief in four steps, and where the data is kept. */
export function GettingStarted({ dbPath }: { dbPath: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="guide" aria-labelledby="guide-title" data-testid="getting-started">
      <h3 id="guide-title">{t('guide.title')}</h3>
      <h4>{t('guide.readsTitle')}</h4>
      <ul className="guide__list">
        {READS.map((k) => (
          <li key={k}>{t(`guide.reads.${k}`)}</li>
        ))}
      </ul>
      <h4>{t('guide.stepsTitle')}</h4>
      <ol className="guide__list">
        {STEPS.map((k) => (
          <li key={k}>{t(`guide.steps.${k}`)}</li>
        ))}
      </ol>
      <h4>{t('guide.whereTitle')}</h4>
      <p>{t('guide.where')}</p>
      {dbPath ? (
        <p>
          <code className="guide__path" data-testid="guide-db-path">
            {dbPath}
          </code>
        </p>
      ) : null}
      <p className="muted">{t('guide.private')}</p>
    </section>
  );
}
