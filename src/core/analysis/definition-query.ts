import type { z } from 'zod';
import type { Definition } from '../../shared/analysis-types';
import type { ReadFlow } from '../../shared/domain';
import { familyOf } from '../../shared/classification';
import { AppError } from '../../shared/errors';
import { normalizeSelection } from './code-tree';

/** What a series, breakdown or brief query holds that a definition fills. */
type Definable = {
  reporter?: string;
  partner?: string;
  flow: z.infer<typeof ReadFlow>;
  subject: Definition['subject'];
  hs: string[];
  excludeHs: string[];
  classification?: string;
  currency?: string;
};

/**
 * A definition fills what the query leaves open; its flow, subject and code filters define the figure.
 * Its codes are read in its own classification: a query naming another family is refused, never read
 * in one of the two silently. A definition of all goods in HS (every one saved before definitions kept
 * a classification) leaves the classification open, as it always did.
 */
export function applyDefinition<Q extends Definable>(q: Q, def: Definition | null): Q {
  return withGoods(def ? defined(q, def) : q);
}

/**
 * A selection whose exclusions take out all it includes (HS 2701 less HS 2701) holds no goods: it has no figure,
 * where series read 0 in every month any file of the reporter held, and top listed the codes it left out.
 */
function withGoods<Q extends Definable>(q: Q): Q {
  requireGoods(q);
  return q;
}

/**
 * Refuses a selection of no goods, as every reader would: a query, and a definition before it is saved
 * (the renderer's input is not trusted to have checked).
 */
export function requireGoods(q: { hs: string[]; excludeHs: string[]; classification?: string }): void {
  if (!normalizeSelection(q.hs, q.excludeHs).nothing) return;
  const family = q.classification ? familyOf(q.classification) : 'HS';
  throw new AppError('bad_input', {
    key: 'selection.nothing',
    params: { included: `${family} ${q.hs.join(', ')}`, excluded: `${family} ${q.excludeHs.join(', ')}` },
  });
}

function defined<Q extends Definable>(q: Q, def: Definition): Q {
  const selects = def.hs.length > 0 || def.excludeHs.length > 0 || familyOf(def.classification) !== 'HS';
  if (selects && q.classification && familyOf(q.classification) !== familyOf(def.classification))
    throw new AppError('bad_input', {
      key: 'definition.classificationConflict',
      params: { name: def.name, defined: def.classification, asked: q.classification },
    });
  return {
    ...q,
    reporter: q.reporter ?? def.reporter ?? undefined,
    partner: q.partner ?? def.partner ?? undefined,
    flow: def.flow,
    subject: def.subject,
    hs: [...def.hs, ...q.hs],
    excludeHs: [...def.excludeHs, ...q.excludeHs],
    classification: selects ? (q.classification ?? def.classification) : q.classification,
    currency: q.currency ?? def.currency ?? undefined,
  };
}
