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

/** A column mapping (or constants for one) given by the user wins over detection. */
export function detectFormat(header: string[], options?: ImportOptions): Format {
  if (options?.map || options?.constants) return mappedFormat;
  const format = FORMATS.find((f) => f.matches(header));
  if (!format) {
    const seen = header.slice(0, 6).join(',');
    throw new AppError('format_unknown', `Tidemark does not recognise this file's columns ("${seen.slice(0, 120)}"). A Tidemark CSV starts with: ${CANONICAL_HEADER.join(',')}.`);
  }
  return format;
}
