import type { Ctx } from './context';

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * `tidemark open DIR`: the dataset is opened (its local copy built or reused) by run.ts, as any --db
 * folder is; this says what it holds and how to read it.
 */
export async function openCommand({ args, call, out }: Ctx): Promise<number> {
  const info = await call('appInfo', {});
  const batches = await call('listBatches', {});
  const dims = await call('dimensions', {});
  if (args.values.json) {
    out(JSON.stringify({ dataset: args.db, copy: info.dbPath, records: info.records, batches, dimensions: dims }));
    return 0;
  }
  // Months and years apart: a dataset of annual files holds no month, and is not empty for it.
  const range = (first: string | null, last: string | null) =>
    first === null ? null : first === last ? first : `${first} to ${last}`;
  const months = range(dims.firstPeriod, dims.lastPeriod);
  const years = range(dims.firstYear, dims.lastYear);
  const span =
    months && years ? `${months}, and years ${years}` : (months ?? (years ? `years ${years}` : 'no periods'));
  out(`Opened ${args.db} read-only: ${count(info.records, 'record')} from ${count(batches.length, 'file')}, ${span}.`);
  out(`Reporters ${dims.reporters.join(', ') || 'none'}; currencies ${dims.currencies.join(', ') || 'none'}.`);
  for (const b of batches) out(`  ${b.fileName}: ${count(b.rowsImported, 'record')}`);
  out(`Its local copy: ${info.dbPath}`);
  out(
    `Read it with any reading command, e.g. tidemark series --db ${args.db} --reporter ${dims.reporters[0] ?? 'CHN'}`,
  );
  return 0;
}
