import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/** A cell: text is always written as text (codes keep their zeros), numbers as numbers. */
export type XlsxCell = string | number | null;

const FLUSH_AT = 1 << 20;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
// Style 1 is "@" (text) so a person typing into a code cell keeps its zeros too; style 2 bolds the header.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function workbook(sheetName: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

// XML 1.0 cannot carry most control characters at all; they are dropped rather than corrupt the file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uFFFE\uFFFF]/;

function escapeXml(text: string): string {
  // Most cells (codes, periods, names) need nothing; test once instead of replacing twice.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function cellXml(value: XlsxCell, style: number): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c><v>${value}</v></c>` : '';
  // Inline strings: no shared-string table to hold in memory, so rows stream straight to the zip.
  return `<c t="inlineStr" s="${style}"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/**
 * A zip entry deflated by Node's zlib (measured about 10x faster than fflate's own deflate on sheet XML).
 * Each chunk is compressed on its own and ends with a sync flush, so the chunks join into one valid
 * deflate stream without holding the sheet in memory; only the last one sets the final-block bit.
 */
class NodeDeflateEntry extends ZipPassThrough {
  private running = 0;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    const out = deflateRawSync(chunk, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata(null, out, final);
  }
}

/**
 * The smallest XLSX that Excel and LibreOffice open: one sheet, inline strings, streamed through
 * fflate's zip container to the file as rows arrive, so memory stays flat however many rows there are. No
 * cell is ever a formula: text goes in as text, so a value like "=1+1" cannot run.
 */
export class XlsxWriter {
  private readonly fd: number;
  private readonly zip: Zip;
  private readonly sheet: NodeDeflateEntry;
  private buffered = '';
  private error: Error | null = null;

  constructor(path: string, sheetName: string, header: string[]) {
    this.fd = openSync(path, 'w');
    this.zip = new Zip((err, chunk) => {
      if (err) this.error = err;
      else writeSync(this.fd, chunk);
    });
    const fixed: [string, string][] = [
      ['[Content_Types].xml', CONTENT_TYPES],
      ['_rels/.rels', ROOT_RELS],
      ['xl/workbook.xml', workbook(sheetName)],
      ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
      ['xl/styles.xml', STYLES],
    ];
    for (const [name, text] of fixed) {
      const f = new ZipPassThrough(name);
      this.zip.add(f);
      f.push(new TextEncoder().encode(text), true);
    }
    this.sheet = new NodeDeflateEntry('xl/worksheets/sheet1.xml');
    this.zip.add(this.sheet);
    this.buffered = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData><row>${header.map((h) => cellXml(h, 2)).join('')}</row>`;
  }

  row(cells: XlsxCell[]): void {
    this.buffered += `<row>${cells.map((c) => cellXml(c, 1)).join('')}</row>`;
    if (this.buffered.length > FLUSH_AT) this.flush(false);
  }

  close(): void {
    try {
      this.buffered += '</sheetData></worksheet>';
      this.flush(true);
      this.zip.end();
      if (this.error) throw this.error;
    } finally {
      closeSync(this.fd);
    }
  }

  /** Gives up on a half-written file (the caller removes it). */
  abort(): void {
    closeSync(this.fd);
  }

  private flush(final: boolean): void {
    this.sheet.push(new TextEncoder().encode(this.buffered), final);
    this.buffered = '';
  }
}
