import { afterEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** More rows than one step of a revert (20k ids), so progress moves more than once. */
const ROWS = 45_000;

async function loadBig(): Promise<number> {
  const lines = Array.from(
    { length: ROWS },
    (_, i) =>
      `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(i).padStart(6, '0')},item,${i + 1},USD,,`,
  );
  const report = await t.call('importFiles', {
    files: [{ path: t.file('big.csv', [HEADER, ...lines].join('\n')) }],
    options: {},
  });
  return report.files[0]!.batchId!;
}

function listen(): TaskProgress[] {
  const seen: TaskProgress[] = [];
  t.core.onEvent((e) => e.name === 'taskProgress' && seen.push(e.payload));
  return seen;
}

describe('a batch revert, its undo and redo: in a worker, with progress, cancellable', () => {
  it(
    'reports rows and percent as it goes, ends at 100%, and the sidebar counts follow',
    { timeout: 120_000 },
    async () => {
      t = tempCore();
      const batchId = await loadBig();
      const seen = listen();
      const done = await t.call('revertBatch', { batchId });
      expect(done).toMatchObject({ kind: 'revert_batch', count: ROWS, label: 'Revert the import of big.csv' });
      const reverts = seen.filter((p) => p.task === 'revert');
      expect(reverts.length).toBeGreaterThan(2);
      expect(reverts.map((p) => p.percent)).toEqual([...reverts.map((p) => p.percent)].sort((a, b) => a - b));
      expect(reverts.at(-1)).toMatchObject({
        label: 'Revert the import of big.csv',
        done: ROWS,
        total: ROWS,
        percent: 100,
        finished: true,
      });
      expect((await t.call('appInfo', {})).records).toBe(0);

      await t.call('undo', {});
      expect(seen.filter((p) => p.task === 'undo').at(-1)).toMatchObject({ done: ROWS, finished: true });
      expect((await t.call('appInfo', {})).records).toBe(ROWS);
      await t.call('redo', {});
      expect(seen.filter((p) => p.task === 'redo').at(-1)).toMatchObject({ done: ROWS, finished: true });
      expect((await t.call('appInfo', {})).records).toBe(0);
    },
  );

  it(
    'a cancelled revert changes nothing: every row stays, the batch stays imported, nothing to redo',
    { timeout: 120_000 },
    async () => {
      t = tempCore();
      const batchId = await loadBig();
      const seen = listen();
      const running = t.core.dispatch('revertBatch', { batchId });
      // Cancel once the worker has started on the rows.
      await new Promise<void>((resolve) => {
        const check = () => (seen.length > 0 ? resolve() : setTimeout(check, 5));
        check();
      });
      expect(await t.call('cancelTask', {})).toEqual({ cancelled: 1 });
      expect(await running).toMatchObject({
        ok: false,
        error: { code: 'cancelled', message: expect.stringMatching(/nothing was changed/) },
      });
      expect((await t.call('appInfo', {})).records).toBe(ROWS);
      expect((await t.call('listBatches', {}))[0]).toMatchObject({ id: batchId, status: 'imported' });
      expect(await t.call('historyState', {})).toEqual({ undo: null, redo: null });
    },
  );
});

describe('what Undo and Redo would do', () => {
  it('is nothing on a fresh database, then names the step and its rows', async () => {
    t = tempCore();
    expect(await t.call('historyState', {})).toEqual({ undo: null, redo: null });
    const lines = ['2020-01,CHN,PRK,import,HS,0101,a,1,USD,,', '2020-02,CHN,PRK,import,HS,0102,b,2,USD,,'];
    const [f] = (
      await t.call('importFiles', { files: [{ path: t.file('two.csv', [HEADER, ...lines].join('\n')) }], options: {} })
    ).files;
    const r = (await t.call('listRecords', {})).rows[0]!;
    await t.call('updateRecord', { id: r.id, field: 'value', value: '5', version: r.version });
    expect(await t.call('historyState', {})).toEqual({
      undo: { label: `Edit value of record ${r.id}`, kind: 'edit', count: 1 },
      redo: null,
    });
    await t.call('revertBatch', { batchId: f!.batchId! });
    expect((await t.call('historyState', {})).undo).toEqual({
      label: 'Revert the import of two.csv',
      kind: 'revert_batch',
      count: 2,
    });
    await t.call('undo', {});
    expect(await t.call('historyState', {})).toMatchObject({
      undo: { kind: 'edit' },
      redo: { kind: 'revert_batch', count: 2 },
    });
  });
});
