import i18next from 'i18next';
import type { DatabaseList } from '../../shared/database-names';
import type { Result } from '../../shared/errors';
import { pageToken, TOKEN_HEADER } from './http-transport';

/** Browser host only: the databases beside the open one, by name; the host turns a name into a path in its own folder. */
export async function databaseCall(
  base: string,
  action: 'list' | 'open' | 'new' | 'dataset' | 'parquet',
  name?: string,
): Promise<Result<DatabaseList>> {
  const response = await fetch(`${base}/databases/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: pageToken() },
    body: JSON.stringify(name === undefined ? {} : { name }),
  });
  if (!response.ok)
    return {
      ok: false,
      error: {
        code: 'internal',
        message: i18next.t('apiErrors.refused', { status: response.status, text: await response.text() }),
      },
    };
  return (await response.json()) as Result<DatabaseList>;
}
