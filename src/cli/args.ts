import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage:
  tidemark import <file...> --db PATH [--json]
  tidemark series --db PATH [--reporter ISO3] [--partner ISO3] [--flow import|export|total]
                  [--hs CODE...] [--exclude-hs CODE...] [--from P] [--to P] [--annual] [--json]
  tidemark export --db PATH --out FILE.csv`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  reporter: { type: 'string' },
  partner: { type: 'string' },
  flow: { type: 'string' },
  hs: { type: 'string', multiple: true },
  'exclude-hs': { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  annual: { type: 'boolean', default: false },
  out: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

export type Parsed = { command: string; files: string[]; db: string; values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'] };

/** `--hs 27 --hs 2716` and `--hs 27,2716` both work. */
export function list(v: string[] | undefined): string[] {
  return (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

export function parse(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || !command) throw new UsageError('');
  if (!['import', 'series', 'export'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (!parsed.values.db) throw new UsageError('--db PATH is required: the SQLite database to use (created if missing).');
  if (command === 'import' && files.length === 0) throw new UsageError('import needs at least one file.');
  if (command === 'export' && !parsed.values.out) throw new UsageError('export needs --out FILE.csv.');
  return { command, files, db: parsed.values.db, values: parsed.values };
}
