import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BodyTooLarge } from './http-util';

export type FileRef = { path: string; name: string };

/** Keeps what a person would recognise of a dropped file's name, and nothing a path could be built from. */
export function sanitizeName(raw: string): string {
  const base = basename(raw.replaceAll('\\', '/')).normalize('NFC');
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(-120);
  return cleaned || 'upload';
}

/** Dropped files land here as temporary copies the core can read by path; the folder goes when the host stops. */
export class UploadStore {
  private constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  static async create(maxBytes: number): Promise<UploadStore> {
    return new UploadStore(await mkdtemp(join(tmpdir(), 'tidemark-uploads-')), maxBytes);
  }

  async save(req: IncomingMessage, rawName: string): Promise<FileRef> {
    const name = sanitizeName(rawName);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.maxBytes) throw new BodyTooLarge(this.maxBytes);
    // A random prefix keeps two drops of files with the same name apart.
    const path = join(this.dir, `${randomBytes(6).toString('hex')}-${name}`);
    let size = 0;
    const limit = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        done(size > limit ? new BodyTooLarge(limit) : null, chunk);
      },
    });
    try {
      await pipeline(req, counter, createWriteStream(path, { flags: 'wx' }));
    } catch (err) {
      await unlink(path).catch(() => undefined);
      throw err;
    }
    return { path, name };
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
