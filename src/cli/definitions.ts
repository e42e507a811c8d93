import { readFileSync } from 'node:fs';
import { areaFlag, list, UsageError, type Parsed } from './args';
import type { Input } from '../shared/contract';
import type { Call } from './brief';

/**
 * `tidemark definitions`: the named definitions, as a table or as JSON that `--import` reads back, so
 * a team can share them. `tidemark define NAME …` creates or replaces one; `--delete` removes it.
 */
export async function definitionsCommand(args: Parsed, call: Call, out: (s: string) => void): Promise<number> {
  const v = args.values;
  if (v.import) {
    let defs: unknown;
    try {
      defs = JSON.parse(readFileSync(v.import, 'utf8'));
    } catch (err) {
      throw new UsageError(`--import needs a JSON file written by \`tidemark definitions --json\`: ${(err as Error).message}`);
    }
    if (!Array.isArray(defs)) throw new UsageError('--import needs a JSON array of definitions.');
    // The core validates each one against the contract; a bad entry fails with its field named.
    for (const d of defs) await call('saveDefinition', d as Input<'saveDefinition'>);
    out(`Saved ${defs.length} definition(s).`);
    return 0;
  }
  const defs = await call('listDefinitions', {});
  if (v.json) out(JSON.stringify(defs));
  else if (defs.length === 0) out('No named definitions yet. Create one with: tidemark define NAME --reporter CHN --partner PRK --flow import --exclude-hs 2716');
  else for (const d of defs) out(`${d.name}: ${d.reporter ?? 'all'} ${d.flow} ${d.partner ?? 'all'}${d.subject === 'partner' ? ' (told from the partner)' : ''}${d.hs.length ? `, only HS ${d.hs.join(', ')}` : ''}${d.excludeHs.length ? `, excluding HS ${d.excludeHs.join(', ')}` : ''}`);
  return 0;
}

export async function defineCommand(args: Parsed, call: Call, out: (s: string) => void): Promise<number> {
  const v = args.values;
  const name = args.files[0];
  if (!name) throw new UsageError('define needs a NAME, e.g. tidemark define "NK exports excl. electricity" --reporter CHN --partner PRK --flow import --exclude-hs 2716');
  if (v.delete) {
    const r = await call('deleteDefinition', { name });
    out(r.deleted ? `Deleted "${name}".` : `There is no definition called "${name}".`);
    return r.deleted ? 0 : 1;
  }
  if (v.flow && !['import', 'export', 'total'].includes(v.flow)) throw new UsageError('--flow is import, export or total.');
  if (v.subject && !['reporter', 'partner'].includes(v.subject)) throw new UsageError('--subject is reporter or partner.');
  const saved = await call('saveDefinition', {
    name,
    label: v.label ?? '',
    reporter: areaFlag(v.reporter, 'reporter') ?? null,
    partner: areaFlag(v.partner, 'partner') ?? null,
    flow: (v.flow ?? 'import') as 'import' | 'export' | 'total',
    subject: (v.subject ?? 'reporter') as 'reporter' | 'partner',
    hs: list(v.hs),
    excludeHs: list(v['exclude-hs']),
  });
  out(v.json ? JSON.stringify(saved) : `Saved "${saved.name}".`);
  return 0;
}
