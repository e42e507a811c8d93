import * as z from 'zod';
import { CodePrefix, Currency, FlowOrTotal, Iso3, ReadFlow, Period, SeriesPoint, SeriesQuery } from './domain';

/** Whose report a series is told from: the reporter's own, or the partner's (mirror). */
export const Subject = z.enum(['reporter', 'partner']);
export type Subject = z.infer<typeof Subject>;
export const DefName = z.string().regex(/^[\w .\-()]{1,80}$/u, 'a name of letters, digits, spaces, . - ( )');

/** Converts `currency` into the series' currency at `rate` (per unit), for one period or all. */
export const RateEntry = z.object({ currency: Currency, period: Period.optional(), rate: z.number().positive() });

/** A classification or family (HS, H5, SITC, S4, BEC): figures are read in its family. */
export const ClassificationName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,9}$/, 'a classification such as HS, H5, SITC or S4');

export const AnalysisSeriesQuery = SeriesQuery.extend({
  /** With subject "partner", `flow` is the partner's flow: its exports are the reporter's imports. */
  subject: Subject.default('reporter'),
  /**
   * The classification the commodity codes (hs, excludeHs) belong to; HS by default. Without codes, a
   * period is read in HS where it is held so, else in the one classification it is held in.
   */
  classification: ClassificationName.optional(),
  def: DefName.optional(),
  currency: Currency.optional(),
  rates: z.array(RateEntry).max(5000).default([]),
  /** The language of the label, source, footnotes and reasons periods are missing (the UI names series itself). */
  lang: z.enum(['en', 'ko']).default('en'),
});
export type AnalysisSeriesQuery = z.input<typeof AnalysisSeriesQuery>;

export const ChangeReasons = z.object({
  mom: z.string().optional(),
  yoy: z.string().optional(),
  ytd: z.string().optional(),
  ytdYoy: z.string().optional(),
});
export const AnalysisPoint = SeriesPoint.extend({
  /** reported: rows held; zero: the reporter covers the month but has no matching rows; combined: a multi-month release. */
  status: z.enum(['reported', 'zero', 'combined']).default('reported'),
  months: z.number().int().default(1),
  reasons: ChangeReasons.default({}),
  /** Why this figure may be less than the whole period: months not held (an annual sum), or rows of its file that could not be read. */
  incomplete: z.string().optional(),
  /** A year summed from fewer than its 12 months: how many are held. Not the year's figure (a brief never states it as one). */
  monthsHeld: z.number().int().optional(),
  /**
   * A year's figure that no file states as one: 'months', the sum of its months held (its rows are
   * those months'); 'both', total trade of one flow's stated year and the other flow's months.
   */
  madeOf: z.enum(['months', 'both']).optional(),
});
export type AnalysisPoint = z.infer<typeof AnalysisPoint>;

export const AnalysisSeries = z.object({
  currency: z.string().nullable(),
  points: z.array(AnalysisPoint),
  /** Periods inside the series' span with no value, and why: not covered by any file held, a combined release, a code not listed separately. Never zero. */
  missing: z.array(z.object({ period: z.string(), reason: z.string() })).default([]),
  /** The classification family each figure is read in (HS unless only another is held). */
  classification: z.string().nullable().default(null),
  label: z.string().default(''),
  source: z.string().default(''),
  /** What the files its figures were read from are (figure-source.ts): the source line names them. None: the reporter's customs. */
  sources: z.array(z.enum(['customs', 'comtrade'])).default([]),
  footnotes: z.array(z.string()).default([]),
  conversions: z.array(z.string()).default([]),
  /** The other currencies the reporter's files hold these figures in: the same trade, never added (read in `currency`). */
  otherCurrencies: z.array(z.string()).default([]),
  /** When there are no points: why (no file covers it, only annual figures are held, only totals…). */
  emptyReason: z.string().optional(),
  /** A monthly series with no points whose files hold annual figures: those years (the ones `emptyReason` names). */
  annualYears: z.array(z.string()).optional(),
});
export type AnalysisSeries = z.infer<typeof AnalysisSeries>;

/** How to reopen a figure: the series query and the grid filters that list its rows. */
export const FigureQuery = z.object({
  series: z.record(z.string(), z.unknown()),
  period: z.string(),
  records: z.record(z.string(), z.object({ op: z.enum(['equals', 'contains', 'startsWith']), value: z.string() })),
});
export type FigureQuery = z.infer<typeof FigureQuery>;

export const BreakdownQuery = z.object({
  reporter: Iso3.optional(),
  partner: Iso3.optional(),
  flow: ReadFlow.default('import'),
  subject: Subject.default('reporter'),
  from: Period,
  to: Period.optional(),
  by: z.enum(['code', 'partner', 'regime', 'province']).default('code'),
  /** The code length items are grouped at: HS 2, 4, 6, 8; SITC 1 to 5. */
  level: z.number().int().min(1).max(10).default(8),
  hs: z.array(CodePrefix).max(200).default([]),
  excludeHs: z.array(CodePrefix).max(200).default([]),
  classification: ClassificationName.optional(),
  def: DefName.optional(),
  top: z.number().int().min(1).max(500).default(20),
  /** The currency to read the figures in where the reporter's files hold more than one (never added together). */
  currency: Currency.optional(),
  /** The language of `description` where a nomenclature holds it; `descriptionEn` is always English. */
  lang: z.enum(['en', 'ko', 'zh']).default('en'),
});
export type BreakdownQuery = z.input<typeof BreakdownQuery>;
export const BreakdownItem = z.object({
  key: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  /**
   * Where `description` is not the code's own name but a wider code's (China's 12019019 has none in the
   * nomenclatures; HS 120190 above it has): that code, which every reader says ("part of HS 120190").
   */
  partOf: z.string().nullable(),
  /** The same for `descriptionEn`. */
  partOfEn: z.string().nullable(),
  /** The file's own description of the code where a wider code's name stands for it: what the source said. */
  source: z.string().nullable(),
  value: z.number(),
  share: z.number().nullable(),
  query: FigureQuery,
});
export const Breakdown = z.object({
  currency: z.string().nullable(),
  /** The denominator: the reported total where one is held, else the sum of its parts; null where no file covers it. */
  total: z.number().nullable(),
  items: z.array(BreakdownItem),
  other: z.object({ count: z.number().int(), value: z.number(), share: z.number().nullable() }),
  /** What the reported total holds beyond the items listed (confidential or unallocated trade); null where nothing. */
  unallocated: z.object({ value: z.number(), share: z.number().nullable(), note: z.string() }).nullable().default(null),
  /** Why the total (and so every share) is not known: the files held do not cover it. */
  notCovered: z.string().nullable().default(null),
  /** The classification family the codes are read in. */
  classification: z.string().nullable().default(null),
  footnotes: z.array(z.string()).default([]),
  /** What the figures are when they are not what was asked for as such: a year summed from the months held. */
  note: z.string().optional(),
  /** Whose figures these are, from the files the listed figures were read from: "according to UN Comtrade (China as reporter)". */
  source: z.string().default(''),
  /** Those files' names, in the order they were imported. */
  files: z.array(z.string()).default([]),
});
export type Breakdown = z.infer<typeof Breakdown>;

export const Definition = z.object({
  name: DefName,
  label: z.string().max(200).default(''),
  reporter: Iso3.nullable().default(null),
  partner: Iso3.nullable().default(null),
  flow: FlowOrTotal.default('import'),
  subject: Subject.default('reporter'),
  hs: z.array(CodePrefix).max(200).default([]),
  excludeHs: z.array(CodePrefix).max(200).default([]),
  note: z.string().max(2000).default(''),
  /** The classification its codes are in (S4 32 is coal, HS 32 tanning extracts); HS, as definitions were read before it was kept. */
  classification: ClassificationName.default('HS'),
  /** The currency its figures are read in where the files hold more than one; null leaves it to the series. */
  currency: Currency.nullable().default(null),
});
export type Definition = z.infer<typeof Definition>;

export const RecordQuery = z.object({
  ...AnalysisSeriesQuery.shape,
  period: Period,
  kind: z.enum(['lowest', 'highest', 'auto']).default('auto'),
});
export const RecordResult = z.object({
  period: z.string(),
  value: z.number().nullable(),
  kind: z.enum(['lowest', 'highest']),
  /** The last earlier period at or beyond this value, or the first period held when there is none. */
  since: z.string().nullable(),
  sinceStart: z.boolean(),
  first: z.string().nullable(),
  missingBetween: z.number().int(),
  text: z.string(),
});
export type RecordResult = z.infer<typeof RecordResult>;

export const WatchDirection = z.enum(['export_from_prk', 'import_to_prk']);
export const WatchEntry = z.object({
  id: z.number().int().optional(),
  code: CodePrefix,
  description: z.string().max(500),
  resolution: z.string().min(1).max(100),
  paragraph: z.string().min(1).max(50),
  direction: WatchDirection,
  inForce: Period,
  note: z.string().max(2000).default(''),
  source: z.enum(['unsc', 'user']).default('user'),
});
export type WatchEntry = z.infer<typeof WatchEntry>;
export const WatchReportQuery = z.object({
  reporter: Iso3.optional(),
  from: Period.optional(),
  to: Period.optional(),
  /** Where a partner's trade in a code is held in more than one currency, the one its hit is read in. */
  currency: Currency.optional(),
  /** The language of the reasons a period is not covered. */
  lang: z.enum(['en', 'ko']).default('en'),
});
export const WatchHit = z.object({
  period: z.string(),
  reporter: z.string(),
  flow: z.string(),
  code: z.string(),
  currency: z.string(),
  value: z.number(),
  entries: z.array(z.string()),
  query: FigureQuery,
});
export const WatchReport = z.object({
  hits: z.array(WatchHit),
  /** Months of the range no file held covers (the reporter's trade with North Korea): no hit there is not no trade. */
  notCovered: z.array(z.object({ period: z.string(), reason: z.string() })).default([]),
});
export type WatchReport = z.infer<typeof WatchReport>;

export const ReconcileQuery = z.object({
  reporter: Iso3,
  partner: Iso3,
  flow: z.enum(['import', 'export']).default('export'),
  frequency: z.enum(['month', 'year']).default('year'),
  from: Period.optional(),
  to: Period.optional(),
});
export const Reconciliation = z.object({
  reporterLabel: z.string(),
  mirrorLabel: z.string(),
  note: z.string(),
  rows: z.array(
    z.object({
      period: z.string(),
      currency: z.string(),
      reported: z.number().nullable(),
      mirror: z.number().nullable(),
      gap: z.number().nullable(),
      ratio: z.number().nullable(),
      /** Why a side is null: no file held covers it. */
      reasons: z.object({ reported: z.string().optional(), mirror: z.string().optional() }).default({}),
    }),
  ),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const BriefQuery = z.object({
  reporter: Iso3,
  partner: Iso3,
  period: Period,
  /** The headline flow from the subject's side; a brief leads with the subject's exports. */
  flow: z.enum(['import', 'export']).default('export'),
  subject: Subject.default('reporter'),
  excludeHs: z.array(CodePrefix).max(200).default([]),
  /**
   * `excludeHs` is the pair's reporting convention (HS 2716 for China and North Korea), not the reader's
   * choice: a code the month's files do not list separately is then included, and the brief says so,
   * rather than no brief at all.
   */
  conventional: z.boolean().default(false),
  def: DefName.optional(),
  /** The currency to read the figures in where the pair's files hold more than one (never added together). */
  currency: Currency.optional(),
  lang: z.enum(['en', 'ko']).default('en'),
  items: z.number().int().min(1).max(20).default(3),
});
export type BriefQuery = z.input<typeof BriefQuery>;
const WithQuery = { query: FigureQuery };
export const Brief = z.object({
  text: z.string(),
  currency: z.string().nullable(),
  /** The other currencies the pair's files hold its headline in: the same trade, not added; `currency` may ask for one. */
  otherCurrencies: z.array(z.string()).default([]),
  footnotes: z.array(z.string()),
  /** Every number in `text`, in order, with the figure it states: each opens the rows behind it, in any language. */
  links: z.array(z.object({ text: z.string(), label: z.string(), query: FigureQuery })).default([]),
  /** Why there is no brief: the headline figure is not covered by the files held (never written as zero). */
  notCovered: z.string().nullable().default(null),
  /** Codes of a conventional exclusion the month's files do not list separately: included, and footnoted. */
  unexcluded: z.array(z.string()).default([]),
  figures: z.object({
    value: z.number().nullable(),
    /** The headline's change on the month before; null where either month is not covered (or the base is zero). */
    mom: z.number().nullable().default(null),
    label: z.string(),
    definition: z.string(),
    query: FigureQuery,
    excluded: z.array(
      z.object({ code: z.string(), description: z.string(), value: z.number().nullable(), ...WithQuery }),
    ),
    items: z.array(
      z.object({
        code: z.string(),
        description: z.string(),
        value: z.number(),
        share: z.number().nullable(),
        ...WithQuery,
      }),
    ),
    /** The year to date on the articles' basis: all goods. */
    ytd: z.number().nullable(),
    ytdYoy: z.number().nullable(),
    /** The year to date on the definition's basis (e.g. excluding HS 2716); the same as ytd for all goods. */
    ytdDefinition: z.number().nullable(),
    ytdDefinitionYoy: z.number().nullable(),
    ytdQuery: FigureQuery,
    ytdDefinitionQuery: FigureQuery,
    counterFlow: z.object({
      value: z.number().nullable(),
      mom: z.number().nullable(),
      label: z.string(),
      ...WithQuery,
    }),
    total: z.object({ value: z.number().nullable(), mom: z.number().nullable(), label: z.string(), ...WithQuery }),
    record: z
      .object({
        kind: z.enum(['lowest', 'highest']),
        since: z.string().nullable(),
        sinceStart: z.boolean(),
        ...WithQuery,
      })
      .nullable(),
  }),
});
export type Brief = z.infer<typeof Brief>;
