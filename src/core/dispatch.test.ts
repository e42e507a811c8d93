import { describe, expect, it, vi } from 'vitest';
import { METHODS } from '../shared/contract';
import { AppError } from '../shared/errors';
import { createDispatch, type Handlers } from './dispatch';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const none = () => {
    throw new Error('not under test');
  };
  return Object.fromEntries(METHODS.map((m) => [m, overrides[m] ?? none])) as unknown as Handlers;
}

describe('dispatch', () => {
  it('refuses a method the contract does not declare, without running anything', async () => {
    const log = vi.fn();
    const d = createDispatch(handlers(), log);
    expect(await d('dropTables', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: expect.stringContaining('dropTables') },
    });
    expect(await d('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(log).not.toHaveBeenCalled();
  });

  it('validates input against the contract before the handler sees it', async () => {
    const updateRecord = vi.fn();
    const d = createDispatch(handlers({ updateRecord }), vi.fn());
    const r = await d('updateRecord', { id: -1, field: 'value', value: '1', version: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('id') } });
    expect(await d('updateRecord', { id: 1, field: 'batch_id', value: '1', version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(updateRecord).not.toHaveBeenCalled();
  });

  it('passes an AppError through as its code and sentence', async () => {
    const d = createDispatch(
      handlers({
        appInfo: () => {
          throw new AppError('conflict', 'Reload first.');
        },
      }),
      vi.fn(),
    );
    expect(await d('appInfo', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'Reload first.' } });
  });

  it('logs an unexpected error and answers `internal` without leaking its details', async () => {
    const log = vi.fn();
    const d = createDispatch(
      handlers({
        appInfo: () => {
          throw new TypeError('secret stack detail');
        },
      }),
      log,
    );
    const r = await d('appInfo', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith('appInfo failed', expect.any(TypeError));
  });

  it('returns the handler value with defaults applied', async () => {
    const d = createDispatch(handlers({ listRecords: (q) => ({ rows: [], next: null, total: q.limit }) }), vi.fn());
    expect(await d('listRecords', {})).toEqual({ ok: true, value: { rows: [], next: null, total: 100 } });
  });
});
