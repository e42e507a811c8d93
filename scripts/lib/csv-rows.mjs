// CSV for the reference generators (gen-areas.mjs, gen-nomenclature.mjs), run by hand on small files.

/** Rows of cells, quotes honoured (a quoted cell may hold commas, newlines and doubled quotes); a BOM dropped. */
export function csvRows(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  text = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell.replace(/\r$/, ''));
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header's names; rows of one cell (blank lines) dropped. */
export function csvRecords(text) {
  const [header, ...data] = csvRows(text);
  return data.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
