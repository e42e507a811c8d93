import { Fragment, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Batch, RejectedRow } from '../../../shared/domain';
import { api } from '../../api/client';
import { failureText, messageOf } from '../../api/errors';
import { downloadText } from '../../components/download';
import { useFormat } from '../../i18n/format';
import { encodingText } from '../../lib/encoding-text';
import { useTasks } from '../tasks';
import { heldSpan } from './held-span';
import { rejectsCsv, rejectsFileName } from './rejects-csv';
import './batches.css';
import { useReadOnly } from '../../lib/read-only';

const REJECTS_LIMIT = 10_000;

function RejectsTable({ batch }: { batch: Batch }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [rows, setRows] = useState<RejectedRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.listRejects({ batchId: batch.id, limit: REJECTS_LIMIT }).then(
      (r) => live && setRows(r),
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [batch.id]);

  const width = rows?.reduce((max, r) => Math.max(max, r.raw.length), 0) ?? 0;
  return (
    <section className="rejects" aria-labelledby="rejects-heading">
      <div className="rejects__head">
        <h3 id="rejects-heading">{t('imports.rejectsHeading', { file: batch.fileName })}</h3>
        <button
          type="button"
          className="button button--quiet"
          disabled={!rows?.length}
          onClick={() =>
            rows &&
            downloadText(
              rejectsFileName(batch.fileName),
              rejectsCsv(batch.fileName, rows, i18n.language, {
                file: t('imports.csvFile'),
                sheet: t('imports.csvSheet'),
                row: t('imports.csvRow'),
                reason: t('imports.csvReason'),
                message: t('imports.csvMessage'),
                reasonCode: t('imports.csvReasonCode'),
                cell: (n) => t('imports.csvCell', { n }),
                // A reason a later version wrote, with no sentence here yet, is given as its code.
                explain: (code) => t(`reasonSentence.${code}`, { defaultValue: code }),
              }),
            )
          }
        >
          {t('imports.export')}
        </button>
      </div>
      {error ? (
        <div className="notice notice--error" role="alert">
          {t('errors.load', { what: t('imports.rejectsLabel'), message: error })}
        </div>
      ) : null}
      {rows?.length === 0 ? <p className="hint">{t('imports.none')}</p> : null}
      {rows && rows.length >= REJECTS_LIMIT ? (
        <p className="hint">{t('imports.truncated', { count: f.int(REJECTS_LIMIT) })}</p>
      ) : null}
      {rows && rows.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('imports.rejectsLabel')}>
          <table className="summary rejects__table" aria-label={t('imports.rejectsLabel')} data-testid="rejects-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('imports.row')}
                </th>
                {batch.format.includes('xls') ? <th scope="col">{t('imports.sheet')}</th> : null}
                <th scope="col">{t('imports.reason')}</th>
                <th scope="col">{t('imports.message')}</th>
                <th scope="col" colSpan={width}>
                  {t('imports.raw')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="num">
                    {f.int(r.rowNumber)}
                  </th>
                  {batch.format.includes('xls') ? <td>{r.sheet}</td> : null}
                  <td>
                    <span
                      className={`tag tag--${r.reason}`}
                      title={t(`reasonSentence.${r.reason}`, { defaultValue: '' }) || undefined}
                    >
                      {t(`reason.${r.reason}`, { defaultValue: r.reason })}
                    </span>
                  </td>
                  <td>{failureText(r)}</td>
                  {Array.from({ length: width }, (_, i) => (
                    <td key={i} className="raw">
                      {r.raw[i] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** What a batch covers, in a few words: reporters, flows, periods, classification, partners and goods. */
function ScopeCell({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const s = batch.scope;
  if (!s) return <td className="muted">—</td>;
  // A period is one word: a narrow column broke "2023-01–2023-12" as "2023-01–2023-" / "12". The span may
  // still wrap after its dash.
  const period = (p: string | null) => <span className="batches__period">{p ?? ''}</span>;
  const held = heldSpan(s.firstPeriod, s.lastPeriod, s.periods);
  const span =
    held === null ? null : held.kind === 'one' ? (
      period(held.period)
    ) : held.kind === 'run' ? (
      <>
        {period(held.first)}–<wbr />
        {period(held.last)}
      </>
    ) : (
      <Trans
        i18nKey={held.count === 2 ? 'coverage.twoPeriods' : 'coverage.somePeriods'}
        count={held.count}
        values={{ first: held.first, last: held.last }}
        components={{ p: <span className="batches__period" /> }}
      />
    );
  const partners =
    s.partners === 'all'
      ? t('coverage.allPartners')
      : `${t('coverage.partners', { count: s.partnerCount })}${s.partners === 'mixed' ? ` (${t('coverage.mixed')})` : ''}`;
  const goods =
    s.goods === 'all'
      ? t('coverage.allGoods')
      : `${t('coverage.codes', { count: s.codeCount })}${s.goods === 'mixed' ? ` (${t('coverage.mixed')})` : ''}`;
  // "Exports+Imports+Re-exports" may wrap after each "+": as one word it widened the column past a 900-px window.
  const flows = s.flows.map((x, i) => (
    <Fragment key={x}>
      {i ? (
        <>
          +<wbr />
        </>
      ) : null}
      {t(`flow.${x}`, { defaultValue: x })}
    </Fragment>
  ));
  const listed = [
    s.listedPartners.length && s.partners !== 'all' ? s.listedPartners.join(' ') : '',
    s.listedCodes.length && s.goods !== 'all' ? s.listedCodes.join(' ') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  // Three phrases (who and which flows; when and in which classification; partners and goods), each kept
  // whole where it fits: wrapping word by word left a narrow column reading "2 partners" / "· all goods".
  return (
    <td className="batches__scope" data-testid="batch-scope" title={listed || undefined}>
      <span className="batches__phrase">
        {s.reporters.join(' ')} {flows}
      </span>{' '}
      <span className="batches__phrase batches__phrase--whole">
        {span}
        {'\u00a0'}· {s.classifications.join('/')}
        {/* The dot ends this phrase: after a phrase that wraps ("3 periods between 2020 and 2024-12") it had
            begun the next line alone. */}
        {'\u00a0'}·
      </span>{' '}
      <span className="batches__phrase batches__phrase--whole">
        {partners}
        {'\u00a0'}· {goods}
      </span>
      {s.inferred ? (
        <span className="tag" title={t('coverage.inferredTitle')}>
          {' '}
          {t('coverage.inferred')}
        </span>
      ) : null}
    </td>
  );
}

/** Every import batch; choosing one shows the rows it refused, and why. Each can be opened in the grid, or reverted. */
export function BatchesView({
  batches,
  selected,
  onSelect,
  onShowRows,
}: {
  batches: Batch[];
  selected: number | null;
  onSelect: (id: number) => void;
  onShowRows?: (id: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const tasks = useTasks();
  const readOnly = useReadOnly() !== null;
  // One revert at a time: a second would wait on the first's transaction.
  const reverting = tasks.tasks.some(
    (x) => x.state === 'running' && (x.kind === 'revert' || x.kind === 'undo' || x.kind === 'redo'),
  );
  const batch = batches.find((b) => b.id === selected) ?? null;
  return (
    <div className="imports">
      <table className="summary batches" aria-label={t('imports.batchesLabel')} data-testid="batches-table">
        <thead>
          <tr>
            <th scope="col">{t('imports.file')}</th>
            <th scope="col" className="batches__format">
              {t('imports.format')}
            </th>
            <th scope="col">{t('imports.when')}</th>
            {/* A dataset holds each file's rows as exported, and no count of what its import read or rejected. */}
            <th scope="col" className="num" title={readOnly ? t('imports.rowsExportedTitle') : undefined}>
              {t(readOnly ? 'imports.rowsExported' : 'imports.rows')}
            </th>
            <th scope="col" className="num">
              {t('imports.rejected')}
            </th>
            <th scope="col">{t('coverage.scope')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('gridMarks.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} className={b.id === selected ? 'is-selected' : undefined} aria-selected={b.id === selected}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(b.id)}>
                  {b.fileName}
                </button>
                {/* A narrow window has no room for a Format column: the format goes under the file's name. */}
                <span className="batches__format-inline muted">
                  <span className="batches__word">{b.format}</span> ·{' '}
                  <span className="batches__word">{encodingText(b.encoding, t)}</span>
                </span>
              </th>
              <td className="batches__format">
                {b.format} <span className="muted">· {encodingText(b.encoding, t)}</span>
              </td>
              <WhenCell when={f.whenParts(b.startedAt)} />
              <td className="num">{f.int(b.rowsImported)}</td>
              {readOnly ? (
                <td className="num" title={t('imports.rejectedNotKept')} data-testid="rejected-not-kept">
                  —
                </td>
              ) : (
                <td className="num">{f.int(b.rowsRejected)}</td>
              )}
              <ScopeCell batch={b} />
              <td className="batches__actions">
                {onShowRows ? (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => onShowRows(b.id)}
                    aria-label={t('gridMarks.showBatchLabel', { file: b.fileName })}
                  >
                    {t('gridMarks.showRows')}
                  </button>
                ) : null}
                {b.status === 'reverted' ? (
                  <span className="badge">{t('revert.reverted')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--quiet button--small button--danger"
                    disabled={reverting || readOnly}
                    title={readOnly ? t('readOnly.off') : undefined}
                    onClick={() => tasks.requestRevert({ batchId: b.id, fileName: b.fileName })}
                    aria-label={t('revert.actionLabel', { file: b.fileName })}
                  >
                    {t('revert.action')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {batch && batch.warnings.length ? (
        <div
          className="notice notice--warn"
          role="note"
          aria-label={t('coverage.warnings')}
          data-testid="batch-warnings"
        >
          <ul>
            {batch.warnings.map((w, i) => (
              <li key={i}>{failureText(w)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {batch ? <RejectsTable key={batch.id} batch={batch} /> : <p className="hint">{t('imports.select')}</p>}
    </div>
  );
}

/**
 * When a file was imported: its date (as a chart's caption cites it) and its time, each kept whole, a line
 * each where the column is narrow (the Korean "2026. 12. 6. 오전 8:20" broke over three lines at 900 px).
 */
function WhenCell({ when: [date, time] }: { when: [string, string] }) {
  return (
    <td className="batches__when" data-testid="batch-when">
      <span className="batches__word">{date}</span> <span className="batches__word">{time}</span>
    </td>
  );
}
