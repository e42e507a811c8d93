import i18next from 'i18next';
import { pageToken, TOKEN_HEADER } from './http-transport';

/**
 * Browser host only: fetches an export the core kept for download (`deliver: 'download'`), reading the
 * stream so the page can show bytes received of the total; any size, no base64 on the way.
 */
export async function fetchDownload(
  base: string,
  id: string,
  onProgress: (received: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const response = await fetch(`${base}/download/${encodeURIComponent(id)}`, {
    headers: { [TOKEN_HEADER]: pageToken() },
    signal,
  });
  if (!response.ok || !response.body)
    throw new Error(i18next.t('apiErrors.refusedDownload', { status: response.status, text: await response.text() }));
  const total = Number(response.headers.get('content-length') ?? 0);
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total || received);
  }
  return new Blob(chunks as BlobPart[], { type });
}
