import { useTranslation } from 'react-i18next';
import type { Dimensions } from '../../shared/domain';
import { useCountryLabel, useCountryName } from '../i18n/countries';
import { partnerChoices } from './partner-choices';

/** A partner picker's options for `reporter`, named in the UI's language; a partner its files lack says so. */
export function usePartnerOptions(
  dimensions: Pick<Dimensions, 'partners' | 'partnersOf'> | null,
  reporter: string,
  current: string,
): { value: string; label: string }[] {
  const { t } = useTranslation();
  const label = useCountryLabel();
  const name = useCountryName();
  return partnerChoices(dimensions, reporter, current).map(({ code, held }) => ({
    value: code,
    label: held ? label(code) : t('field.partnerNotHeld', { partner: label(code), reporter: name(reporter) }),
  }));
}
