import { AppError } from '../../shared/errors';
import type { ImportOptions } from '../../shared/domain';
import { canonicalFormat, CANONICAL_HEADER } from './canonical-format';
import { comtradeFormat } from './comtrade-format';
import { comtradeNotDataFormat } from './comtrade-not-data';
import { gaccFormat } from './gacc-format';
import { mappedFormat } from './mapped-format';
import { referenceFormat } from './reference-format';
import type { Format } from './types';

/** Every format Tidemark reads, tried in order against the file's header. */
export const FORMATS: readonly Format[] = [gaccFormat, canonicalFormat, comtradeFormat, comtradeNotDataFormat, referenceFormat];

/** A column mapping given by the user wins over detection. */
export function detectFormat(header: string[], options?: ImportOptions): Format {
  if (options?.map) return mappedFormat;
  const format = FORMATS.find((f) => f.matches(header));
  if (!format) {
    // The header is not quoted: an error never shows a file's content that no preview has shown.
    throw new AppError('format_unknown', `Tidemark does not recognise this file's columns (its first row has ${header.length} ${header.length === 1 ? 'cell' : 'cells'}). A Tidemark CSV starts with: ${CANONICAL_HEADER.join(',')}.`);
  }
  return format;
}
