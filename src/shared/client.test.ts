import { describe, expect, it } from 'vitest';
import { ApiError, createClient, type Transport } from './client';
import { METHODS, type AppEvent } from './contract';
import type { Result } from './errors';

/** A transport that answers from a table and records what was sent: the client's only seam. */
function fakeTransport(answers: Record<string, Result<unknown>>) {
  const sent: [string, unknown][] = [];
  const listeners = new Set<(e: AppEvent) => void>();
  const transport: Transport = {
    call: async (method, input) => {
      sent.push([method, input]);
      return answers[method] ?? { ok: false, error: { code: 'unknown_method', message: `no ${method}` } };
    },
    onEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { transport, sent, emit: (e: AppEvent) => listeners.forEach((l) => l(e)) };
}

describe('the one client over either transport', () => {
  it('has a function for every contract method, and passes the input through as given', async () => {
    const { transport, sent } = fakeTransport({ listRejects: { ok: true, value: [] } });
    const api = createClient(transport);
    for (const m of METHODS) expect(typeof api[m], m).toBe('function');
    expect(await api.listRejects({ batchId: 3 })).toEqual([]);
    expect(sent).toEqual([['listRejects', { batchId: 3 }]]);
  });

  it('throws an ApiError carrying the code and the sentence, for the page to show', async () => {
    const { transport } = fakeTransport({
      getRecord: { ok: false, error: { code: 'not_found', message: 'There is no record 9.' } },
    });
    const failed = createClient(transport).getRecord({ id: 9 });
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    await expect(failed).rejects.toMatchObject({ info: { code: 'not_found' }, message: 'There is no record 9.' });
  });

  it('hands events to listeners until they unsubscribe', () => {
    const { transport, emit } = fakeTransport({});
    const seen: AppEvent[] = [];
    const off = createClient(transport).onEvent((e) => seen.push(e));
    const event: AppEvent = { name: 'appCommand', payload: { command: 'import' } };
    emit(event);
    off();
    emit(event);
    expect(seen).toEqual([event]);
  });
});
