import { useTranslation } from 'react-i18next';
import type { Dimensions } from '../../shared/domain';
import { useCountryLabel, useCountryName } from '../i18n/countries';
import { partnerChoices } from './partner-choices';

type Option = { value: string; label: string };

/**
 * Options in the order a reader looks for them: by name in the UI's language ("South Korea" beside "Spain",
 * not between Japan and Macao as by code). A first option that is not held (the partner already chosen)
 * stays first, where it says so.
 */
export function byName(options: Option[], held: boolean[], locale: string): Option[] {
  const collator = new Intl.Collator(locale);
  const keep = held[0] === false ? options.slice(0, 1) : [];
  return [...keep, ...options.slice(keep.length).sort((a, b) => collator.compare(a.label, b.label))];
}

/** A partner picker's options for `reporter`, named in the UI's language and sorted by name; a partner its files lack says so. */
export function usePartnerOptions(
  dimensions: Pick<Dimensions, 'partners' | 'partnersOf'> | null,
  reporter: string,
  current: string,
): Option[] {
  const { t, i18n } = useTranslation();
  const label = useCountryLabel();
  const name = useCountryName();
  const choices = partnerChoices(dimensions, reporter, current);
  const options = choices.map(({ code, held }) => ({
    value: code,
    label: held ? label(code) : t('field.partnerNotHeld', { partner: label(code), reporter: name(reporter) }),
  }));
  return byName(
    options,
    choices.map((c) => c.held),
    i18n.language,
  );
}
