import { useTranslation } from 'react-i18next';

/**
 * The currency a figure is read in, where its files hold it in more than one (never added together).
 * `auto`: the label of a first choice that leaves it to the core ('' as its value).
 */
export function CurrencyField({
  label,
  value,
  currencies,
  onChange,
  auto,
}: {
  /** The box's accessible name. */
  label: string;
  value: string;
  currencies: string[];
  onChange: (currency: string) => void;
  auto?: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="tm-field">
      <span>{t('field.currency')}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {auto !== undefined ? <option value="">{auto}</option> : null}
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
