import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, MappedField } from '../../../shared/domain';
import {
  CONSTANT_FIELDS,
  CONSTANT_FLOWS,
  MAPPABLE,
  SCALES,
  columnFor,
  doubledFields,
  missingFields,
  type ConstantField,
  type Mapping,
} from './mapping';
import { PreviewTable } from './PreviewTable';
import { AREA_CODE_LENGTH, NO_ANSWERS } from './answers';

const SAMPLE_CELLS = 3;

function ColumnRow({
  index,
  name,
  raw,
  mapping,
  onChange,
}: {
  index: number;
  name: string;
  raw: ImportPreview;
  mapping: Mapping;
  onChange: (m: Mapping) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const sample = raw.sample
    .map((r) => r[index] ?? '')
    .filter((c) => c.trim() !== '')
    .slice(0, SAMPLE_CELLS);
  const usable = name.trim() !== '';
  const chosen = usable ? (mapping.columns[name.trim()] ?? '') : '';
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{usable ? name : t('mapping.noName', { n: index + 1 })}</label>
      </th>
      <td className="mapping__sample">{sample.join(' · ')}</td>
      <td>
        <select
          id={id}
          aria-label={t('mapping.holdsLabel', { column: usable ? name : t('mapping.noName', { n: index + 1 }) })}
          value={chosen}
          disabled={!usable}
          onChange={(e) =>
            onChange({
              ...mapping,
              columns: { ...mapping.columns, [name.trim()]: e.currentTarget.value as MappedField | '' },
            })
          }
        >
          <option value="">{t('mapping.ignore')}</option>
          {MAPPABLE.map((f) => (
            <option key={f} value={f}>
              {t(`mapping.field.${f}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

function ConstantField({
  field,
  mapping,
  onChange,
}: {
  field: ConstantField;
  mapping: Mapping;
  onChange: (m: Mapping) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const column = columnFor(mapping, field);
  const set = (v: string) => onChange({ ...mapping, constants: { ...mapping.constants, [field]: v } });
  if (column) {
    return (
      <div className="field">
        <span className="mapping__label">{t(`mapping.${field}`)}</span>
        <span className="mapping__from muted">{t('mapping.fromColumn', { column })}</span>
      </div>
    );
  }
  if (field === 'flow') {
    return (
      <div className="field">
        <label htmlFor={id}>{t('mapping.flow')}</label>
        <select id={id} value={mapping.constants.flow} onChange={(e) => set(e.currentTarget.value)}>
          <option value="">{t('mapping.choose')}</option>
          {CONSTANT_FLOWS.map((f) => (
            <option key={f} value={f}>
              {t(`flow.${f}`)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t(`mapping.${field}`)}</label>
      <input
        id={id}
        className="input"
        value={mapping.constants[field]}
        maxLength={field === 'code' ? 16 : field === 'currency' ? 3 : AREA_CODE_LENGTH}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => set(field === 'code' ? e.currentTarget.value : e.currentTarget.value.toUpperCase())}
      />
    </div>
  );
}

/**
 * For a table no format knows: which column is period, code, value…, one value for what it lacks
 * (reporter, partner, flow, currency, a code such as TOTAL), the unit, the sheets, and the rows as
 * this mapping would store them, previewed as the person chooses. The same `--map` the CLI takes.
 */
export function MappingStep({
  file,
  raw,
  mapping,
  mapped,
  onChange,
}: {
  file: string;
  raw: ImportPreview;
  mapping: Mapping;
  mapped: { preview: ImportPreview | null; error: string | null; loading: boolean } | null;
  onChange: (m: Mapping) => void;
}) {
  const { t } = useTranslation();
  const scaleId = useId();
  const missing = missingFields(mapping);
  const doubled = doubledFields(mapping);
  const spreadsheet = raw.kind === 'xlsx' || raw.kind === 'xls';
  const name = (f: string) => t(`mapping.field.${f}`);
  return (
    <section className="mapping" aria-label={t('mapping.heading')} data-testid="import-mapping">
      <div className="notice notice--warn" role="note">
        {t(spreadsheet ? 'mapping.unrecognisedSheet' : 'mapping.unrecognisedText')}
      </div>
      <h3>{t('mapping.heading')}</h3>
      <div className="mapping__columns" tabIndex={0} role="region" aria-label={t('mapping.columnsLabel', { file })}>
        <table className="summary mapping__table">
          <thead>
            <tr>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.sample')}</th>
              <th scope="col">{t('mapping.holds')}</th>
            </tr>
          </thead>
          <tbody>
            {raw.header.map((h, i) => (
              <ColumnRow key={i} index={i} name={h} raw={raw} mapping={mapping} onChange={onChange} />
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('mapping.constants')}</h3>
      <p className="hint">{t('mapping.constantsHint')}</p>
      <div className="questions__grid mapping__constants">
        {CONSTANT_FIELDS.map((f) => (
          <ConstantField key={f} field={f} mapping={mapping} onChange={onChange} />
        ))}
        <div className="field">
          <label htmlFor={scaleId}>{t('mapping.scale')}</label>
          <select
            id={scaleId}
            value={mapping.scale}
            onChange={(e) => onChange({ ...mapping, scale: e.currentTarget.value as Mapping['scale'] })}
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {t(`mapping.scale_${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {raw.sheets.length > 1 ? (
        <fieldset className="mapping__sheets">
          <legend>{t('mapping.sheets')}</legend>
          {raw.sheets.map((s) => (
            <label key={s} className="choice">
              <input
                type="checkbox"
                checked={mapping.sheets.includes(s)}
                onChange={(e) =>
                  onChange({
                    ...mapping,
                    sheets: e.currentTarget.checked
                      ? raw.sheets.filter((x) => x === s || mapping.sheets.includes(x))
                      : mapping.sheets.filter((x) => x !== s),
                  })
                }
              />
              {s}
            </label>
          ))}
          <p className="hint">{t('mapping.sheetsHint')}</p>
        </fieldset>
      ) : null}
      {missing.length ? (
        <p className="hint" data-testid="mapping-missing">
          {t('mapping.missing', { fields: missing.map(name).join(', ') })}
        </p>
      ) : null}
      {doubled.length ? (
        <p className="notice notice--error">{t('mapping.doubled', { fields: doubled.map(name).join(', ') })}</p>
      ) : null}
      {mapped?.loading ? <p className="hint">{t('mapping.previewing')}</p> : null}
      {mapped?.error ? (
        <div className="notice notice--error">{t('mapping.previewFailed', { reason: mapped.error })}</div>
      ) : null}
      {mapped?.preview?.duplicateOf && !mapped.loading && !mapped.error ? (
        <div className="notice notice--warn" role="note" data-testid="mapping-held">
          {t('mapping.heldFigures', {
            batch: mapped.preview.duplicateOf.batchId,
            file: mapped.preview.duplicateOf.fileName,
          })}
        </div>
      ) : null}
      {mapped?.preview && !mapped.loading && !mapped.error ? (
        <>
          <h3>{t('mapping.mappedPreview')}</h3>
          <PreviewTable preview={mapped.preview} answers={NO_ANSWERS} label={t('dialog.previewLabel', { file })} />
          {mapped.preview.rejects.length > 0 ? (
            <p className="hint">
              {t('dialog.previewRejects', {
                count: mapped.preview.rejects.length,
                rows: mapped.preview.rejects.map((r) => r.row).join(', '),
              })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
