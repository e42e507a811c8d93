import i18next from 'i18next';
import type { Transport } from '../../shared/client';
import type { AppEvent, Method } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { readEventStream } from './event-stream';

export const TOKEN_HEADER = 'x-tidemark-token';

/** The browser host writes this run's token into the page it serves; every API request sends it back. */
export function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="tidemark-token"]')?.content ?? '';
}

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function failure(status: number, statusText: string, text: string): Result<unknown> {
  return {
    ok: false,
    error: { code: 'internal', message: i18next.t('apiErrors.refused', { status, text: text || statusText }) },
  };
}

/** The browser host: the same calls as IPC, as `POST {base}/call/:method`, events as Server-Sent Events. */
export function httpTransport(base: string, token = pageToken()): Transport {
  const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: token };
  const listeners = new Set<(event: AppEvent) => void>();
  let stream: AbortController | null = null;

  function connect(): void {
    stream = new AbortController();
    void readEventStream(`${base}/events`, { [TOKEN_HEADER]: token }, stream.signal, (event) =>
      listeners.forEach((l) => l(event)),
    );
  }

  return {
    async call(method: Method, input: unknown): Promise<Result<unknown>> {
      let response: Response;
      try {
        response = await fetch(`${base}/call/${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: i18next.t('apiErrors.notAnswering') } };
      }
      // Read once as text: a page of records is parsed on the scroll path, where a cloned body costs a copy.
      const text = await response.text().catch(() => '');
      const body = parseJson(text);
      return isResult(body) ? body : failure(response.status, response.statusText, text);
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!stream) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stream?.abort();
          stream = null;
        }
      };
    },
  };
}
