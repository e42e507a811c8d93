import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/domain';
import { isAnswered, periodAnswer, type Answers } from './answers';

type Rec = ImportPreview['rows'][number];
const COLUMNS = [
  'row',
  'period',
  'reporter',
  'partner',
  'flow',
  'code',
  'description',
  'value',
  'currency',
  'quantity',
  'unit',
] as const;
/**
 * Columns shown only where a previewed row holds them: a China customs download split by trade mode and
 * province (chinese-full.csv) has rows alike in every base column, which read as duplicates without these.
 */
const SPLITS = ['regime', 'province'] as const;
type Column = (typeof COLUMNS)[number] | (typeof SPLITS)[number] | 'classification';
const ANSWERABLE = ['period', 'reporter', 'partner', 'flow', 'currency'] as const;
type Answerable = (typeof ANSWERABLE)[number];
const isAnswerable = (c: string): c is Answerable => (ANSWERABLE as readonly string[]).includes(c);
// As the grid shows numbers (records/columns.ts): digits grouped by commas, up to 3 decimals.
const quantity = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** An exact decimal string with its digits grouped, as the grid shows it, without passing through a float. */
export function groupDigits(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  return m ? `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}` : text;
}

/**
 * The first rows exactly as the core will store them: codes keep their zeros, values their decimals.
 * What the file leaves blank shows the person's answer, marked, or a dash until they give one.
 */
export function PreviewTable({ preview, answers, label }: { preview: ImportPreview; answers: Answers; label: string }) {
  const { t } = useTranslation();
  if (preview.format === 'commodity-reference') return <NomenclatureSample preview={preview} label={label} />;
  const show = (r: Rec, c: Column): { text: string; answered: boolean } => {
    if (isAnswerable(c) && preview.missing.includes(c)) {
      const a =
        c === 'flow'
          ? answers.flow
            ? t(`flow.${answers.flow}`)
            : ''
          : c === 'period'
            ? isAnswered('period', answers)
              ? periodAnswer(answers.period)
              : ''
            : answers[c].toUpperCase();
      return { text: a || '—', answered: true };
    }
    if (c === 'row') return { text: String(r.row), answered: false };
    if (c === 'partner')
      return {
        text: r.partnerRaw && r.partnerRaw !== r.partner ? `${r.partner} (${r.partnerRaw})` : r.partner,
        answered: false,
      };
    if (c === 'period')
      return {
        text: r.periodMonths > 1 ? `${r.period} (${t('dialog.months', { count: r.periodMonths })})` : r.period,
        answered: false,
      };
    if (c === 'flow') return { text: r.flow ? t(`flow.${r.flow}`, { defaultValue: r.flow }) : '', answered: false };
    if (c === 'value') return { text: groupDigits(r.value), answered: false };
    if (c === 'quantity') return { text: r.quantity === null ? '' : quantity.format(r.quantity), answered: false };
    const v = r[c];
    return { text: v === null ? '' : String(v), answered: false };
  };
  // Beside the code, where a dialog of any width shows them: after the unit they were scrolled out of view.
  const splits = SPLITS.filter((c) => preview.rows.some((r) => r[c] !== null && r[c] !== ''));
  const at = COLUMNS.indexOf('code') + 1;
  // A code is read in its classification: SITC 00 (live animals) under "Code" alone read as an HS code.
  const classified = preview.rows.some((r) => r.classification !== 'HS') ? (['classification'] as const) : [];
  const columns: Column[] = [
    ...COLUMNS.slice(0, at - 1),
    ...classified,
    ...COLUMNS.slice(at - 1, at),
    ...splits,
    ...COLUMNS.slice(at),
  ];
  return (
    <div className="preview" tabIndex={0} role="region" aria-label={label}>
      <table className="preview__table" data-testid="import-preview">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={c === 'value' || c === 'quantity' || c === 'row' ? 'num' : undefined}>
                {t(`field.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={`${r.sheet}-${r.row}`} className={r.isAggregate ? 'is-aggregate' : undefined}>
              {columns.map((c) => {
                const { text, answered } = show(r, c);
                const cls = [c === 'value' || c === 'quantity' || c === 'row' ? 'num' : '', answered ? 'answered' : '']
                  .join(' ')
                  .trim();
                return (
                  <td key={c} className={cls || undefined} data-col={c}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.rows.some((r) => r.isAggregate) ? (
        <p className="hint preview__legend">{t('gridMarks.aggregateLegend')}</p>
      ) : null}
    </div>
  );
}

/**
 * A commodity nomenclature stores no trade row, so the trade columns above stood empty, as if the file had
 * nothing in it (zh-hs8-2021.csv, 8,589 codes). What it is for, and its first rows as the file holds them.
 */
function NomenclatureSample({ preview, label }: { preview: ImportPreview; label: string }) {
  const { t } = useTranslation();
  const cols = preview.header
    .map((h, i) => ({ h, i }))
    .filter(({ h, i }) => h.trim() !== '' || preview.sample.some((r) => (r[i] ?? '').trim() !== ''));
  return (
    <>
      <p className="hint" data-testid="import-nomenclature">
        {t('dialog.nomenclature')}
      </p>
      <div className="preview" tabIndex={0} role="region" aria-label={label}>
        <table className="preview__table" data-testid="import-preview">
          <thead>
            <tr>
              {cols.map(({ h, i }) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.slice(0, 10).map((r, n) => (
              <tr key={n}>
                {cols.map(({ i }) => (
                  <td key={i}>{r[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
