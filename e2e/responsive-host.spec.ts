import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeSyntheticCsv } from '../src/core/test-support/synthetic-csv';
import { expect, test } from './helpers/host';

const root = join(import.meta.dirname, '..');
const ROWS = 500_000;

/** The database holds the big import before the host opens it: the compiled CLI imports it (faster than an upload). */
function importBigFile(dbPath: string): void {
  const csv = join(dirname(dbPath), 'big.csv');
  writeSyntheticCsv(csv, ROWS);
  const cli = spawnSync(process.execPath, [join(root, 'dist/node/tidemark.mjs'), 'import', csv, '--db', dbPath], {
    encoding: 'utf8',
  });
  rmSync(csv, { force: true });
  if (cli.status !== 0) throw new Error(`The CLI could not import the big file:\n${cli.stdout}\n${cli.stderr}`);
}
// Writing and importing half a million rows takes its time before the test starts; the timeout covers both.
test.describe.configure({ timeout: 300_000 });
// eslint-disable-next-line no-empty-pattern
test.use({ prepare: async ({}, use) => use(importBigFile) });

type Measured = {
  latencies: number[];
  progress: { at: number; percent: number }[];
  revertMs: number;
  revertOk: boolean;
};

test('while a long revert runs, the browser host answers a cheap call in under 100 ms and its progress arrives', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByTestId('sidebar-db')).toContainText('500,000 records', { timeout: 30_000 });

  // From the page, as the app's client does: the token from the page, calls to /api/call, events from /api/events.
  const measured = await page.evaluate(async (): Promise<Measured> => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="tidemark-token"]')!.content;
    const headers = { 'content-type': 'application/json', 'x-tidemark-token': token };
    const call = async (method: string, input: unknown) => {
      const res = await fetch(`/api/call/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
      return (await res.json()) as { ok: boolean; value?: unknown };
    };
    const batches = (await call('listBatches', {})).value as { id: number }[];
    const progress: { at: number; percent: number }[] = [];
    const events = new AbortController();
    const stream = await fetch('/api/events', { headers: { 'x-tidemark-token': token }, signal: events.signal });
    void (async () => {
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          text += value;
          for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
            const frame = text.slice(0, end);
            text = text.slice(end + 2);
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            const event = data ? (JSON.parse(data) as { name: string; payload: { percent?: number } }) : null;
            if (event?.name === 'taskProgress')
              progress.push({ at: performance.now(), percent: event.payload.percent ?? -1 });
          }
        }
      } catch {
        // aborted at the end
      }
    })();

    const started = performance.now();
    let finished = false;
    const revert = call('revertBatch', { batchId: batches[0]!.id }).then((r) => {
      finished = true;
      return r;
    });
    const latencies: number[] = [];
    // Give the revert a moment to start its work, then ask every 250 ms until it is done.
    await new Promise((r) => setTimeout(r, 300));
    while (!finished) {
      const t0 = performance.now();
      await call('listBatches', {});
      if (!finished) latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 250));
    }
    const result = await revert;
    const revertMs = performance.now() - started;
    events.abort();
    return {
      latencies,
      progress: progress.map((p) => ({ at: p.at - started, percent: p.percent })),
      revertMs,
      revertOk: result.ok,
    };
  });

  const sorted = [...measured.latencies].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
  const during = measured.progress.filter((p) => p.at < measured.revertMs && p.percent < 100);
  console.log(
    `[measure] revert of ${ROWS} rows: ${Math.round(measured.revertMs)} ms; listBatches during it: ${sorted.length} calls, ` +
      `median ${median.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms; taskProgress events before the end: ${during.length} ` +
      `(percents ${JSON.stringify(during.map((p) => p.percent))})`,
  );
  expect(measured.revertOk).toBe(true);
  // Enough calls landed inside the revert for a median to mean something.
  expect(sorted.length).toBeGreaterThanOrEqual(3);
  expect(median).toBeLessThan(100);
  expect(during.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('sidebar-db')).toContainText('0 records', { timeout: 30_000 });
});
