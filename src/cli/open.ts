import { readDataset } from '../core/dataset/dataset-manifest';
import type { Batch } from '../shared/domain';
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
    `Read it with any reading command, e.g. tidemark series --db ${args.db} --reporter ${mostHeld(args.db, dims.reporters, batches) ?? 'CHN'}`,
  );
  return 0;
}

/**
 * The reporter the dataset holds the most rows of, for the example: the first alphabetically was C97, an
 * EU-28 area of one cement file's 874 rows, beside China's 3,316. Counted from the manifest's files, each in
 * its reporter's partition (exact); else from the batches of one reporter each. Ties go alphabetically.
 */
export function mostHeld(dir: string, reporters: string[], batches: Batch[]): string | undefined {
  const rows = new Map<string, number>();
  const add = (r: string, n: number) => rows.set(r, (rows.get(r) ?? 0) + n);
  let files: { path: string; rows: number }[] = [];
  try {
    files = readDataset(dir).manifest.files;
  } catch {
    // Not a dataset folder (a database file given to open): the batches say it.
  }
  for (const f of files) {
    const m = /(?:^|\/)reporter=([^/]+)\//.exec(f.path);
    if (m) add(decodeURIComponent(m[1]!), f.rows);
  }
  if (rows.size === 0)
    for (const b of batches) if (b.scope?.reporters.length === 1) add(b.scope.reporters[0]!, b.rowsImported);
  return [...reporters].sort((a, b) => (rows.get(b) ?? 0) - (rows.get(a) ?? 0) || (a < b ? -1 : 1))[0];
}
