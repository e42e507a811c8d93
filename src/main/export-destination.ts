import type { WebContents } from 'electron';
import type { Result } from '../shared/errors';

/** Shows the native save dialog for an export and gives the path chosen, or null when the person cancels. */
export type ChooseSavePath = (sender: WebContents, suggested: string, format: 'csv' | 'xlsx') => Promise<string | null>;

type ExportAsk = { format: 'csv' | 'xlsx'; deliver: 'ask' };

function asksForDialog(method: string, input: unknown): input is ExportAsk {
  if (method !== 'exportRecords' || input === null || typeof input !== 'object') return false;
  const i = input as { format?: unknown; deliver?: unknown };
  return i.deliver === 'ask' && (i.format === 'csv' || i.format === 'xlsx');
}

/**
 * The desktop app's exports: the page says `deliver: 'ask'` and main, not the page, names the path,
 * from the native save dialog the person answers. The page still can never name a path itself
 * (renderer-policy refuses one before this runs). Returns the input to dispatch (with the path
 * chosen), a cancelled result, or the input unchanged for any other call.
 */
export async function withSavePath(
  method: string,
  input: unknown,
  sender: WebContents,
  choose: ChooseSavePath,
): Promise<{ input: unknown } | { answer: Result<never> }> {
  if (!asksForDialog(method, input)) return { input };
  const path = await choose(sender, `tidemark-records.${input.format}`, input.format);
  if (!path)
    return {
      answer: { ok: false, error: { code: 'cancelled', message: 'No file was saved: the save dialog was cancelled.' } },
    };
  const ext = `.${input.format}`;
  return { input: { ...input, deliver: 'inline', path: path.toLowerCase().endsWith(ext) ? path : `${path}${ext}` } };
}
