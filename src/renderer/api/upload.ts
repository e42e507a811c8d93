import i18next from 'i18next';
import type { Input } from '../../shared/client';
import { pageToken, TOKEN_HEADER } from './http-transport';

export type FileRef = Input<'importFiles'>['files'][number];

/** Browser host only: copies a dropped file to the host, which answers with a path the core can import. */
export async function uploadFile(base: string, file: File): Promise<FileRef> {
  const response = await fetch(`${base}/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', [TOKEN_HEADER]: pageToken() },
    body: file,
  });
  if (!response.ok)
    throw new Error(
      i18next.t('apiErrors.uploadFailed', { file: file.name, status: response.status, text: await response.text() }),
    );
  return (await response.json()) as FileRef;
}
