import { useTranslation } from 'react-i18next';

/**
 * Sorting by value across currencies puts 1,000 CNY next to 1,000 USD as if they were equal: the grid
 * says so, and offers one currency at a time.
 */
export function CurrencySortNotice({
  currencies,
  onOnly,
}: {
  currencies: string[];
  onOnly: (currency: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warn records__currency-sort" role="note" data-testid="currency-sort">
      <span>{t('gridMarks.currencySort', { currencies: currencies.join(', ') })}</span>
      {currencies.map((c) => (
        <button key={c} type="button" className="button button--quiet button--small" onClick={() => onOnly(c)}>
          {t('gridMarks.onlyCurrency', { currency: c })}
        </button>
      ))}
    </div>
  );
}
