import { closeSync, openSync, writeSync } from 'node:fs';
import { CANONICAL_HEADER } from '../../shared/canonical-header';

/**
 * Writes a valid canonical CSV of `rows` customs rows, for tests that need an import to take a
 * while (cancel, time limit, crash). Deterministic: row i is always the same text.
 */
export function writeSyntheticCsv(path: string, rows: number): string {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${CANONICAL_HEADER.join(',')}\n`);
    let chunk = '';
    for (let i = 0; i < rows; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0');
      const code = String(10_000_000 + ((i * 7919) % 90_000_000));
      chunk += `20${10 + (i % 15)}-${month},CHN,PRK,${i % 2 ? 'import' : 'export'},HS,${code},"Goods, kind ${i % 500}",${i * 13},USD,${i % 1000}.5,kg\n`;
      if (chunk.length > 1 << 16) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return path;
}
