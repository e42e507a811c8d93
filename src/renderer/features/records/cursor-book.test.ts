import { describe, expect, it } from 'vitest';
import { CursorBook } from './cursor-book';

describe('CursorBook', () => {
  it('starts the first block at the beginning', () => {
    expect(new CursorBook().requestFor(0)).toEqual({ after: null, skip: 0 });
  });

  it("continues the next block from the previous block's cursor, with nothing to skip", () => {
    const book = new CursorBook();
    book.record(0, 100, { v: '2020-04', id: 100 });
    expect(book.requestFor(100)).toEqual({ after: { v: '2020-04', id: 100 }, skip: 0 });
  });

  it('after a scroll jump, starts from the nearest known cursor before the block and skips the gap', () => {
    const book = new CursorBook();
    book.record(0, 100, { v: 1, id: 100 });
    book.record(100, 100, { v: 2, id: 200 });
    expect(book.requestFor(500)).toEqual({ after: { v: 2, id: 200 }, skip: 300 });
    // Nothing known yet past the first block except its start: skip from the beginning.
    expect(new CursorBook().requestFor(300)).toEqual({ after: null, skip: 300 });
  });

  it('does not record a cursor for the last page', () => {
    const book = new CursorBook();
    book.record(0, 42, null);
    expect(book.size).toBe(1);
    expect(book.requestFor(100)).toEqual({ after: null, skip: 100 });
  });
});
