import { familyOf } from '../../../shared/classification';
import type { HeldBatch } from './caption';

/**
 * The classification families a series of `reporter` can be read in: HS first (the default, and what codes
 * are taken to be), then every other family its imported files hold (SITC, BEC), in the order they sort.
 * A reporter held only in SITC is still offered HS: the core reads all goods in SITC for it (see use-plot).
 */
export function heldFamilies(batches: HeldBatch[], reporter: string): string[] {
  const held = new Set<string>();
  for (const b of batches) {
    if (b.status !== 'imported' || !b.scope) continue;
    if (reporter && !b.scope.reporters.includes(reporter)) continue;
    for (const c of b.scope.classifications) held.add(familyOf(c));
  }
  held.delete('HS');
  return ['HS', ...[...held].sort()];
}

/**
 * The family a new series of `reporter` opens in: HS where its files hold any HS, or hold no classification
 * at all; else the first other family they hold. A database of one SITC download opened its chart on HS, and
 * a code typed into "Only HS" was read as HS, which no file held.
 */
export function openingFamily(batches: HeldBatch[], reporter: string): string {
  const held = new Set<string>();
  for (const b of batches) {
    if (b.status !== 'imported' || !b.scope || (reporter && !b.scope.reporters.includes(reporter))) continue;
    for (const c of b.scope.classifications) held.add(familyOf(c));
  }
  return held.size === 0 || held.has('HS') ? 'HS' : [...held].sort()[0]!;
}
