import { describe, expect, it } from 'vitest';
import { importTimeLimitMs, importTimeoutMessage } from './import-time-limit';

describe('the import time limit', () => {
  it('is 30 minutes unless TIDEMARK_IMPORT_MINUTES says otherwise', () => {
    expect(importTimeLimitMs({})).toBe(30 * 60_000);
    expect(importTimeLimitMs({ TIDEMARK_IMPORT_MINUTES: ' 120 ' })).toBe(120 * 60_000);
    expect(importTimeLimitMs({ TIDEMARK_IMPORT_MINUTES: '0.5' })).toBe(30_000);
  });

  it('refuses a setting that is not a number of minutes, saying what to set', () => {
    for (const bad of ['two hours', '-5', '0'])
      expect(() => importTimeLimitMs({ TIDEMARK_IMPORT_MINUTES: bad })).toThrow(
        expect.objectContaining({
          code: 'bad_input',
          message: `TIDEMARK_IMPORT_MINUTES is "${bad}", not a number of minutes. Set it to one, such as TIDEMARK_IMPORT_MINUTES=120, or unset it for the default 30.`,
        }),
      );
  });

  it('the timeout names the limit and the setting that raises it, never a setting that does not exist', () => {
    expect(importTimeoutMessage(30 * 60_000)).toBe(
      'The import took longer than its 30 min limit and was stopped; nothing from the file in progress was stored. Split the file, or start Tidemark again with a longer limit: set TIDEMARK_IMPORT_MINUTES to a number of minutes, such as TIDEMARK_IMPORT_MINUTES=60.',
    );
    expect(importTimeoutMessage(300)).toContain('its 0.3 s limit');
    expect(importTimeoutMessage(300)).toContain('TIDEMARK_IMPORT_MINUTES=1.');
    expect(importTimeoutMessage(300)).not.toContain('raise the limit');
  });
});
