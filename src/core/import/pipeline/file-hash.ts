import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { AppError } from '../../../shared/errors';

/**
 * A file's SHA-256, read in the background: the import dialog asks it of every dropped file before
 * any question, and hashing a large file synchronously would stall the host for seconds.
 */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  } catch (err) {
    throw new AppError('file_unreadable', {
      key: 'import.unreadable',
      params: { path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message },
    });
  }
  return hash.digest('hex');
}
