import { resolve } from 'node:path';
import { oneLine } from './errors';
import type { Ctx } from './context';
import { importTable, progressBar } from './print';

/**
 * `tidemark import`: each file is its own transaction. The report goes to stdout (a table, or JSON);
 * each failed file also gets its one error line on stderr, and each warning (damaged codes, rounded
 * values, a scope the file cannot tell) a line of the same shape. Ctrl-C cancels: the file in flight
 * is rolled back, finished files stay, the report is printed.
 */
export async function importCommand({ args, call, out, onEvent }: Ctx): Promise<number> {
  const json = args.values.json === true;
  const tty = process.stderr.isTTY && !json;
  const off = tty
    ? onEvent(
        (e) =>
          e.name === 'importProgress' && process.stderr.write(progressBar(e.payload) + (e.payload.done ? '\n' : '')),
      )
    : () => {};
  const cancel = () => void call('cancelImport', {}).catch(() => {});
  process.once('SIGINT', cancel);
  let report;
  try {
    report = await call('importFiles', {
      files: args.files.map((f) => ({ path: resolve(f) })),
      options: args.importOptions,
    });
  } finally {
    process.off('SIGINT', cancel);
    off();
  }
  const cancelled = report.files.some((f) => f.error?.code === 'cancelled');
  if (tty && cancelled) process.stderr.write('\n');
  out(json ? JSON.stringify(report) : importTable(report.files));
  for (const f of report.files) {
    const said = [...(f.error && f.error.code !== 'cancelled' ? [f.error] : []), ...(json ? [] : f.warnings)];
    for (const { code, message } of said) {
      const line = oneLine(message);
      process.stderr.write(`tidemark: ${code}: ${line.startsWith(f.file) ? '' : `${f.file}: `}${line}\n`);
    }
  }
  if (cancelled) return 130;
  // A piece only the user can supply (the flow of a China customs file…) is a usage error naming its flag.
  if (report.files.some((f) => f.error?.code === 'missing_option')) return 2;
  return report.files.some((f) => f.status === 'failed') ? 1 : 0;
}

/** `tidemark export`: the canonical CSV of every current record. */
export async function exportCommand({ args, call, out }: Ctx): Promise<number> {
  const r = await call('exportCsv', { path: resolve(args.values.out!) });
  out(args.values.json ? JSON.stringify(r) : `Wrote ${r.rows} records to ${r.path}`);
  return 0;
}
