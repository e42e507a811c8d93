import type { AnalysisSeries } from '../shared/analysis-types';
import type { Batch, BatchScope, FileReport, ImportProgress } from '../shared/domain';
import { periodIn } from '../core/analysis/records';
import { say } from '../core/messages';

/**
 * "1,124,666.5": digits grouped in threes, at most three decimals. Written out rather than through
 * toLocaleString, whose first call loads ICU's number data (about 25 ms of every command's start).
 */
export function num(x: number | null): string {
  if (x === null) return '';
  const [whole, fraction = ''] = Math.abs(x).toFixed(3).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const text = `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals ? `.${decimals}` : ''}`;
  return x < 0 && text !== '0' ? `-${text}` : text;
}

export const pct = (x: number | null): string => (x === null ? '' : `${(x * 100).toFixed(1)}%`);

/** Columns a cell takes in a terminal: Hangul and CJK characters take two ("합계" is as wide as "total"). */
export function cellWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}
export const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - cellWidth(text)));
export const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - cellWidth(text))) + text;

/** Columns padded to their widest cell as a terminal shows it: the first left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(cellWidth(h), ...rows.map((r) => cellWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1
          ? padEnd(c, i === cells.length - 1 ? 0 : widths[i]!)
          : padStart(c, widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

export function importTable(files: FileReport[]): string {
  return table(
    ['file', 'status', 'format', 'read', 'imported', 'rejected', 'skipped', 'note'],
    files.map((f) => [
      f.file,
      f.status,
      f.format ?? '',
      String(f.rowsRead),
      String(f.rowsImported),
      String(f.rowsRejected),
      String(f.rowsSkipped),
      f.error?.message ?? '',
    ]),
  );
}

/**
 * The series as a table, then what qualifies it: periods marked incomplete (and why), footnotes,
 * and why a period no file covers is "not covered" (never 0). An empty series says why it is empty.
 */
export function seriesTable(s: AnalysisSeries, lang: 'en' | 'ko' = 'en'): string {
  if (s.points.length === 0 && (s.emptyReason || s.missing.length === 0)) {
    // The reason is one period's (the commonest, else the last): where the periods shown lack for their own
    // reasons, each is said, for the periods it holds for ("October, November and December 2023"), not only December's.
    const own = s.emptyReason !== undefined && s.missing.some((m) => m.reason === s.emptyReason);
    return own ? coverageNotes(s.missing, lang).join('\n') : (s.emptyReason ?? 'No data for this series.');
  }
  const note = (p: AnalysisSeries['points'][number]) =>
    p.incomplete
      ? say(lang, 'cli.seriesIncomplete')
      : p.status === 'combined'
        ? say(lang, 'cli.seriesCombined', { count: p.months })
        : '';
  // A year has no month before it, and its year to date is itself: an annual series prints neither.
  const annual = isAnnual(s);
  const rows = [
    ...s.points.map((p) =>
      annual
        ? [p.period, num(p.value), pct(p.yoy), note(p)]
        : [p.period, num(p.value), pct(p.mom), pct(p.yoy), num(p.ytd), pct(p.ytdYoy), note(p)],
    ),
    ...s.missing.map((m) => [m.period, say(lang, 'cli.notCovered'), ...(annual ? ['', ''] : ['', '', '', '', ''])]),
  ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const notes = [
    ...s.points.filter((p) => p.incomplete).map((p) => `${p.period}: ${p.incomplete}`),
    ...s.footnotes,
    ...s.conversions,
    ...coverageNotes(s.missing, lang),
  ];
  return [
    say(lang, 'cli.seriesHead', { label: s.label || 'none', source: s.source || 'none', currency: s.currency ?? '-' }),
    table(say(lang, annual ? 'cli.seriesColumnsAnnual' : 'cli.seriesColumns').split('|'), rows),
    ...(notes.length ? ['', ...notes.map((n) => `* ${n}`)] : []),
  ].join('\n');
}

/** Whether a series is of years: every period it shows or lacks is a year. */
export const isAnnual = (s: AnalysisSeries): boolean =>
  [...s.points, ...s.missing].length > 0 && [...s.points, ...s.missing].every((p) => /^\d{4}$/.test(p.period));

/**
 * A series as `--json` prints it: an annual one's points carry no month-on-month change and no year to
 * date (nor their reasons), as its table has no such columns; a monthly one's, every field.
 */
export function seriesJson(s: AnalysisSeries): string {
  if (!isAnnual(s)) return JSON.stringify(s);
  const points = s.points.map(({ mom: _m, ytd: _y, ytdYoy: _yy, reasons, ...p }) => {
    const { mom: _rm, ytd: _ry, ytdYoy: _ryy, ...kept } = reasons;
    return { ...p, reasons: kept };
  });
  return JSON.stringify({ ...s, points });
}

/**
 * Why periods are not covered: each reason once, at most five (--json lists every period's). Reasons that differ
 * only in their period are one, naming the periods: "No file held covers China's exports in 2016, 2017 and 2019",
 * not a line a year and "…and 2 more reasons".
 */
export function coverageNotes(missing: { period?: string; reason: string }[], lang: 'en' | 'ko' = 'en'): string[] {
  const groups = new Map<string, string[]>();
  for (const m of missing) {
    const when = m.period ? periodIn(m.period, lang) : '';
    const at = when ? new RegExp(`(?<![\\w-])${when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'u') : null;
    const template = at?.test(m.reason) ? m.reason.replace(at, '\u0000') : m.reason;
    const whens = groups.get(template) ?? groups.set(template, []).get(template)!;
    if (when && !whens.includes(when)) whens.push(when);
  }
  const reasons = [...groups].map(([template, whens]) =>
    template.includes('\u0000') ? template.replace('\u0000', () => listOf(whens, lang)) : template,
  );
  return [
    ...reasons.slice(0, 5),
    ...(reasons.length > 5 ? [say(lang, 'cli.moreReasons', { count: reasons.length - 5 })] : []),
  ];
}

/** "2016, 2017 and 2019"; past eight, the first eight and how many more. */
function listOf(items: string[], lang: 'en' | 'ko'): string {
  const and = lang === 'ko' ? ', ' : ' and ';
  if (items.length > 8)
    return say(lang, 'list.morePeriods', { items: items.slice(0, 8).join(', '), count: items.length - 8 });
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

const scopeText = (s: BatchScope | null): string => {
  if (!s) return 'no trade rows';
  const span = s.firstPeriod === s.lastPeriod ? (s.firstPeriod ?? '') : `${s.firstPeriod}..${s.lastPeriod}`;
  const listed = (n: number, what: string, shown: string[]) =>
    `${n} ${what}${n === 1 ? '' : 's'} listed (${shown.join(' ')}${n > shown.length ? ' …' : ''})`;
  const partners =
    s.partners === 'all'
      ? 'all partners'
      : `${s.partners === 'mixed' ? 'some periods all partners, else ' : ''}${listed(s.partnerCount, 'partner', s.listedPartners)}`;
  const goods =
    s.goods === 'all'
      ? 'all goods'
      : `${s.goods === 'mixed' ? 'some periods all goods, else ' : ''}${listed(s.codeCount, 'code', s.listedCodes)}`;
  return `${s.reporters.join(' ')} ${s.flows.join('+')} ${span} ${s.classifications.join('/')}; ${partners}; ${goods}${s.inferred ? ' [inferred]' : ''}`;
};

/**
 * `tidemark batches`: each import with its file, rows and what it covers. In a database, the rows each
 * import stored; in a Parquet dataset, the rows of each file it holds, which are those current when it was
 * exported: a dataset keeps no count of the rows a file imported (26 of the sample, 2 of them restated by a
 * later file, were 24 in its export under the same "rows").
 */
export function batchesTable(batches: Batch[], dataset = false): string {
  if (batches.length === 0) return 'No imports yet.';
  const rows = table(
    ['file', 'batch', 'status', dataset ? 'exported' : 'rows', 'scope'],
    batches.map((b) => [b.fileName, String(b.id), b.status, num(b.rowsImported), scopeText(b.scope)]),
  );
  return dataset
    ? `${rows}

* exported: each file's rows in this dataset, those current when it was exported. Rows a later file restated, or deleted in Tidemark, were left out, so a file can hold fewer here than it imported.`
    : rows;
}

/** A one-line bar redrawn in place; only used when stderr is a terminal. */
export function progressBar(p: ImportProgress): string {
  const width = 30;
  const filled = Math.round((p.percent / 100) * width);
  return `\r${p.file.slice(0, 30).padEnd(30)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.percent.toFixed(0).padStart(3)}%  ${num(p.rows)} rows${p.etaSeconds !== null && !p.done ? `, ${Math.ceil(p.etaSeconds)} s left` : ''}`;
}
