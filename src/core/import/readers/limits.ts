import { AppError } from '../../../shared/errors';

/**
 * Bounds for workbooks, checked before parsing (file size, zip entry count) and while parsing
 * (inflated bytes, shared strings, Excel's own limits), so a hostile file is refused with a typed
 * error long before it can exhaust memory or time.
 */
export const LIMITS = {
  /** A zip (xlsx) file's size; real customs workbooks are a few MB, exports of 1M rows ~100 MB. */
  maxWorkbookFileBytes: 1024 ** 3,
  /**
   * An old .xls is parsed whole in memory by SheetJS: measured, a 4.8 MB BIFF8 file of 11,000 × 20
   * cells peaks at 234 MB RSS (a 22 MB one at 670 MB). A 10,000-row GACC download is about 2 MB.
   */
  maxXlsFileBytes: 5 * 1024 ** 2,
  maxZipEntries: 10_000,
  /** Sum over every part inflated: a full 1,048,576 × 20 sheet is about 1 GB of XML. */
  maxInflatedBytes: 2 * 1024 ** 3,
  /**
   * Deflate cannot exceed ~1032:1; spreadsheet XML is typically 5–30:1. Beyond this ratio (checked
   * once a part has inflated past `ratioGraceBytes`) the part is a bomb, not a table.
   */
  maxInflateRatio: 250,
  ratioGraceBytes: 16 * 1024 ** 2,
  /** Parts read whole (workbook.xml, rels, styles.xml). */
  maxSmallPartBytes: 32 * 1024 ** 2,
  /** Shared strings live in memory for the whole read: bytes counted as 2 per char + 32 per string. */
  maxSharedStringBytes: 96 * 1024 ** 2,
  /** A tag (or comment) longer than this without its closing `>` means the XML is not a sheet. */
  maxTagChars: 1 << 20,
} as const;

/** Excel's own specification limits: anything beyond them was not written by Excel. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** Counts inflated bytes across a whole workbook, and per part against the compression ratio. */
export class InflateBudget {
  private total = 0;

  constructor(
    private readonly fileName: string,
    private readonly maxTotal: number = LIMITS.maxInflatedBytes,
  ) {}

  /** Call once per inflated chunk, before the chunk is used. */
  add(partName: string, partInflated: number, partCompressed: number, chunkBytes: number): void {
    this.total += chunkBytes;
    if (this.total > this.maxTotal) {
      throw new AppError('file_too_large', {
        key: 'reader.zipBomb',
        params: { file: this.fileName, max: formatBytes(this.maxTotal) },
      });
    }
    if (partInflated > LIMITS.ratioGraceBytes && partInflated > LIMITS.maxInflateRatio * Math.max(partCompressed, 1)) {
      throw new AppError('file_too_large', {
        key: 'reader.zipRatio',
        params: { file: this.fileName, ratio: String(LIMITS.maxInflateRatio), part: partName },
      });
    }
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : `${Math.round(n / 1024 ** 2)} MB`;
}
