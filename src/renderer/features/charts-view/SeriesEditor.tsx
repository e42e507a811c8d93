import type { SeriesDefinition } from '../chart/caption';
import { useTranslation } from 'react-i18next';

type Props = {
  index: number;
  def: SeriesDefinition;
  reporters: string[];
  partners: string[];
  definitions: string[];
  onChange: (d: SeriesDefinition) => void;
  onRemove: (() => void) | null;
};

const FLOWS = [
  { value: 'total', label: 'Total trade' },
  { value: 'import', label: 'Imports' },
  { value: 'export', label: 'Exports' },
] as const;

/** "2716, 27" → ["2716", "27"]: codes stay text, leading zeros kept. */
export const parseCodes = (text: string) => text.split(/[\s,;]+/).map((c) => c.trim()).filter((c) => /^[0-9A-Za-z]{1,12}$/.test(c));

/** One series of a chart: a named definition, or reporter, partner, flow and HS codes to include or exclude. */
export function SeriesEditor({ index, def, reporters, partners, definitions, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const named = Boolean(def.definition);
  return (
    <fieldset className="tm-series" aria-label={`Series ${n}`}>
      <legend>{t('charts.series', { n })}</legend>
      {definitions.length > 0 ? (
        <label className="tm-field">
          <span>{t('charts.definition')}</span>
          <select aria-label={`Series ${n} definition`} value={def.definition ?? ''} onChange={(e) => onChange({ ...def, definition: e.currentTarget.value || undefined })}>
            <option value="">{t('charts.custom')}</option>
            {definitions.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="tm-field">
        <span>{t('field.reporter')}</span>
        <select aria-label={`Series ${n} reporter`} value={def.reporter} disabled={named} onChange={(e) => onChange({ ...def, reporter: e.currentTarget.value })}>
          {reporters.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span>{t('field.partner')}</span>
        <select aria-label={`Series ${n} partner`} value={def.partner} disabled={named} onChange={(e) => onChange({ ...def, partner: e.currentTarget.value })}>
          {partners.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span>{t('field.flow')}</span>
        <select aria-label={`Series ${n} flow`} value={def.flow} disabled={named} onChange={(e) => onChange({ ...def, flow: e.currentTarget.value as SeriesDefinition['flow'] })}>
          {FLOWS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="tm-field">
        <span>{t('charts.onlyHs')}</span>
        <input aria-label={`Series ${n} only HS`} placeholder={t('charts.allGoods')} defaultValue={def.hs.join(', ')} disabled={named} onBlur={(e) => onChange({ ...def, hs: parseCodes(e.currentTarget.value) })} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
      </label>
      <label className="tm-field">
        <span>{t('charts.excludeHs')}</span>
        <input aria-label={`Series ${n} exclude HS`} placeholder={t('charts.excludeHint')} defaultValue={def.excludeHs.join(', ')} disabled={named} onBlur={(e) => onChange({ ...def, excludeHs: parseCodes(e.currentTarget.value) })} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
      </label>
      {onRemove ? (
        <button type="button" className="tm-link" onClick={onRemove} aria-label={`Remove series ${n}`}>
          {t('charts.remove')}
        </button>
      ) : null}
    </fieldset>
  );
}
