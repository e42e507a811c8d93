import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from './native-binding';

describe('native binding', () => {
  const expected = join('/app/resources', 'native', 'better_sqlite3-abi140.node');

  it('picks the Electron build of better-sqlite3 for this ABI when it was built', () => {
    expect(nativeBindingPath('/app/resources', '140', (path) => path === expected)).toBe(expected);
  });

  it('falls back to the default build when no binding exists for this ABI', () => {
    expect(nativeBindingPath('/app/resources', '141', (path) => path === expected)).toBeUndefined();
  });
});
