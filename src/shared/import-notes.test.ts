import { describe, expect, it } from 'vitest';
import { errorText, localizedMessage, noteOf, readNote } from './error-text';
import { AppError } from './errors';
import { paramNames } from './icu';
import { NOTE_EN, type NoteKey } from './import-notes-en';
import { NOTE_KO } from './import-notes-ko';

const KEYS = Object.keys(NOTE_EN) as NoteKey[];
const HANGUL = /[\uac00-\ud7a3]/;

describe("an import's rejects and warnings", () => {
  it('are said in English and in Korean, with the same params, whatever branch the params pick', () => {
    expect(Object.keys(NOTE_KO).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(NOTE_KO[key], key).toMatch(HANGUL);
      expect([...paramNames(NOTE_KO[key])].sort(), key).toEqual([...paramNames(NOTE_EN[key])].sort());
      const names = [...paramNames(NOTE_EN[key])];
      for (const branch of ['x', 'reporter', 'partner', 'import', 'reporter-flow']) {
        const params = Object.fromEntries(names.map((n) => [n, /count|listed|cells/.test(n) ? 1 : branch]));
        for (const lang of ['en', 'ko'] as const) expect(() => errorText(lang, key, params), key).not.toThrow();
      }
    }
  });

  it('are stored as their English sentence with key and params, and read back as such', () => {
    const stored = noteOf('reject.decimalValue', { value: 'oops' });
    expect(stored.startsWith('value "oops" is not a number with at most 3 decimals.')).toBe(true);
    const note = readNote(stored);
    expect(note).toEqual({
      message: 'value "oops" is not a number with at most 3 decimals.',
      key: 'reject.decimalValue',
      params: { value: 'oops' },
    });
    expect(localizedMessage(note, 'ko')).toBe('금액 "oops"은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.');
    expect(localizedMessage(note, 'en')).toBe(note.message);
  });

  it("keep a cell's own text whole, even one holding the mark, quotes or a closing brace", () => {
    const cell = 'x\u001f["reject.codeEmpty",{}]"}';
    const note = readNote(noteOf('reject.quantity', { quantity: cell }));
    expect(note.params).toEqual({ quantity: cell });
    expect(note.message).toBe(`quantity "${cell}" is not a number.`);
    expect(localizedMessage(note, 'ko')).toBe(`수량 "${cell}"은(는) 숫자가 아닙니다.`);
  });

  it('stored before they had keys (plain English), or with a key this build lacks, show as stored', () => {
    const old = 'value "12x3" is not a number (digits, commas between groups of three, at most 3 decimals).';
    expect(readNote(old)).toEqual({ message: old });
    expect(localizedMessage(readNote(old), 'ko')).toBe(old);
    const later = readNote('A sentence from a later Tidemark.\u001f["reject.fromTheFuture",{"x":"1"}]');
    expect(localizedMessage(later, 'ko')).toBe('A sentence from a later Tidemark.');
    // A tail that is not a note's is part of the text.
    expect(readNote('odd\u001fnot json')).toEqual({ message: 'odd\u001fnot json' });
  });

  it('quoted by the error of a file whose every row was rejected, are said in that error’s language', () => {
    const info = new AppError('all_rows_rejected', {
      key: 'import.allRowsRejected',
      params: { file: 'bad.csv', count: 2, row: '2', first: noteOf('reject.decimalValue', { value: 'oops' }) },
    }).info;
    expect(info.message).toContain('The first, on row 2: value "oops" is not a number with at most 3 decimals. Check');
    expect(localizedMessage(info, 'ko')).toContain(
      '첫 번째는 2행입니다: 금액 "oops"은(는) 소수점 아래 3자리까지의 숫자가 아닙니다. 미리보기에서',
    );
  });
});
