import { z } from 'zod';
import { CodePrefix, Currency, FlowOrTotal, Iso3, Period, SeriesPoint, SeriesQuery } from './domain';

/** Whose report a series is told from: the reporter's own, or the partner's (mirror). */
export const Subject = z.enum(['reporter', 'partner']);
export type Subject = z.infer<typeof Subject>;
export const DefName = z.string().regex(/^[\w .\-()]{1,80}$/u, 'a name of letters, digits, spaces, . - ( )');

/** Converts `currency` into the series' currency at `rate` (per unit), for one period or all. */
export const RateEntry = z.object({ currency: Currency, period: Period.optional(), rate: z.number().positive() });

export const AnalysisSeriesQuery = SeriesQuery.extend({
  /** With subject "partner", `flow` is the partner's flow: its exports are the reporter's imports. */
  subject: Subject.default('reporter'),
  def: DefName.optional(),
  currency: Currency.optional(),
  rates: z.array(RateEntry).max(5000).default([]),
});
export type AnalysisSeriesQuery = z.input<typeof AnalysisSeriesQuery>;

export const ChangeReasons = z.object({ mom: z.string().optional(), yoy: z.string().optional(), ytd: z.string().optional(), ytdYoy: z.string().optional() });
export const AnalysisPoint = SeriesPoint.extend({
  /** reported: rows held; zero: the reporter covers the month but has no matching rows; combined: a multi-month release. */
  status: z.enum(['reported', 'zero', 'combined']).default('reported'),
  months: z.number().int().default(1),
  reasons: ChangeReasons.default({}),
});
export type AnalysisPoint = z.infer<typeof AnalysisPoint>;

export const AnalysisSeries = z.object({
  currency: z.string().nullable(),
  points: z.array(AnalysisPoint),
  /** Periods inside the series' span with no value, and why. */
  missing: z.array(z.object({ period: z.string(), reason: z.string() })).default([]),
  label: z.string().default(''),
  source: z.string().default(''),
  footnotes: z.array(z.string()).default([]),
  conversions: z.array(z.string()).default([]),
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
  flow: FlowOrTotal.default('import'),
  subject: Subject.default('reporter'),
  from: Period,
  to: Period.optional(),
  by: z.enum(['code', 'partner', 'regime', 'province']).default('code'),
  level: z.union([z.literal(2), z.literal(4), z.literal(6), z.literal(8)]).default(8),
  hs: z.array(CodePrefix).max(200).default([]),
  excludeHs: z.array(CodePrefix).max(200).default([]),
  def: DefName.optional(),
  top: z.number().int().min(1).max(500).default(20),
  /** The classification the codes are named in (H6, S4 …); by default the one each group's rows hold. */
  classification: z.string().regex(/^[A-Za-z0-9]{1,8}$/, 'a classification such as HS, H6 or S4').optional(),
  /** The language of `description` where a nomenclature holds it; `descriptionEn` is always English. */
  lang: z.enum(['en', 'ko', 'zh']).default('en'),
});
export type BreakdownQuery = z.input<typeof BreakdownQuery>;
export const BreakdownItem = z.object({ key: z.string(), description: z.string(), descriptionEn: z.string(), value: z.number(), share: z.number().nullable(), query: FigureQuery });
export const Breakdown = z.object({ currency: z.string().nullable(), total: z.number(), items: z.array(BreakdownItem), other: z.object({ count: z.number().int(), value: z.number(), share: z.number().nullable() }) });
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
export const WatchReportQuery = z.object({ reporter: Iso3.optional(), from: Period.optional(), to: Period.optional() });
export const WatchHit = z.object({ period: z.string(), reporter: z.string(), flow: z.string(), code: z.string(), currency: z.string(), value: z.number(), entries: z.array(z.string()), query: FigureQuery });
export const WatchReport = z.object({ hits: z.array(WatchHit) });
export type WatchReport = z.infer<typeof WatchReport>;

export const ReconcileQuery = z.object({ reporter: Iso3, partner: Iso3, flow: z.enum(['import', 'export']).default('export'), frequency: z.enum(['month', 'year']).default('year'), from: Period.optional(), to: Period.optional() });
export const Reconciliation = z.object({
  reporterLabel: z.string(),
  mirrorLabel: z.string(),
  note: z.string(),
  rows: z.array(z.object({ period: z.string(), currency: z.string(), reported: z.number().nullable(), mirror: z.number().nullable(), gap: z.number().nullable(), ratio: z.number().nullable() })),
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
  def: DefName.optional(),
  lang: z.enum(['en', 'ko']).default('en'),
  items: z.number().int().min(1).max(20).default(3),
});
export type BriefQuery = z.input<typeof BriefQuery>;
const WithQuery = { query: FigureQuery };
export const Brief = z.object({
  text: z.string(),
  currency: z.string().nullable(),
  footnotes: z.array(z.string()),
  figures: z.object({
    value: z.number().nullable(),
    label: z.string(),
    definition: z.string(),
    query: FigureQuery,
    excluded: z.array(z.object({ code: z.string(), description: z.string(), value: z.number(), ...WithQuery })),
    items: z.array(z.object({ code: z.string(), description: z.string(), value: z.number(), share: z.number().nullable(), ...WithQuery })),
    ytd: z.number().nullable(),
    ytdYoy: z.number().nullable(),
    ytdQuery: FigureQuery,
    counterFlow: z.object({ value: z.number().nullable(), mom: z.number().nullable(), label: z.string(), ...WithQuery }),
    total: z.object({ value: z.number().nullable(), mom: z.number().nullable(), label: z.string(), ...WithQuery }),
    record: z.object({ kind: z.enum(['lowest', 'highest']), since: z.string().nullable(), sinceStart: z.boolean(), ...WithQuery }).nullable(),
  }),
});
export type Brief = z.infer<typeof Brief>;
