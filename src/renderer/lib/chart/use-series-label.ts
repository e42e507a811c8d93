import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../i18n/countries';
import { seriesLabel, type SeriesDefinition } from './caption';

/** seriesLabel in the UI language: "China's imports from North Korea" / "중국의 대북한 수입", names from the core. */
export function useSeriesLabel(): (d: SeriesDefinition) => string {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useCountryName();
  return useCallback((d: SeriesDefinition) => seriesLabel(d, t, lang, name), [t, lang, name]);
}
