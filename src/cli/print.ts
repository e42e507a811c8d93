import type { AnalysisSeries } from '../shared/analysis-types';
import type { Batch, BatchScope, FileReport, ImportProgress } from '../shared/domain';

const pct = (x: number | null): string => (x === null ? '' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null): string => (x === null ? '' : x.toLocaleString('en-US', { maximumFractionDigits: 3 }));

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export function importTable(files: FileReport[]): string {
  return table(
    ['file', 'status', 'format', 'read', 'imported', 'rejected', 'skipped', 'note'],
    files.map((f) => [f.file, f.status, f.format ?? '', String(f.rowsRead), String(f.rowsImported), String(f.rowsRejected), String(f.rowsSkipped), f.error?.message ?? '']),
  );
}

/** The series by period; a period no file covers says so (and why, below), never 0. */
export function seriesTable(s: AnalysisSeries): string {
  if (s.points.length === 0 && s.missing.length === 0) return 'No data for this series.';
  const rows = [
    ...s.points.map((p) => [p.period, num(p.value), pct(p.mom), pct(p.yoy), num(p.ytd), pct(p.ytdYoy)]),
    ...s.missing.map((m) => [m.period, 'not covered', '', '', '', '']),
  ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const reasons = [...new Set(s.missing.map((m) => m.reason))];
  const notes = [...s.footnotes, ...reasons.slice(0, 5), ...(reasons.length > 5 ? [`…and ${reasons.length - 5} more reasons (--json lists each).`] : [])];
  return `Currency: ${s.currency ?? '-'}\n` + table(['period', 'value', 'MoM', 'YoY', 'YTD', 'YTD YoY'], rows) + (notes.length ? `\n\n${notes.map((n) => `* ${n}`).join('\n')}` : '');
}

const scopeText = (s: BatchScope | null): string => {
  if (!s) return 'no trade rows';
  const span = s.firstPeriod === s.lastPeriod ? (s.firstPeriod ?? '') : `${s.firstPeriod}..${s.lastPeriod}`;
  const partners = s.partners === 'all' ? 'all partners' : `${s.partners === 'mixed' ? 'some periods all partners, else ' : ''}${s.partnerCount} listed (${s.listedPartners.join(' ')}${s.partnerCount > s.listedPartners.length ? ' …' : ''})`;
  const goods = s.goods === 'all' ? 'all goods' : `${s.goods === 'mixed' ? 'some periods all goods, else ' : ''}${s.codeCount} codes (${s.listedCodes.join(' ')}${s.codeCount > s.listedCodes.length ? ' …' : ''})`;
  return `${s.reporters.join(' ')} ${s.flows.join('+')} ${span} ${s.classifications.join('/')}; ${partners}; ${goods}${s.inferred ? ' [inferred]' : ''}`;
};

/** `tidemark batches`: each import with its file, rows and what it covers. */
export function batchesTable(batches: Batch[]): string {
  if (batches.length === 0) return 'No imports yet.';
  return table(['id', 'file', 'status', 'rows', 'scope'], batches.map((b) => [String(b.id), b.fileName, b.status, b.rowsImported.toLocaleString('en-US'), scopeText(b.scope)]));
}

/** A one-line bar redrawn in place; only used when stderr is a terminal. */
export function progressBar(p: ImportProgress): string {
  const width = 30;
  const filled = Math.round((p.percent / 100) * width);
  return `\r${p.file.slice(0, 30).padEnd(30)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.percent.toFixed(0).padStart(3)}%  ${p.rows.toLocaleString('en-US')} rows${p.etaSeconds !== null && !p.done ? `, ${Math.ceil(p.etaSeconds)} s left` : ''}`;
}
