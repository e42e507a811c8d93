import { useCallback } from 'react';
import { is, useViewState } from '../state/view-state';

/**
 * The currency a pair's figures are read in where its files hold more than one (China's customs publish
 * yuan and dollars), chosen in a view and kept with that pair: another pair opens on the core's choice
 * again. '' until one is chosen.
 */
export function usePairCurrency(key: string, reporter: string, partner: string): [string, (c: string) => void] {
  const [picked, setPicked] = useViewState(key, '', is.string);
  const pair = `${reporter}\t${partner}\t`;
  const set = useCallback((c: string) => setPicked(pair + c), [pair, setPicked]);
  return [picked.startsWith(pair) ? picked.slice(pair.length) : '', set];
}
