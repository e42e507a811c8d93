// `npm run web` (scripts/web.mjs) lands here: open the core on a database and serve the app to a browser on 127.0.0.1.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCoreThread } from '../core/process/core-thread';
import type { AppEvent } from '../shared/contract';
import { bundledSample } from '../core/sample-seed';
import { startWebServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `Usage: tidemark-web [--db PATH] [--port N] [--empty] [--data-dir DIR ...]
  --db PATH        database file (default .tmp/web.sqlite); a new one is seeded with the sample data;
                   a Parquet dataset folder (tidemark export --parquet) opens read-only
  --port N         port on 127.0.0.1 (default: any free port)
  --empty          do not seed a new database with the sample data
  --data-dir DIR   a folder whose files the page may import by path (repeatable); otherwise only
                   files dropped onto the page are read`;

function log(message: string, err?: unknown): void {
  process.stderr.write(
    `${message}${err === undefined ? '' : `: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`}\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: '.tmp/web.sqlite' },
      port: { type: 'string', default: '0' },
      empty: { type: 'boolean', default: false },
      'data-dir': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const dbPath = resolve(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  // The core runs in a thread of its own (dist/node/core-worker.mjs, or from source through tsx), so this
  // thread only serves HTTP and streams events. A damaged database opens as a screen offering its newest
  // backup, not as a failure to start. A new database is seeded before the thread says it is ready, so the
  // first page already shows the sample.
  const seed = values.empty ? undefined : bundledSample(resolve(ROOT, 'resources'));
  const core = await startCoreThread({ dbPath, offerBackup: true, seed }, { log });
  // Databases opened from the page live beside this one and start empty: the sample seeds only the first.
  const databases = {
    dbPath,
    open: (path: string, emit: (event: AppEvent) => void) =>
      startCoreThread({ dbPath: path, offerBackup: true }, { log, onOpening: emit }),
  };
  const dataDirs = values['data-dir'].map((d) => resolve(d));
  for (const d of dataDirs) if (!existsSync(d)) throw new Error(`--data-dir ${d} does not exist.`);
  const server = await startWebServer({
    core,
    databases,
    rendererDir: resolve(ROOT, 'out/renderer'),
    port,
    dataDirs,
    log,
  });
  process.stdout.write(`Tidemark is serving ${dbPath}\nOpen ${server.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const current = server.currentCore();
    void server
      .close()
      .then(() => current.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  log('tidemark-web failed to start', err);
  process.exit(1);
});
