import type { AppEvent } from '../../shared/contract';

const RETRY_MS = 2000;

/** Splits a text/event-stream body into the JSON payloads of its `data:` lines. */
export function parseFrames(buffer: string): { frames: string[]; rest: string } {
  const parts = buffer.split(/\r?\n\r?\n/);
  const rest = parts.pop() ?? '';
  const frames = parts
    .map((part) =>
      part
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n'),
    )
    .filter((data) => data.length > 0);
  return { frames, rest };
}

/**
 * Server-Sent Events over fetch rather than EventSource, so the request can carry the token header
 * like every other API call. Reconnects until aborted.
 */
export async function readEventStream(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  onEvent: (event: AppEvent) => void,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch(url, { headers, signal });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const { frames, rest } = parseFrames(buffer + value);
        buffer = rest;
        for (const frame of frames) onEvent(JSON.parse(frame) as AppEvent);
      }
    } catch {
      if (signal.aborted) return;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
