import { AppError } from '../../shared/errors';
import { canonicalFormat, CANONICAL_HEADER } from './canonical-format';
import { gaccFormat } from './gacc-format';
import type { Format } from './types';

/** Every format Tidemark reads, tried in order against the file's header. */
export const FORMATS: readonly Format[] = [gaccFormat, canonicalFormat];

export function detectFormat(header: string[]): Format {
  const format = FORMATS.find((f) => f.matches(header));
  if (!format) {
    const seen = header.slice(0, 6).join(',');
    throw new AppError('format_unknown', `Tidemark does not recognise this file's columns ("${seen.slice(0, 120)}"). A Tidemark CSV starts with: ${CANONICAL_HEADER.join(',')}.`);
  }
  return format;
}
