import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../i18n/countries';
import { seriesLabel, type SeriesDefinition } from './caption';

/** seriesLabel in the UI language: "China imports from North Korea" / "중국의 북한발 수입", names from the core. */
export function useSeriesLabel(): (d: SeriesDefinition) => string {
  const { t } = useTranslation();
  const name = useCountryName();
  return useCallback((d: SeriesDefinition) => seriesLabel(d, t, name), [t, name]);
}
