import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { AREA_CODE_LENGTH, isAnswered, isUnreadablePeriod, toOptions, type Answers } from './answers';
import type { Encoding, Job } from './jobs';
import { isComplete as mappingComplete, toMappingOptions } from './mapping';
import { MappingStep } from './MappingStep';
import './import-dialog.css';
import { PreviewTable } from './PreviewTable';
import type { Question } from './preview';
import type { ImportQueue } from './use-import-queue';

const ENCODINGS: { value: Encoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-8-bom', label: 'UTF-8 (BOM)' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'gb18030', label: 'GB18030' },
];
const SCALES = [
  { value: '1', key: 'dialog.scaleUnits' },
  { value: '1000', key: 'dialog.scaleThousands' },
  { value: '1000000', key: 'dialog.scaleMillions' },
] as const;

const isEncoding = (v: string): v is Encoding => ENCODINGS.some((e) => e.value === v);
const encodingLabel = (v: string) => ENCODINGS.find((e) => e.value === v.toLowerCase())?.label ?? v.toUpperCase();

function QuestionField({ q, job, onAnswer }: { q: Question; job: Job; onAnswer: (c: Partial<Answers>) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const a = job.answers;
  const unreadable = q === 'period' && isUnreadablePeriod(a.period);
  if (q === 'flow') {
    return (
      <fieldset className="question question--flow">
        <legend>{t('dialog.flow')}</legend>
        {(['import', 'export'] as const).map((f) => (
          <label key={f} className="choice">
            <input
              type="radio"
              name={`flow-${job.id}`}
              value={f}
              checked={a.flow === f}
              onChange={() => onAnswer({ flow: f })}
            />
            {t(`flow.${f}`)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (q === 'goods' || q === 'partners') {
    const key = q === 'goods' ? 'Goods' : 'Partners';
    return (
      <fieldset className="question question--scope" data-testid={`import-scope-${q}`}>
        <legend>{t(`coverage.scope${key}`)}</legend>
        {(['all', 'listed'] as const).map((v) => (
          <label key={v} className="choice">
            <input
              type="radio"
              name={`${q}-${job.id}`}
              value={v}
              checked={a[q] === v}
              onChange={() => onAnswer({ [q]: v })}
            />
            {t(`coverage.scope${key}${v === 'all' ? 'All' : 'Listed'}`)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (q === 'scale') {
    return (
      <div className="question field">
        <label htmlFor={id}>{t('dialog.scale')}</label>
        <select
          id={id}
          value={a.scale}
          onChange={(e) => onAnswer({ scale: e.currentTarget.value })}
          data-testid="import-scale"
        >
          {SCALES.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.key)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="question field">
      <label htmlFor={id}>{t(`dialog.${q}`)}</label>
      <input
        id={id}
        className="input"
        value={a[q]}
        maxLength={q === 'period' ? 7 : q === 'currency' ? 3 : AREA_CODE_LENGTH}
        placeholder={q === 'period' ? 'YYYY-MM' : undefined}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={unreadable || undefined}
        aria-describedby={unreadable ? `${id}-why` : undefined}
        onChange={(e) => onAnswer({ [q]: e.currentTarget.value.toUpperCase() })}
      />
      {unreadable ? (
        <p className="hint question__error" id={`${id}-why`} data-testid="import-period-unreadable">
          {t('dialog.periodUnreadable', { text: a.period.trim() })}
        </p>
      ) : null}
    </div>
  );
}

/** Before a file goes in: what Tidemark sees in it, and the questions only the person can answer. */
export function ImportDialog({ job, queue }: { job: Job; queue: ImportQueue }) {
  const { t } = useTranslation();
  const titleId = useId();
  const encId = useId();
  // Counted over every file of the drop, done ones included: the second of six is "File 2 of 6".
  const total = queue.jobs.length;
  const position = queue.jobs.indexOf(job) + 1;
  const waiting = queue.jobs.filter(
    (j) => j.stage !== 'done' && j.stage !== 'failed' && j.stage !== 'cancelled' && j.stage !== 'skipped',
  );
  const p = job.preview;
  const loading = job.stage === 'previewing';
  // A file no format knows is imported through a column mapping instead of questions.
  const mapping = p && !p.recognised ? job.mapping : null;
  const spreadsheet = p?.kind === 'xlsx' || p?.kind === 'xls';
  // Scale is asked of every data file in a foreign layout: no customs file states its unit multiplier reliably.
  const asksScale = p !== null && p.recognised && p.format !== 'tidemark-csv' && p.format !== 'commodity-reference';
  // What the file cannot tell of its scope (all goods? all partners?): of a mapped file, once its mapping is read.
  const scope = (mapping ? job.mapped?.preview?.scopeQuestions : p?.scopeQuestions) ?? [];
  const missing: Question[] = [
    ...(mapping ? [] : [...(p?.missing ?? []), ...(asksScale ? (['scale'] as const) : [])]),
    ...scope,
  ];
  const mappedOk =
    mapping !== null &&
    p !== null &&
    mappingComplete(mapping, p.sheets.length) &&
    job.mapped?.preview != null &&
    !job.mapped.loading &&
    !job.mapped.error;
  const complete = mapping ? mappedOk : missing.every((q) => isAnswered(q, job.answers));
  // The empty choice says what detection found, and nothing it did not: a file with no preview (an error beside
  // it) read "Detected: …", a detection never made.
  const autoEncoding = job.encoding
    ? t('dialog.encodingRedetect')
    : p
      ? t('dialog.encodingAuto', { encoding: encodingLabel(p.encoding) })
      : loading
        ? t('dialog.encodingDetecting')
        : t('dialog.encodingNone');
  // "…does not name its reporter, partner or flow; taken from the import options" was read before any option
  // was given, above the questions that ask for them: the questions say it, and the answers are what is taken.
  const asked = missing.some((q) => q === 'reporter' || q === 'partner' || q === 'flow');
  const warnings = (p?.warnings ?? []).filter((w) => !(asked && w.code === 'from_options'));
  const hint = p?.suggestions.flow;
  const suggestedFlow = missing.includes('flow') && hint !== undefined && job.answers.flow === hint;

  return (
    <Modal labelledBy={titleId} onClose={() => queue.skip(job.id)} className="import-dialog" testId="import-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!complete || loading || !p) return;
          // A mapped file's only questions are its scope: its answers go in beside the mapping.
          if (mapping)
            queue.confirm(job.id, {
              ...toMappingOptions(mapping, p.sheets.length),
              ...toOptions(missing, job.answers, job.encoding),
            });
          else queue.confirm(job.id, toOptions(missing, job.answers, job.encoding));
        }}
      >
        <header className="modal__header">
          <h2 id={titleId}>{t('dialog.title', { file: job.name })}</h2>
          {total > 1 ? <span className="muted">{t('dialog.position', { index: position, total })}</span> : null}
        </header>
        <div className="modal__body">
          <dl className="facts">
            <div>
              <dt>{t('dialog.format')}</dt>
              <dd data-testid="import-format">{p?.format || '—'}</dd>
            </div>
            {p?.kind ? (
              <div>
                <dt>{t('dialog.kind')}</dt>
                <dd>{p.kind}</dd>
              </div>
            ) : null}
            {/* A workbook has no text encoding to choose. */}
            {spreadsheet ? null : (
              <div className="field">
                <dt>
                  <label htmlFor={encId}>{t('dialog.encoding')}</label>
                </dt>
                <dd>
                  <select
                    id={encId}
                    data-testid="import-encoding"
                    value={job.encoding ?? ''}
                    onChange={(e) =>
                      queue.reload(job.id, {
                        encoding: isEncoding(e.currentTarget.value) ? e.currentTarget.value : undefined,
                      })
                    }
                  >
                    <option value="">{autoEncoding}</option>
                    {ENCODINGS.map((e) => (
                      <option key={e.value} value={e.value}>
                        {e.label}
                      </option>
                    ))}
                  </select>
                </dd>
              </div>
            )}
          </dl>
          {warnings.length > 0 ? (
            <div className="notice notice--warn" role="note" aria-label={t('dialog.warnings')}>
              <ul>
                {warnings.map((w, i) => (
                  <li key={i}>{failureText(w)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {job.another && mapping ? (
            <div className="notice" role="note" data-testid="import-another">
              {t('mapping.another', { batch: job.another.batchId, file: job.another.fileName })}
            </div>
          ) : null}
          {mapping && p && !loading ? (
            <MappingStep
              file={job.name}
              raw={p}
              mapping={mapping}
              mapped={job.mapped}
              onChange={(m) => queue.map(job.id, m)}
            />
          ) : null}
          {/* With no preview, no heading promising its first rows above the error that says so. */}
          {mapping || (!loading && !p) ? null : <h3>{t('dialog.preview')}</h3>}
          {loading ? <p className="hint">{t('dialog.loading', { file: job.name })}</p> : null}
          {!loading && p && !mapping ? (
            <PreviewTable preview={p} answers={job.answers} label={t('dialog.previewLabel', { file: job.name })} />
          ) : null}
          {!loading && p && !mapping && p.rejects.length > 0 ? (
            <p className="hint">
              {t('dialog.previewRejects', { count: p.rejects.length, rows: p.rejects.map((r) => r.row).join(', ') })}
            </p>
          ) : null}
          {!loading && !p ? (
            <div className="notice notice--error">{t('dialog.noPreview', { reason: job.previewError ?? '—' })}</div>
          ) : null}
          {missing.length > 0 ? (
            <section className="questions" aria-label={t('dialog.questions')}>
              <h3>{t('dialog.questions')}</h3>
              <div className="questions__grid">
                {missing.map((q) => (
                  <QuestionField
                    key={q}
                    q={q}
                    job={job}
                    onAnswer={(c) =>
                      q === 'scale' ? queue.reload(job.id, { scale: c.scale }) : queue.answer(job.id, c)
                    }
                  />
                ))}
              </div>
              {suggestedFlow ? <p className="hint">{t('dialog.suggested', { file: job.name })}</p> : null}
              {scope.length ? <p className="hint">{t('coverage.scopeHint')}</p> : null}
            </section>
          ) : null}
        </div>
        <footer className="modal__footer">
          {!complete ? <span className="hint">{t('dialog.required')}</span> : null}
          {waiting.length > 1 ? (
            <button type="button" className="button button--quiet" onClick={queue.cancelAll}>
              {t('dialog.cancelAll')}
            </button>
          ) : null}
          <button type="button" className="button button--quiet" onClick={() => queue.skip(job.id)}>
            {t('dialog.skip')}
          </button>
          <button type="submit" className="button" disabled={!complete || loading || !p}>
            {t('dialog.import')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
