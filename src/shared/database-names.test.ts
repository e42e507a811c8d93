import { describe, expect, it } from 'vitest';
import { databaseFileName } from './database-names';

describe('a database name typed in the page', () => {
  it('becomes a file name in the host’s folder', () => {
    expect(databaseFileName(' second ')).toBe('second.sqlite');
    expect(databaseFileName('trade 2020.sqlite')).toBe('trade 2020.sqlite');
  });
  it('is refused when it could name anything outside that folder', () => {
    for (const typed of ['../x', 'a/b', 'a\\b', '.hidden', 'a..b', '', '두번째', 'x'.repeat(101)])
      expect(databaseFileName(typed)).toBeNull();
  });
});
