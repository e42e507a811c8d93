import { describe, expect, it } from 'vitest';
import source from '../public/theme-boot.js?raw';
import { THEME_STORAGE_KEY } from './theme';

// public/theme-boot.js paints the static frame of index.html in the saved theme before any module loads.

function boot(saved: string | null | Error): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (saved instanceof Error) throw saved;
      return key === THEME_STORAGE_KEY ? saved : null;
    },
  };
  new Function('localStorage', 'document', source)(localStorage, { documentElement: { dataset } });
  return dataset;
}

describe('theme-boot.js', () => {
  it('puts the saved light or dark choice on <html>, under the key theme.ts saves it by', () => {
    expect(boot('dark')).toEqual({ theme: 'dark' });
    expect(boot('light')).toEqual({ theme: 'light' });
  });

  it('leaves System, an unknown value and a missing or locked storage to the system setting', () => {
    expect(boot('system')).toEqual({});
    expect(boot('sepia')).toEqual({});
    expect(boot(null)).toEqual({});
    expect(boot(new Error('SecurityError'))).toEqual({});
  });
});
