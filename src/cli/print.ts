import type { FileReport, ImportProgress, Series } from '../shared/domain';

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

export function seriesTable(s: Series): string {
  if (s.points.length === 0) return 'No data for this series.';
  return `Currency: ${s.currency}\n` + table(['period', 'value', 'MoM', 'YoY', 'YTD', 'YTD YoY'], s.points.map((p) => [p.period, num(p.value), pct(p.mom), pct(p.yoy), num(p.ytd), pct(p.ytdYoy)]));
}

/** A one-line bar redrawn in place; only used when stderr is a terminal. */
export function progressBar(p: ImportProgress): string {
  const width = 30;
  const filled = Math.round((p.percent / 100) * width);
  return `\r${p.file.slice(0, 30).padEnd(30)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.percent.toFixed(0).padStart(3)}%  ${p.rows.toLocaleString('en-US')} rows${p.etaSeconds !== null && !p.done ? `, ${Math.ceil(p.etaSeconds)} s left` : ''}`;
}
