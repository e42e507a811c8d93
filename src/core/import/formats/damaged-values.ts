import { familyOf } from '../../../shared/classification';
import { noteOf } from '../../../shared/error-text';
import type { FormatContext } from './format-types';

/**
 * Values damaged before they reached Tidemark, by spreadsheets: codes saved as numbers lose their
 * leading zero (HS 0301 becomes 301, which would read as chapter 30), and large values saved in
 * scientific notation keep only a few significant digits (1.12339E+11). Each is repaired where that
 * is certain, or kept and flagged, and said once per file with an example; never silently changed.
 */

/** "1.12339E+11" → "112339000000" and its significant digits, digit by digit (never through a float). */
export function expandExponent(text: string): { plain: string; digits: number } | null {
  const m = /^([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const digits = m[2]! + (m[3] ?? '');
  const point = m[2]!.length + Number(m[4]);
  const significant = digits.replace(/^0+/, '').length;
  if (point <= 0) return { plain: `${m[1]}0.${'0'.repeat(-point)}${digits}`, digits: significant };
  if (point >= digits.length)
    return { plain: `${m[1]}${digits}${'0'.repeat(point - digits.length)}`, digits: significant };
  return { plain: `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`, digits: significant };
}

export type DamageState = [
  rounded: number,
  roundedExample: string,
  roundedDigits: number,
  restored: number,
  restoredExample: string,
  doubtful: number,
  doubtfulExample: string,
];

/** Watches one file's values and codes, repairs what can be repaired, and warns once for each kind. */
export class DamageWatch {
  private rounded = 0;
  private roundedExample = '';
  private roundedDigits = 0;
  private restored = 0;
  private restoredExample = '';
  private doubtful = 0;
  private doubtfulExample = '';

  /** The value text with any exponent written out, counting it as rounded. */
  value(text: string): string {
    if (!text.includes('E') && !text.includes('e')) return text;
    const x = expandExponent(text);
    if (!x) return text;
    if (this.rounded++ === 0) this.roundedExample = `${text.trim()} = ${x.plain}`;
    this.roundedDigits = Math.max(this.roundedDigits, x.digits);
    return x.plain;
  }

  /**
   * An HS code of 1, 3, 5 or 7 digits has lost a leading zero (HS codes have 2, 4, 6 or 8): restored.
   * Nine digits may be a 10-digit line without its zero or a 9-digit national line: kept, flagged.
   */
  code(code: string, classification: string): string {
    if ((code.length & 1) === 0 || !/^\d+$/.test(code) || familyOf(classification) !== 'HS') return code;
    if (code.length <= 7) {
      if (this.restored++ === 0) this.restoredExample = `"${code}" → "0${code}"`;
      return `0${code}`;
    }
    if (this.doubtful++ === 0) this.doubtfulExample = code;
    return code;
  }

  /** Counts and first examples, for another watch to absorb (a byte range's, parse-ranges.ts). */
  state(): DamageState {
    return [
      this.rounded,
      this.roundedExample,
      this.roundedDigits,
      this.restored,
      this.restoredExample,
      this.doubtful,
      this.doubtfulExample,
    ];
  }

  /** Adds a later part of the file's counts: first examples stay the earliest. */
  absorb(s: DamageState): void {
    if (this.rounded === 0) this.roundedExample = s[1];
    this.rounded += s[0];
    this.roundedDigits = Math.max(this.roundedDigits, s[2]);
    if (this.restored === 0) this.restoredExample = s[4];
    this.restored += s[3];
    if (this.doubtful === 0) this.doubtfulExample = s[6];
    this.doubtful += s[5];
  }

  /** The warnings for the file, stored with its batch. */
  report(ctx: Pick<FormatContext, 'warn'>): void {
    if (this.rounded)
      ctx.warn(
        'scientific_notation',
        noteOf('warn.scientificNotation', {
          count: this.rounded,
          example: this.roundedExample,
          digits: String(this.roundedDigits),
        }),
      );
    if (this.restored)
      ctx.warn(
        'leading_zero_restored',
        noteOf('warn.leadingZeroRestored', { count: this.restored, example: this.restoredExample }),
      );
    if (this.doubtful)
      ctx.warn(
        'code_length_doubtful',
        noteOf('warn.codeLengthDoubtful', { count: this.doubtful, example: this.doubtfulExample }),
      );
  }
}
