import { areaFlag, type Parsed } from './args';
import type { Call } from './brief';

/** `tidemark watchlist`: each month's non-zero flows in codes the UNSC resolutions ban or cap. `--list` prints the table itself. */
export async function watchlistCommand(args: Parsed, call: Call, out: (s: string) => void): Promise<number> {
  const v = args.values;
  if (v.list) {
    const entries = await call('listWatchlist', {});
    out(v.json ? JSON.stringify(entries) : entries.map((e) => `${e.resolution} ¶${e.paragraph}  ${e.direction === 'export_from_prk' ? 'from PRK' : 'to PRK  '}  HS ${e.code.padEnd(8)}  ${e.description}`).join('\n'));
    return 0;
  }
  const r = await call('watchReport', { reporter: areaFlag(v.reporter, 'reporter'), from: v.from ?? v.period, to: v.to ?? v.period });
  if (v.json) out(JSON.stringify(r));
  else if (r.hits.length === 0) out('No flows in watched codes.');
  else out(r.hits.map((h) => `${h.period}  ${h.reporter} ${h.flow.padEnd(6)}  HS ${h.code.padEnd(8)}  ${h.currency} ${h.value.toLocaleString('en-US').padStart(14)}  ${h.entries.join('; ')}`).join('\n'));
  return 0;
}
