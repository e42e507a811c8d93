import { familyOf, type SeriesDefinition } from '../../lib/chart/caption';
import type { Definition } from '../../../shared/analysis-types';
import { useTranslation } from 'react-i18next';
import { useCountryLabel } from '../../i18n/countries';
import { DefinitionSelect } from '../definitions';
import { CurrencyField } from '../../components/CurrencyField';
import { parseCodes } from '../../lib/hs-codes';
import { usePartnerOptions } from '../../lib/use-partner-options';
import type { Dimensions } from '../../../shared/domain';

type Props = {
  index: number;
  def: SeriesDefinition;
  reporters: string[];
  /** Every partner, and each reporter's: the partner box offers the series' reporter's. */
  partners: Pick<Dimensions, 'partners' | 'partnersOf'> | null;
  definitions: Definition[];
  /** The classification families the series' reporter's files hold, HS first (lib/chart/families.ts). */
  families: string[];
  /** The currencies the files hold this series in, where more than one (the same trade, never added); else none. */
  currencies: string[];
  onChange: (d: SeriesDefinition) => void;
  onRemove: (() => void) | null;
};

const FLOWS = [
  { value: 'total', key: 'definitions.total' },
  { value: 'import', key: 'flow.import' },
  { value: 'export', key: 'flow.export' },
] as const;

/** One series of a chart: a named definition, or reporter, partner, flow and HS codes to include or exclude. */
export function SeriesEditor({
  index,
  def,
  reporters,
  partners,
  definitions,
  families,
  currencies,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const label = useCountryLabel();
  const named = Boolean(def.definition);
  // A named series is plotted from its definition, so its boxes show the definition's values, never stale ones of our own.
  const source = named ? definitions.find((d) => d.name === def.definition) : undefined;
  const shown = source
    ? {
        reporter: source.reporter ?? '',
        partner: source.partner ?? '',
        flow: source.flow,
        hs: source.hs,
        excludeHs: source.excludeHs,
        // A named definition's codes are in its own classification (SITC 32 is coal, HS 32 tanning extracts).
        classification: source.classification,
      }
    : def;
  const cls = familyOf(shown);
  // The family chosen stays an option even where its file was reverted, so the box never shows another.
  const clsOptions = families.includes(cls) ? families : [...families, cls];
  // The shown value is always an option, so a disabled box never falls back to the first country ('' is "Any").
  const countryOptions = (codes: string[], current: string) =>
    (codes.includes(current) || (!current && !named) ? codes : [current, ...codes]).map((c) => (
      <option key={c} value={c}>
        {c ? label(c) : t('definitions.any')}
      </option>
    ));
  const held = usePartnerOptions(partners, shown.reporter, shown.partner);
  const boxes = `${source ? `def:${source.name}` : 'own'}:${cls}`;
  return (
    <fieldset className="tm-series" aria-label={t('seriesAria.group', { n })}>
      <legend>{t('charts.series', { n })}</legend>
      <DefinitionSelect
        label={t('charts.definition')}
        ariaLabel={t('seriesAria.definition', { n })}
        noneLabel={t('charts.custom')}
        definitions={definitions}
        value={def.definition ?? ''}
        onChange={(name) => onChange({ ...def, definition: name || undefined })}
      />
      <label className="tm-field">
        <span>{t('field.reporter')}</span>
        <select
          aria-label={t('seriesAria.reporter', { n })}
          value={shown.reporter}
          disabled={named}
          onChange={(e) => onChange({ ...def, reporter: e.currentTarget.value })}
        >
          {countryOptions(reporters, shown.reporter)}
        </select>
      </label>
      <label className="tm-field">
        <span>{t('field.partner')}</span>
        <select
          aria-label={t('seriesAria.partner', { n })}
          value={shown.partner}
          disabled={named}
          onChange={(e) => onChange({ ...def, partner: e.currentTarget.value })}
        >
          {named
            ? countryOptions(partners?.partners ?? [], shown.partner)
            : held.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
        </select>
      </label>
      <label className="tm-field">
        <span>{t('field.flow')}</span>
        <select
          aria-label={t('seriesAria.flow', { n })}
          value={shown.flow}
          disabled={named}
          onChange={(e) => onChange({ ...def, flow: e.currentTarget.value as SeriesDefinition['flow'] })}
        >
          {FLOWS.map((f) => (
            <option key={f.value} value={f.value}>
              {t(f.key)}
            </option>
          ))}
        </select>
      </label>
      <label className="tm-field" title={t('charts.classificationHint')}>
        <span>{t('charts.classification')}</span>
        <select
          aria-label={t('seriesAria.classification', { n })}
          value={cls}
          disabled={named}
          onChange={(e) =>
            onChange({ ...def, classification: e.currentTarget.value === 'HS' ? undefined : e.currentTarget.value })
          }
        >
          {clsOptions.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {currencies.length > 1 ? (
        <CurrencyField
          label={t('seriesAria.currency', { n })}
          value={def.currency ?? ''}
          currencies={currencies}
          auto={t('charts.currencyAuto')}
          onChange={(c) => onChange({ ...def, currency: c || undefined })}
        />
      ) : null}
      <label className="tm-field">
        <span>{t('charts.onlyHs', { cls })}</span>
        <input
          key={boxes}
          aria-label={t('seriesAria.onlyHs', { n, cls })}
          placeholder={t('charts.allGoods')}
          title={t('charts.codesHint', { cls })}
          defaultValue={shown.hs.join(', ')}
          disabled={named}
          onBlur={(e) => onChange({ ...def, hs: parseCodes(e.currentTarget.value) })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </label>
      <label className="tm-field">
        <span>{t('charts.excludeCodes', { cls })}</span>
        <input
          key={boxes}
          aria-label={t('seriesAria.excludeHs', { n, cls })}
          placeholder={cls === 'HS' ? t('charts.excludeHint') : t('charts.codesHint', { cls })}
          defaultValue={shown.excludeHs.join(', ')}
          disabled={named}
          onBlur={(e) => onChange({ ...def, excludeHs: parseCodes(e.currentTarget.value) })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </label>
      {onRemove ? (
        <button type="button" className="tm-link" onClick={onRemove} aria-label={t('seriesAria.remove', { n })}>
          {t('charts.remove')}
        </button>
      ) : null}
    </fieldset>
  );
}
