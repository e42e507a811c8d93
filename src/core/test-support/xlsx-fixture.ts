import { strToU8, zipSync } from 'fflate';

/**
 * Builds small .xlsx files from SpreadsheetML text, for tests and the benchmark: fixtures stay
 * generated and readable rather than binary blobs.
 */
export type FixtureSheet = { name: string; rows: string };
export type FixtureWorkbook = {
  sheets: FixtureSheet[];
  /** Omitted: no sharedStrings.xml part at all (as openpyxl's inline-string workbooks). */
  sharedStrings?: string[];
  date1904?: boolean;
  /** numFmtId per cell style index (`s`); style 0 is General unless given. */
  cellXfs?: number[];
  numFmts?: Record<number, string>;
};

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildXlsx(wb: FixtureWorkbook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string) =>
    (files[path] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`));
  const rels = wb.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rIdS" Type="${REL_TYPE}/styles" Target="styles.xml"/>`);
  if (wb.sharedStrings)
    rels.push(`<Relationship Id="rIdSS" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
  put(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const sheets = wb.sheets
    .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  put(
    'xl/workbook.xml',
    `<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr${wb.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
  );
  const fmts = Object.entries(wb.numFmts ?? {}).map(
    ([id, code]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`,
  );
  const xfs = (wb.cellXfs ?? [0])
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join('');
  put(
    'xl/styles.xml',
    `<styleSheet xmlns="${NS}">${fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`,
  );
  if (wb.sharedStrings)
    put(
      'xl/sharedStrings.xml',
      `<sst xmlns="${NS}" count="${wb.sharedStrings.length}">${wb.sharedStrings.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join('')}</sst>`,
    );
  wb.sheets.forEach((s, i) =>
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${s.rows}</sheetData></worksheet>`,
    ),
  );
  return zipSync(files, { level: 6 });
}
