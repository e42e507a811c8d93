// What each `tidemark` command takes: the parser accepts exactly these flags per command, and the
// help prints them, so no flag exists that the help does not document. Plain data: `--help` loads
// nothing else.

/** Every flag any command takes; `value` names a flag's argument, absent for a switch. */
export const FLAGS = {
  db: { value: 'PATH' },
  json: {},
  help: {},
  reporter: { value: 'ISO3' },
  partner: { value: 'ISO3' },
  flow: { value: 'FLOW' },
  hs: { value: 'CODE', multiple: true },
  'exclude-hs': { value: 'CODE', multiple: true },
  def: { value: 'NAME' },
  subject: { value: 'reporter|partner' },
  from: { value: 'P' },
  to: { value: 'P' },
  annual: {},
  period: { value: 'P' },
  out: { value: 'FILE.csv' },
  currency: { value: 'XXX' },
  scale: { value: 'N' },
  encoding: { value: 'E' },
  map: { value: 'SPEC', multiple: true },
  sheet: { value: 'NAME', multiple: true },
  replace: {},
  goods: { value: 'all|listed' },
  partners: { value: 'all|listed' },
  classification: { value: 'HS|H6|S4|…' },
  lang: { value: 'en|ko' },
  level: { value: 'N' },
  by: { value: 'code|partner|regime|province' },
  top: { value: 'N' },
  list: {},
  batch: { value: 'N' },
  import: { value: 'FILE.json' },
  label: { value: 'TEXT' },
  delete: {},
  parquet: { value: 'DIR' },
} as const satisfies Record<string, { value?: string; multiple?: boolean }>;
export type FlagName = keyof typeof FLAGS;

export type CommandSpec = {
  summary: string;
  /** Positional arguments, as shown in the usage line. */
  args?: string;
  /** Flag → what it does for this command. Every command also takes --db, --json and --help. */
  flags: Partial<Record<FlagName, string>>;
  required?: FlagName[];
  /** The values a flag takes for this command, where they differ from the usual ones (top --lang zh). */
  choices?: Partial<Record<FlagName, string[]>>;
  examples: string[];
  notes?: string[];
};

const DB = 'trade.sqlite';
const FLOW_SERIES =
  "import, export, total (imports and exports), re-export or re-import, from the subject's side (default total); Korean words too: 수입, 수출, 총교역, 재수출, 재수입";
const FLOW_TOP =
  "import (default), export, total, re-export or re-import, from the subject's side; Korean words too: 수입, 수출, 총교역, 재수출, 재수입";
const HS = 'only codes starting with CODE; repeat it or separate codes with commas';
const CURRENCY =
  'the currency to read the figures in where the files hold them in more than one (China customs publish yuan and dollars): never added together; default, of those holding the latest period, the one held for the most periods, USD on a tie';
const EXCLUDE = 'leave out codes starting with CODE (e.g. 2716, electricity); repeatable';
const SUBJECT =
  "whose side the figures are told from: partner tells the partner's story from the reporter's records (mirror)";
const DEF =
  'a named definition (tidemark definitions) that fills the reporter, partner, flow and codes, read in its classification (and currency, where it names one)';
const CLASSIFICATION =
  'the classification the codes belong to: HS (default), an HS edition H0 to H6, SITC S1 to S4, BEC…';
/** What --reporter and --partner take, said once wherever a command takes them. */
const AREAS =
  "A reporter or partner is a country's ISO 3166 alpha-3 code (CHN) or an area's: WLD, SCG, C490 (Comtrade's Other Asia, nes), G199 (China customs' other Asia); a partner in no list keeps its own text: '?Atlantis'.";

export const COMMANDS: Record<string, CommandSpec> = {
  import: {
    summary: 'Import files: China customs, UN Comtrade, Tidemark CSV, or any table with --map.',
    args: '<file...>',
    flags: {
      flow: "import or export, for a file that doesn't say (China customs downloads); re-export or re-import with --map",
      reporter: "the reporting country, for a file that doesn't say (e.g. CHN)",
      partner: "the partner country, for a file that doesn't say (e.g. PRK)",
      currency: "the currency of the values, for a file that doesn't say (e.g. USD)",
      scale: 'multiply every value by N, for tables in thousands (--scale 1000) or 10,000s (--scale 10000)',
      period: 'the month (YYYY-MM) or year (YYYY) of a file without a date column',
      encoding: 'the text encoding, when detection is wrong: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030',
      map: "map any other table's columns: 'Column=field' (with :text, :number or :date), or field=constant for what the table does not hold (code=TOTAL, partner=WLD, flow=import); repeatable",
      sheet: 'import only this sheet of a workbook; repeatable',
      replace:
        'the file is already held: revert that import and import it again, in one step (with other options, or with the same ones to read it as this version does)',
      goods:
        'all: the file holds every good traded (for its partners), though it has no TOTAL row; listed (default): only the codes it lists',
      partners:
        'all: the file holds every partner, though it has no World row; listed (default): only the partners it lists',
      classification: "the classification of a mapped file's codes when no column says it (HS by default)",
    },
    examples: [
      `tidemark import resources/sample/nk-china-published.csv --db ${DB}`,
      `tidemark import 2024in.csv --flow import --db ${DB}`,
      `tidemark import summary.xlsx --sheet 全国 --map '时间=period,进口_当月=value' --map code=TOTAL --map partner=WLD --map flow=import --reporter CHN --currency CNY --scale 10000 --db ${DB}`,
    ],
    notes: [
      'Exit 0 when every file was imported or is a duplicate, 1 when any failed (the others still import), 2 on a usage error, 130 when cancelled.',
      'A missing piece the file does not say (its flow, reporter, currency…) is a usage error naming its flag.',
      'A file covers only what it lists unless it has a TOTAL (all goods) or World (all partners) row: other figures are "not covered", never 0. A warning on stderr says so; --goods all / --partners all say the file holds everything.',
    ],
  },
  batches: {
    summary: 'Each import with its file, rows and scope: the reporters, flows, periods, partners and goods it covers.',
    flags: {},
    examples: [`tidemark batches --db ${DB}`, `tidemark batches --db ${DB} --json`],
  },
  series: {
    summary: 'A monthly series of one flow with its MoM, YoY and YTD changes, or an annual one with its YoY.',
    flags: {
      reporter: 'the reporting country (e.g. CHN)',
      partner: 'the partner country (e.g. PRK); without it, all partners',
      flow: FLOW_SERIES,
      hs: HS,
      'exclude-hs': EXCLUDE,
      classification: CLASSIFICATION,
      currency: CURRENCY,
      def: DEF,
      subject: SUBJECT,
      from: 'the first period shown: a month (2020-01) or a year (2010, which makes the series annual)',
      to: 'the last period shown, like --from',
      annual:
        'an annual series: a reported annual figure where one is held, else the sum of 12 months; years with fewer months are marked incomplete; no MoM or YTD (nor mom, ytd, ytdYoy in --json)',
      lang: 'the language of the footnotes and of why a figure is missing: en (default) or ko',
    },
    examples: [
      `tidemark series --db ${DB} --reporter CHN --partner PRK --flow import --json`,
      `tidemark series --db ${DB} --reporter CHN --partner PRK --flow export --subject partner --exclude-hs 2716 --from 2020-01`,
      `tidemark series --db ${DB} --reporter CHN --partner PRK --flow total --from 2018 --to 2021`,
    ],
  },
  brief: {
    summary: 'A news-style brief for one month or one year; --json gives every figure its query.',
    flags: {
      reporter: 'the reporting country (e.g. CHN)',
      partner: 'the partner country (e.g. PRK)',
      period:
        'the month of the brief (YYYY-MM), or a year (YYYY): a year reported as such, or its 12 months summed; a year short of months is not covered',
      flow: "the headline flow from the subject's side: export (default) or import",
      'exclude-hs':
        "leave out codes starting with CODE; repeatable. Without it, the pair's convention, as in the app: HS 2716 (electricity) for China and North Korea, nothing for other pairs; none leaves nothing out",
      def: DEF,
      currency: CURRENCY,
      subject: `${SUBJECT}; default partner, as in the app's brief`,
      lang: 'en (default) or ko',
    },
    required: ['reporter', 'partner', 'period'],
    examples: [
      `tidemark brief --db ${DB} --reporter CHN --partner PRK --period 2020-11 --subject partner`,
      `tidemark brief --db ${DB} --reporter CHN --partner PRK --period 2020-11 --subject partner --exclude-hs none`,
    ],
  },
  top: {
    summary: 'The top commodities, partners, regimes or provinces of a period, with shares.',
    flags: {
      period: 'one month (2020-11) or year (2024); a year held only as months sums the months held and says how many',
      from: 'instead of --period: the first period of a span',
      to: 'with --from: the last period of the span',
      reporter: 'the reporting country (e.g. CHN)',
      partner: 'the partner country (e.g. PRK)',
      flow: FLOW_TOP,
      subject: SUBJECT,
      level: 'the code length to group codes by, 1 to 10: HS 2, 4, 6 or 8 (default); SITC 1 to 5',
      by: 'what to rank: code (default), partner, regime or province',
      top: 'how many to list (1 to 500, default 20)',
      hs: HS,
      'exclude-hs': EXCLUDE,
      classification: CLASSIFICATION,
      currency: CURRENCY,
      lang: "the language of the codes' names: en (default), ko or zh",
      def: DEF,
    },
    choices: { lang: ['en', 'ko', 'zh'] },
    notes: [
      'Each code is named from its own classification; the reported total wins over the sum of its parts, and the gap is listed as "unallocated".',
    ],
    examples: [
      `tidemark top --db ${DB} --reporter CHN --partner PRK --flow import --period 2020-11 --level 4`,
      `tidemark top --db sitc.sqlite --period 2020 --classification S4 --level 2 --lang ko`,
    ],
  },
  watchlist: {
    summary: 'Flows in codes the UN Security Council bans or caps; --list prints the codes.',
    flags: {
      reporter: 'only this reporter (e.g. CHN)',
      from: 'the first period: a month (2020-01), or a year (2018), which reads the annual figures',
      to: 'the last period, like --from',
      period: 'one period (the same as --from P --to P)',
      currency:
        "where a partner's trade in a code is held in more than one currency (China customs publish yuan and dollars), the one its hit is listed in: one hit, never two; default the one held for the most months, USD on a tie",
      list: 'print the watched codes and their resolutions instead',
      lang: 'the language of why a period is not covered: en (default) or ko',
    },
    examples: [`tidemark watchlist --db ${DB} --reporter CHN`, `tidemark watchlist --db ${DB} --list`],
  },
  revisions: {
    summary: 'Figures a later release restated with a different value, old beside new.',
    flags: { batch: 'only the revisions made by import batch N' },
    examples: [`tidemark revisions --db ${DB}`],
  },
  rejects: {
    summary: 'Rows an import could not read: file, line, reason and the cells as written.',
    flags: { batch: 'only the rows of import batch N (its number is in `tidemark batches`)' },
    examples: [`tidemark rejects --db ${DB}`, `tidemark rejects --db ${DB} --batch 3 --json`],
  },
  revert: {
    summary: 'Revert an import: its rows leave every figure; tidemark undo brings them back.',
    flags: { batch: 'the import batch to revert (its number is in `tidemark batches` and `tidemark import --json`)' },
    required: ['batch'],
    examples: [`tidemark revert --db ${DB} --batch 3`],
  },
  undo: {
    summary: 'Undo the last change: an edit, a delete, a restore or a revert.',
    flags: {},
    examples: [`tidemark undo --db ${DB}`],
  },
  redo: {
    summary: 'Redo the change the last undo took back.',
    flags: {},
    examples: [`tidemark redo --db ${DB}`],
  },
  definitions: {
    summary: 'The named definitions, as a table or as JSON that --import reads back.',
    flags: { import: 'save every definition in FILE.json (written by `tidemark definitions --json`)' },
    examples: [
      `tidemark definitions --db ${DB} --json > defs.json`,
      `tidemark definitions --db other.sqlite --import defs.json`,
    ],
  },
  define: {
    summary: 'Create or replace a named definition; --delete removes it.',
    args: 'NAME',
    flags: {
      reporter: 'the reporting country',
      partner: 'the partner country',
      flow: "import (default), export or total, from the subject's side",
      subject: SUBJECT,
      hs: HS,
      'exclude-hs': EXCLUDE,
      classification:
        'the classification its codes are in: HS (default), H0 to H6, SITC, S1 to S4, BEC, or another the database holds; a series, top or brief with this definition reads them in it',
      currency:
        'the currency its figures are read in where the files hold more than one (default: as the series chooses)',
      label: 'a longer description',
      delete: 'delete the definition called NAME instead',
    },
    examples: [
      `tidemark define "NK exports excl. electricity" --db ${DB} --reporter CHN --partner PRK --flow import --exclude-hs 2716`,
      `tidemark define "China coal (SITC)" --db ${DB} --reporter CHN --flow import --hs 32 --classification S4 --currency USD`,
    ],
  },
  open: {
    summary:
      'Open a Parquet dataset (from tidemark export --parquet) read-only and say what it holds; then give its folder as --db to any reading command.',
    args: 'DIR',
    flags: {
      parquet:
        'the dataset folder (the one holding _tidemark.json); or give DIR as the argument, with or without a bare --parquet',
    },
    examples: [
      'tidemark open --parquet //fileserver/trade-parquet',
      `tidemark series --db trade-parquet --reporter CHN --partner PRK`,
    ],
    notes: [
      'The first open reads the Parquet files through DuckDB into a local copy (in TIDEMARK_CACHE_DIR, else your cache folder); later opens reuse it until the dataset changes.',
      'Series, top, brief, watchlist, batches, revisions and export work on a dataset; import, revert, undo, redo and define refuse, saying why.',
    ],
  },
  compact: {
    summary:
      'Give back the free space inside a database (left by an upgrade, a revert or deletes), saying its size before and after.',
    flags: {},
    examples: [`tidemark compact ${DB}`, `tidemark compact --db ${DB} --json`],
    notes: [
      'It needs free disk space of about twice what the database keeps while it runs, and refuses, saying how much, when the disk has less; stopped or failed midway, the database is as it was.',
      'Give the database as DB or as --db PATH. Other programs may read the database meanwhile; make changes once it has finished.',
    ],
  },
  check: {
    summary: 'Read every page of a database for damage, however large it is.',
    flags: {},
    examples: [`tidemark check ${DB}`, `tidemark check --db ${DB} --json`],
    notes: [
      'Every open reads the whole of a database up to 64 MB; a larger one has its records read only at their edges, and a page damaged in between is found by the first command that reads it (which has the next open read the whole file). This reads it all now, at the pace of the disk: a 1 GB database took 6 s when the system held it in memory, 52 s when read from disk.',
      'A damaged database is moved aside with its journal files and its newest backup named, as at any open; a sound one is left as it is.',
      'Give the database as DB or as --db PATH.',
    ],
  },
  export: {
    summary: "Every current record as Tidemark's canonical CSV, which imports back the same, or as a Parquet dataset.",
    flags: {
      out: 'the CSV file to write',
      parquet:
        'write a Hive-partitioned Parquet dataset (DIR/reporter=XXX/year=YYYY/part-N.parquet, with _tidemark.json) into DIR, which must be new or empty',
    },
    examples: [`tidemark export --db ${DB} --out trade.csv`, `tidemark export --db ${DB} --parquet trade-parquet`],
    notes: [
      'Give one of --out and --parquet. The Parquet files read unchanged in DuckDB, Spark and Trino: text as UTF-8 strings, value_milli as exact INT64 thousandths of the currency unit.',
    ],
  },
};

const GLOBAL = {
  db: 'the database file, or a Parquet dataset folder (read-only); it must exist, except for import, which creates a file',
  json: 'print JSON on stdout (an error as {"error":{"code","message"}})',
  help: 'print this help (or: tidemark help COMMAND)',
} as const;

const flagLabel = (name: FlagName, c?: CommandSpec): string => {
  const f: { value?: string } = FLAGS[name];
  const value = c?.choices?.[name]?.join('|') ?? f.value;
  return `--${name}${value ? ` ${value}` : ''}`;
};

/** `tidemark help`: the commands, one line each. */
export function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'tidemark: customs trade statistics, worked on offline.',
    '',
    'Usage: tidemark COMMAND --db PATH [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Help for a command: tidemark help series (or tidemark series --help).`,
    '',
    'Every error is one line on stderr, "tidemark: CODE: message"; exit 2 is a usage error, 1 any other failure.',
    'A figure no imported file covers is printed as "not covered", never as 0.',
    '',
    'Example:',
    `  tidemark import resources/sample/nk-china-published.csv --db ${DB}`,
    `  tidemark series --db ${DB} --reporter CHN --partner PRK --flow import`,
  ].join('\n');
}

/** `tidemark help COMMAND`: its usage, every flag it takes, and examples. */
export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  const rows: [string, string][] = [
    ...(Object.entries(c.flags) as [FlagName, string][]).map(([f, text]): [string, string] => [
      flagLabel(f, c),
      `${text}${c.required?.includes(f) ? ' (required)' : ''}`,
    ]),
    ...(Object.entries(GLOBAL) as [FlagName, string][]).map(([f, text]): [string, string] => [
      f === 'help' ? '--help, -h' : flagLabel(f),
      text,
    ]),
  ];
  const width = Math.max(...rows.map(([l]) => l.length));
  return [
    `tidemark ${name}: ${c.summary}`,
    '',
    `Usage: tidemark ${name}${c.args ? ` ${c.args}` : ''} --db PATH${c.required?.map((f) => ` ${flagLabel(f)}`).join('') ?? ''} [options]`,
    '',
    'Options:',
    ...rows.map(([l, text]) => `  ${l.padEnd(width)}  ${text}`),
    ...(c.notes?.length ? ['', ...c.notes] : []),
    ...('reporter' in c.flags || 'partner' in c.flags ? ['', AREAS] : []),
    '',
    c.examples.length > 1 ? 'Examples:' : 'Example:',
    ...c.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** The flags a command accepts. */
export function flagsOf(name: string): Set<FlagName> {
  return new Set<FlagName>(['db', 'json', 'help', ...(Object.keys(COMMANDS[name]?.flags ?? {}) as FlagName[])]);
}
