import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

export type HeldFile = { path: string; fileName: string; bytes: number };

/** How long a finished export waits to be fetched before it is deleted. */
const KEEP_MS = 30 * 60 * 1000;

/**
 * Exports waiting to be downloaded (the browser host streams them from /api/download/:id). Files live
 * in one temporary folder of this core's own, named by random ids that only the page that asked for
 * the export learns; each can be taken once, and the folder goes when the core closes.
 */
export class Outbox {
  private dir: string | null = null;
  private readonly held = new Map<string, HeldFile & { at: number }>();

  /** A fresh path in the outbox folder for an export to be written to. */
  newPath(fileName: string): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'tidemark-exports-'));
    return join(this.dir, `${randomBytes(8).toString('hex')}${extname(fileName)}`);
  }

  /** Holds a written file for one download; returns its id. */
  keep(file: HeldFile): string {
    this.expire();
    const id = randomBytes(18).toString('base64url');
    this.held.set(id, { ...file, at: Date.now() });
    return id;
  }

  /** The file for an id, once: the caller streams it and then calls `done`, which deletes it. */
  take(id: string): (HeldFile & { done(): void }) | null {
    const file = this.held.get(id);
    if (!file) return null;
    this.held.delete(id);
    return {
      path: file.path,
      fileName: file.fileName,
      bytes: file.bytes,
      done: () => rmSync(file.path, { force: true }),
    };
  }

  dispose(): void {
    this.held.clear();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, f] of this.held) {
      if (now - f.at > KEEP_MS) {
        this.held.delete(id);
        rmSync(f.path, { force: true });
      }
    }
  }
}
