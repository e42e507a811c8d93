import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import { migrate } from '../../db/migrate';
import { openDb } from '../../db/open';
import { importFile } from './run-import';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// "Could not read x.csv: ENOENT." told a person nothing they could act on.
describe('a file that cannot be read', () => {
  it('is refused in words that say what to check, not with the system error code', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-unreadable-'));
    const db = openDb(join(dir, 't.sqlite'));
    migrate(db, () => {});
    const missing = join(dir, 'no-such.csv');
    let error: unknown;
    try {
      importFile(db, { path: missing }, {}, () => {});
    } catch (err) {
      error = err;
    }
    db.close();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      `Could not read ${missing}: there is no file there. Check the file's name and folder.`,
    );
    expect(errorText('ko', 'import.unreadable', { path: 'a.csv', reason: 'ENOENT' })).toBe(
      'a.csv을(를) 읽지 못했습니다: 그 경로에 파일이 없습니다. 파일 이름과 폴더를 확인하세요.',
    );
  });

  it('names a code it has no words for as it is', () => {
    expect(errorText('en', 'import.unreadable', { path: 'a.csv', reason: 'EIO' })).toBe('Could not read a.csv: EIO.');
  });
});
