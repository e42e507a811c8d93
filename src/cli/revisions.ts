import { UsageError, type Parsed } from './args';
import type { Call } from './brief';

const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** `tidemark revisions`: figures a later release restated with a different value, old beside new. */
export async function revisionsCommand(args: Parsed, call: Call, out: (s: string) => void): Promise<number> {
  const batch = args.values.batch === undefined ? undefined : Number(args.values.batch);
  if (batch !== undefined && !(Number.isInteger(batch) && batch > 0)) throw new UsageError('--batch is an import batch number (see the Imports view or `tidemark import --json`).');
  const rows = await call('listRevisions', { batchId: batch });
  if (args.values.json) {
    out(JSON.stringify({ revisions: rows }));
    return 0;
  }
  if (rows.length === 0) {
    out('No figure has been revised to a different value.');
    return 0;
  }
  for (const r of rows) {
    const change = r.newValue - r.oldValue;
    out(`${r.period}  ${r.reporter} ${r.flow} ${r.partner}  ${r.code}  ${num(r.oldValue)} → ${num(r.newValue)} ${r.currency} (${change >= 0 ? '+' : ''}${num(change)})  ${r.oldFile} → ${r.newFile}`);
  }
  return 0;
}
