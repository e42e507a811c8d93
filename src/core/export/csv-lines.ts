import { closeSync, openSync, writeSync } from 'node:fs';
import { protectCell } from '../../shared/spreadsheet-safety';

const FLUSH_AT = 1 << 20;

/** A text cell as CSV: formula-like text gets its apostrophe, then RFC 4180 quoting where needed. */
export function csvText(text: string | null): string {
  const safe = protectCell(text ?? '');
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Streams a header and lines (each without its newline) to a file in 1 MB writes; returns the line
 * count. With `bom` the file starts with a UTF-8 BOM, so Excel on Windows shows Chinese and Korean
 * text as such (the app's exports); the CLI's stays plain for scripts. Tidemark's import reads both.
 */
export function writeCsvLines(path: string, header: readonly string[], lines: Iterable<string>, bom = false): number {
  const fd = openSync(path, 'w');
  let out = (bom ? '\uFEFF' : '') + header.join(',') + '\n';
  let n = 0;
  try {
    for (const line of lines) {
      out += line + '\n';
      n++;
      if (out.length > FLUSH_AT) {
        writeSync(fd, out);
        out = '';
      }
    }
    writeSync(fd, out);
  } finally {
    closeSync(fd);
  }
  return n;
}
