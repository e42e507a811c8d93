import { resolve } from 'node:path';
import { openCore } from '../core';
import type { Api, Method } from '../shared/contract';
import { ApiError } from '../shared/client';
import { areaFlag, list, parse, USAGE, UsageError, type Parsed } from './args';
import { batchesTable, importTable, progressBar, seriesTable } from './print';
import { briefCommand, subjectOf } from './brief';
import { topCommand } from './top';
import { defineCommand, definitionsCommand } from './definitions';
import { revisionsCommand } from './revisions';
import { watchlistCommand } from './watchlist';

/** The `tidemark` command: the same core, called through the same dispatch as the app. */
export async function main(argv: string[]): Promise<number> {
  let args: Parsed;
  try {
    args = parse(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.message) process.stderr.write(`tidemark: ${err.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const core = openCore({ dbPath: resolve(args.db), log: (m, e) => process.stderr.write(`tidemark: ${m} ${e instanceof Error ? (e.stack ?? e.message) : ''}\n`) });
  const call = async <M extends Method>(m: M, input: Parameters<Api[M]>[0]): Promise<Awaited<ReturnType<Api[M]>>> => {
    const r = await core.dispatch(m, input);
    if (!r.ok) throw new ApiError(r.error);
    return r.value as Awaited<ReturnType<Api[M]>>;
  };
  const out = (text: string) => process.stdout.write(`${text}\n`);
  try {
    if (args.command === 'import') {
      const tty = process.stderr.isTTY && !args.values.json;
      const off = tty ? core.onEvent((e) => e.name === 'importProgress' && process.stderr.write(progressBar(e.payload) + (e.payload.done ? '\n' : ''))) : () => {};
      // Ctrl-C cancels: the file in flight is rolled back, finished files stay, the report is printed.
      const cancel = () => void core.dispatch('cancelImport', {});
      process.once('SIGINT', cancel);
      const report = await call('importFiles', { files: args.files.map((f) => ({ path: resolve(f) })), options: args.importOptions }).finally(() => process.off('SIGINT', cancel));
      off();
      const cancelled = report.files.some((f) => f.error?.code === 'cancelled');
      if (tty && cancelled) process.stderr.write('\n');
      out(args.values.json ? JSON.stringify(report) : importTable(report.files));
      // What the import noticed (damaged codes, rounded values, a scope it could not tell), on stderr beside the table.
      if (!args.values.json) for (const f of report.files) for (const w of f.warnings) process.stderr.write(`tidemark: ${f.file}: ${w.message}\n`);
      if (cancelled) return 130;
      // A piece only the user can supply (the flow of a China customs file…) is a usage error naming its flag.
      const missing = report.files.filter((f) => f.error?.code === 'missing_option');
      for (const f of missing) process.stderr.write(`tidemark: ${f.file}: ${f.error!.message}\n`);
      if (missing.length) return 2;
      return report.files.some((f) => f.status === 'failed') ? 1 : 0;
    }
    if (args.command === 'export') {
      const r = await call('exportCsv', { path: resolve(args.values.out!) });
      out(args.values.json ? JSON.stringify(r) : `Wrote ${r.rows} records to ${r.path}`);
      return 0;
    }
    if (args.command === 'batches') {
      const batches = await call('listBatches', {});
      out(args.values.json ? JSON.stringify({ batches }) : batchesTable(batches));
      return 0;
    }
    if (args.command === 'brief') return await briefCommand(args, call, out);
    if (args.command === 'top') return await topCommand(args, call, out);
    if (args.command === 'watchlist') return await watchlistCommand(args, call, out);
    if (args.command === 'revisions') return await revisionsCommand(args, call, out);
    if (args.command === 'definitions') return await definitionsCommand(args, call, out);
    if (args.command === 'define') return await defineCommand(args, call, out);
    const v = args.values;
    if (v.flow && !['import', 'export', 'total'].includes(v.flow)) {
      process.stderr.write('tidemark: --flow is import, export or total.\n');
      return 2;
    }
    const series = await call('series', {
      reporter: areaFlag(v.reporter, 'reporter'),
      partner: areaFlag(v.partner, 'partner'),
      flow: (v.flow ?? 'total') as 'import' | 'export' | 'total',
      hs: list(v.hs),
      excludeHs: list(v['exclude-hs']),
      from: v.from,
      to: v.to,
      frequency: v.annual ? 'year' : 'month',
      subject: subjectOf(v),
      def: v.def,
      classification: v.classification,
    });
    out(v.json ? JSON.stringify(series) : seriesTable(series));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`tidemark: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ApiError) {
      if (args.values.json) out(JSON.stringify({ error: err.info }));
      process.stderr.write(`tidemark: ${err.info.message}\n`);
      return err.info.code === 'bad_input' ? 2 : 1;
    }
    throw err;
  } finally {
    core.close();
  }
}
