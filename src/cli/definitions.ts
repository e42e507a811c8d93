import { readFileSync } from 'node:fs';
import { say } from '../core/messages';
import { normalizeSelection } from '../core/analysis/code-tree';
import { flowOf, list, UsageError } from './args';
import type { Ctx } from './context';

/**
 * `tidemark definitions`: the named definitions, as a table or as JSON that `--import` reads back, so
 * a team can share them. `tidemark define NAME …` creates or replaces one; `--delete` removes it.
 */
export async function definitionsCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  if (v.import) {
    let defs: unknown;
    try {
      defs = JSON.parse(readFileSync(v.import, 'utf8'));
    } catch (err) {
      throw new UsageError(
        `--import needs a JSON file written by \`tidemark definitions --json\`: ${(err as Error).message}`,
      );
    }
    if (!Array.isArray(defs)) throw new UsageError('--import needs a JSON array of definitions');
    // The core checks each one and saves all in one transaction, or none, naming the one it refused. One from
    // before definitions kept a classification has none: its codes were read as HS, the default it takes.
    const { saved } = await call('importDefinitions', { definitions: defs as unknown[] });
    out(say('en', 'cli.savedDefinitions', { count: saved }));
    return 0;
  }
  const defs = await call('listDefinitions', {});
  if (v.json) out(JSON.stringify(defs));
  else if (defs.length === 0)
    out(
      'No named definitions yet. Create one with: tidemark define NAME --reporter CHN --partner PRK --flow import --exclude-hs 2716',
    );
  else
    for (const d of defs)
      out(
        `${d.name}: ${d.reporter ?? 'all'} ${d.flow} ${d.partner ?? 'all'}${d.subject === 'partner' ? ' (told from the partner)' : ''}${d.hs.length ? `, only ${d.classification} ${d.hs.join(', ')}` : ''}${d.excludeHs.length ? `, excluding ${d.classification} ${d.excludeHs.join(', ')}` : ''}${d.hs.length || d.excludeHs.length || d.classification === 'HS' ? '' : `, in ${d.classification}`}${d.currency ? `, in ${d.currency}` : ''}`,
      );
  return 0;
}

export async function defineCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  const name = args.files[0]!;
  if (args.files.length > 1)
    throw new UsageError(`define takes one NAME; quote a name with spaces ("${args.files.join(' ')}")`);
  if (v.delete) {
    const r = await call('deleteDefinition', { name });
    out(r.deleted ? `Deleted "${name}".` : `There is no definition called "${name}".`);
    return r.deleted ? 0 : 1;
  }
  // A definition whose exclusions take out all it includes has no figure: refused as a query would be, not saved.
  const hs = list(v.hs);
  const excludeHs = list(v['exclude-hs']);
  if (normalizeSelection(hs, excludeHs).nothing)
    throw new UsageError(
      `--exclude-hs ${excludeHs.join(',')} leaves nothing of --hs ${hs.join(',')}: the definition would hold no goods, so it would have no figure`,
    );
  const saved = await call('saveDefinition', {
    name,
    label: v.label ?? '',
    reporter: v.reporter ?? null,
    partner: v.partner ?? null,
    flow: flowOf(v, ['import', 'export', 'total'], 'import') as 'import' | 'export' | 'total',
    subject: (v.subject ?? 'reporter') as 'reporter' | 'partner',
    hs,
    excludeHs,
    // Unknown ones are refused by the core, which lists those it can be (and the database holds).
    classification: v.classification ?? 'HS',
    currency: v.currency ?? null,
  });
  out(v.json ? JSON.stringify(saved) : `Saved "${saved.name}".`);
  return 0;
}
