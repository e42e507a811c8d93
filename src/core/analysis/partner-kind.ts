import { WORLD } from '../reference/countries';

/**
 * What a partner is in the partner hierarchy: the world (every partner's total), a group of
 * countries that overlaps them (EU-28), or a leaf (a country or a Comtrade area such as "Areas, nes",
 * which is part of the world total and of no other partner). Leaves add up to the world; groups never
 * add to anything.
 *
 * The one place Tidemark decides this until the reference module (core/reference) owns every
 * partner's kind: WLD is the world, EUR (Comtrade's EU-28, code 97, kept as written) a group.
 */
export type PartnerKind = 'world' | 'group' | 'leaf';

const GROUPS = new Set(['EUR']);
/** The codes of each kind that is not a leaf, for queries that sum leaves in SQL. */
export const WORLD_CODES: readonly string[] = [WORLD];
export const GROUP_CODES: readonly string[] = [...GROUPS];

export function partnerKind(code: string): PartnerKind {
  if (code === WORLD) return 'world';
  return GROUPS.has(code) ? 'group' : 'leaf';
}
