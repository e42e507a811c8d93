import { wholeNumber } from './args';
import type { Ctx } from './context';
import { num } from './print';

/** `tidemark revisions`: figures a later release restated with a different value, old beside new. */
export async function revisionsCommand({ args, call, out }: Ctx): Promise<number> {
  const batch = wholeNumber(args.values, 'batch', 'an import batch number (see `tidemark batches`)');
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
    out(
      `${r.period}  ${r.reporter} ${r.flow} ${r.partner}  ${r.code}  ${num(r.oldValue)} → ${num(r.newValue)} ${r.currency} (${change >= 0 ? '+' : ''}${num(change)})  ${r.oldFile} → ${r.newFile}`,
    );
  }
  return 0;
}
