import type { Dimensions } from '../../shared/domain';

/** A partner a picker offers, and whether the chosen reporter's files hold any of its trade. */
export type PartnerChoice = { code: string; held: boolean };

/**
 * The partners a picker offers for `reporter`: those its files hold (all partners for "any" reporter).
 * The partner already chosen stays listed, marked not held, so the box shows what is asked and the view
 * can say it is not covered, rather than jump to another partner unasked.
 */
export function partnerChoices(
  dimensions: Pick<Dimensions, 'partners' | 'partnersOf'> | null,
  reporter: string,
  current: string,
): PartnerChoice[] {
  if (!dimensions) return current ? [{ code: current, held: false }] : [];
  const held = reporter ? (dimensions.partnersOf[reporter] ?? []) : dimensions.partners;
  const choices = held.map((code) => ({ code, held: true }));
  return !current || held.includes(current) ? choices : [{ code: current, held: false }, ...choices];
}

/**
 * The partner to start from: the preferred one where the reporter's files hold it, else the one the core
 * leads with (its files cover the most months of all goods, then the most trade), else their first.
 */
export function firstPartner(
  dimensions: Pick<Dimensions, 'partners' | 'partnersOf' | 'leadPartnerOf'>,
  reporter: string,
  preferred: string,
): string {
  const held = reporter ? (dimensions.partnersOf[reporter] ?? []) : dimensions.partners;
  const lead = reporter ? dimensions.leadPartnerOf?.[reporter] : undefined;
  return held.includes(preferred) ? preferred : lead && held.includes(lead) ? lead : (held[0] ?? '');
}
