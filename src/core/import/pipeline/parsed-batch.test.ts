import { describe, expect, it } from 'vitest';
import {
  BATCH_RECORDS,
  BatchEncoder,
  writeBatch,
  type FileStrings,
  type ParsedBatch,
  type RecordTarget,
} from './parsed-batch';
import type { CodeCache, NewRecord } from '../formats/format-types';
import { sampleRecord as record } from '../../test-support/sample-record';

/** What the writer's thread receives for `rows` records, encoded with at most `limit` strings in the file's table. */
function roundTrip(rows: number, limit: number, cacheOf?: (code: string) => CodeCache, make = record) {
  const batches: ParsedBatch[] = [];
  const encoder = new BatchEncoder((b) => batches.push(b), limit);
  for (let i = 0; i < rows; i++) encoder.record(make(i), '', i + 2, cacheOf?.(make(i).code));
  encoder.flush();
  const descriptions = new Map<string, number>();
  const written: { code: string; descriptionId: number | null; value: number; line: number }[] = [];
  // Each dimension's texts get ids 1, 2, … as the writer's dictionaries would: codes are read back from theirs.
  const ids = new Map<string, Map<string, number>>();
  const codes: string[] = [];
  const target: RecordTarget = {
    dimensionId: (column, text) => {
      if (text === null) return null;
      const dim = ids.get(column) ?? ids.set(column, new Map()).get(column)!;
      if (!dim.has(text)) {
        dim.set(text, dim.size + 1);
        if (column === 'code') codes[dim.size] = text;
      }
      return dim.get(text)!;
    },
    recordIds: (...v) => written.push({ code: codes[v[6]]!, descriptionId: v[7], value: v[8], line: v[18] }),
    descriptionId: (text) => {
      if (!text) return null;
      if (!descriptions.has(text)) descriptions.set(text, descriptions.size + 1);
      return descriptions.get(text)!;
    },
    reference: () => {},
    rejectJson: () => {},
  };
  const file: FileStrings = { strings: [], descriptionIds: [] };
  for (const b of batches) writeBatch(b, target, file);
  return { written, descriptions, batches, file };
}

describe('parsed batches', () => {
  it('carry each code and description to the writer, whether the file string table has room or not', () => {
    const rows = 2 * BATCH_RECORDS + 10;
    const want = Array.from({ length: rows }, (_, i) => ({
      code: record(i).code,
      description: record(i).description,
      value: i,
      line: i + 2,
    }));
    // Room for every string; room for three (the rest travel in each batch); none.
    for (const limit of [50_000, 3, 0]) {
      const { written, descriptions, batches, file } = roundTrip(rows, limit);
      const text = new Map([...descriptions].map(([t, id]) => [id, t]));
      expect(
        written.map((w) => ({
          code: w.code,
          description: w.descriptionId === null ? '' : text.get(w.descriptionId),
          value: w.value,
          line: w.line,
        })),
      ).toEqual(want);
      expect(file.strings.length).toBe(Math.min(limit, 15));
      expect(batches).toHaveLength(3);
    }
  });

  it('take ids from a code cache entry only where this encoder left them for this code and description', () => {
    // As canonical-format's interner keeps them: one thread's entries, shared by the files it parses
    // one after another (two encoders), one entry taken by codes 0101 and 0201 in turn (a slot re-used,
    // which clears it), each code's description changing every fifth row, and 0601's entry the one of
    // 601, its text before a lost zero was restored (an SITC 601 keeps it).
    const entries = new Map<string, CodeCache>();
    const shared: CodeCache = { value: '', owner: null, codeId: -1, description: undefined, descriptionId: -1 };
    const cacheOf = (code: string): CodeCache => {
      if (code === '0101' || code === '0201') {
        if (shared.value !== code) Object.assign(shared, { value: code, owner: null });
        return shared;
      }
      if (code === '0601') code = '601';
      let e = entries.get(code);
      if (!e)
        entries.set(code, (e = { value: code, owner: null, codeId: -1, description: undefined, descriptionId: -1 }));
      return e;
    };
    const rows = 2 * BATCH_RECORDS + 10;
    for (const limit of [50_000, 3, 0])
      for (const from of [0, 3]) {
        // The second file starts at another row, so its table gives the same strings other ids.
        const make = (i: number): NewRecord => {
          const r = record(from + i);
          return r.code === '0601' && i % 2 ? { ...r, code: '601', classification: 'SITC' } : r;
        };
        const { written, descriptions } = roundTrip(rows, limit, cacheOf, make);
        const text = new Map([...descriptions].map(([t, id]) => [id, t]));
        const got = written.map((w) => ({
          code: w.code,
          description: w.descriptionId === null ? '' : text.get(w.descriptionId),
        }));
        const want = Array.from({ length: rows }, (_, i) => ({ code: make(i).code, description: make(i).description }));
        expect(got, `limit ${limit}, from ${from}`).toEqual(want);
      }
  });

  it('keep a description too long for the file string table in its batch', () => {
    const long = 'x'.repeat(4_000_001);
    const batches: ParsedBatch[] = [];
    const encoder = new BatchEncoder((b) => batches.push(b));
    encoder.record({ ...record(1), description: long }, '', 2);
    encoder.record(record(1), '', 3);
    encoder.flush();
    expect(batches[0]!.fileStrings).toEqual([record(1).code, record(1).description]);
    const texts: string[] = [];
    const target: RecordTarget = {
      dimensionId: () => 1,
      recordIds: () => {},
      descriptionId: (text) => texts.push(text),
      reference: () => {},
      rejectJson: () => {},
    };
    writeBatch(batches[0]!, target, { strings: [], descriptionIds: [] });
    expect(texts.map((t) => t.length)).toEqual([long.length, record(1).description.length]);
  });

  it('send a repeated code or description once per file, not once per row', () => {
    const { batches } = roundTrip(2 * BATCH_RECORDS, 50_000);
    // 7 codes and 8 descriptions ('' included), all in the first batch's new file strings.
    expect(batches.map((b) => b.fileStrings.length)).toEqual([15, 0]);
    expect(batches.every((b) => b.strings.length < 20)).toBe(true);
  });
});
