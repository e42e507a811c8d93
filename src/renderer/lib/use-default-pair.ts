import { useEffect } from 'react';
import type { Dimensions } from '../../shared/domain';
import { firstPartner } from './partner-choices';

type Held = Pick<Dimensions, 'reporters' | 'partners' | 'partnersOf' | 'leadPartnerOf'>;
type SetCode = (next: (current: string) => string) => void;

/**
 * The dashboard's and the brief's one rule for the pair they open on, as updaters of what is chosen when
 * they run: a pick the person made after the render that asked for them (a race once set one back) is
 * kept. A reporter stays while the database holds it, else China, else the first held. A partner stays
 * while any file holds it and it is not the reporter, even one this reporter's files lack (the picker
 * marks it), else North Korea
 * where the reporter's files hold it, else the partner the core leads with (most covered months, then
 * most trade: never one no file covers where another is covered), else their first.
 */
export function defaultPair(held: Held, shownReporter: string) {
  const keeps = (list: string[], code: string) => code !== '' && list.includes(code);
  const reporter = (cur: string) =>
    keeps(held.reporters, cur) ? cur : held.reporters.includes('CHN') ? 'CHN' : (held.reporters[0] ?? '');
  const forReporter = reporter(shownReporter);
  return {
    reporter,
    // Never the reporter itself: switching the reporter to the partner shown would speak of USA and USA.
    partner: (cur: string) =>
      keeps(held.partners, cur) && cur !== forReporter ? cur : firstPartner(held, forReporter, 'PRK'),
  };
}

/** Fills or corrects a view's reporter and partner by defaultPair whenever the database's contents change. */
export function useDefaultPair(held: Held | null, reporter: string, setReporter: SetCode, setPartner: SetCode): void {
  useEffect(() => {
    if (!held) return;
    const pair = defaultPair(held, reporter);
    setReporter(pair.reporter);
    setPartner(pair.partner);
  }, [held, reporter, setReporter, setPartner]);
}
