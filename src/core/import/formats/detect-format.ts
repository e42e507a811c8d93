import { AppError } from '../../../shared/errors';
import type { ImportOptions } from '../../../shared/domain';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';
import { canonicalFormat } from './canonical-format';
import { comtradeFormat } from './comtrade-format';
import { comtradeNotDataFormat } from './comtrade-not-data';
import { gaccFormat } from './gacc-format';
import { mappedFormat } from './mapped-format';
import { referenceFormat } from './reference-format';
import type { Format } from './format-types';

/** Every format Tidemark reads, tried in order against the file's header. */
export const FORMATS: readonly Format[] = [
  gaccFormat,
  canonicalFormat,
  comtradeFormat,
  comtradeNotDataFormat,
  referenceFormat,
];

/**
 * A column mapping given by the user wins over detection. An unknown table is told what would
 * import it: a text table, Tidemark's CSV header or a mapping; a workbook or JSON, a mapping (a
 * Tidemark CSV is a different file, so naming its header there misleads).
 */
export function detectFormat(
  header: string[],
  options?: ImportOptions,
  kind: 'csv' | 'tsv' | 'xlsx' | 'xls' | 'json' = 'csv',
): Format {
  if (options?.map || options?.constants) return mappedFormat;
  const format = FORMATS.find((f) => f.matches(header));
  if (!format) {
    // The header is not quoted: an error never shows a file's content that no preview has shown.
    throw new AppError('format_unknown', {
      key: 'import.unrecognised',
      params: {
        kind: kind === 'json' ? 'json' : kind === 'xlsx' || kind === 'xls' ? 'workbook' : 'text',
        cells: header.length,
        header: CANONICAL_HEADER.join(','),
      },
    });
  }
  return format;
}
