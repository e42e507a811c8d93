/** Just enough CSV (quoted fields, doubled quotes) to compute what the app should show from a fixture. */
export function parseCsv(withBom: string): Record<string, string>[] {
  // The app's CSV exports start with a BOM for Excel; it is not part of the first column's name.
  const text = withBom.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell || row.length) endRow();
  const [header, ...body] = rows;
  return body
    .filter((r) => r.some((c) => c.trim()))
    .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** Sum of `value` per monthly period for the rows that pass `keep`, in period order. */
export function monthlySums(
  rows: Record<string, string>[],
  keep: (row: Record<string, string>) => boolean,
): [string, number][] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (!/^\d{4}-\d{2}$/.test(r.period ?? '') || !keep(r)) continue;
    sums.set(r.period!, (sums.get(r.period!) ?? 0) + Number(r.value));
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b));
}
