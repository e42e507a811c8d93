import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

/**
 * Model-based: random sequences of edit, delete, restore, import, revert, undo and redo, checked after
 * every step against a plain in-memory model of what the grid should show. Seeded, so a failure
 * names the seed and step that reproduce it.
 */
type Row = { value: number; unit: string; hiddenBy: number | null; batch: number };
type Step = { apply: () => void; revert: () => void };

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe('edit history against a model', () => {
  for (const seed of [1, 7, 42, 1234, 99991]) {
    it(`seed ${seed}: the grid always equals the model`, { timeout: 60_000 }, async () => {
      t = tempCore();
      const pick = rng(seed);
      const model = new Map<number, Row>();
      const batches = new Map<number, 'imported' | 'reverted'>();
      const done: Step[] = [];
      let undone: Step[] = [];
      let nextKey = 0;
      let actionSeq = 0;

      const importRows = async (n: number) => {
        const lines = Array.from({ length: n }, () => {
          const k = nextKey++;
          return `${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(k).padStart(6, '0')},row ${k},${k + 1},USD,,t`;
        });
        const report = await t.call('importFiles', { files: [{ path: t.file(`f${nextKey}.csv`, [HEADER, ...lines].join('\n')) }], options: {} });
        const batchId = report.files[0]!.batchId!;
        batches.set(batchId, 'imported');
        const page = await t.call('listRecords', { limit: 1000, filters: {} });
        for (const r of page.rows) if (!model.has(r.id)) model.set(r.id, { value: r.value, unit: r.unit, hiddenBy: null, batch: batchId });
      };
      const push = (s: Step) => {
        s.apply();
        done.push(s);
        undone = [];
      };
      const visible = () => [...model.entries()].filter(([, r]) => r.hiddenBy === null).map(([id]) => id);
      const hidden = () => [...model.entries()].filter(([, r]) => r.hiddenBy !== null).map(([id]) => id);

      await importRows(4);
      for (let step = 0; step < 40; step++) {
        const op = pick(8);
        const vis = visible();
        if (op === 0 && vis.length) {
          const id = vis[pick(vis.length)]!;
          const rec = (await t.call('listRecords', { filters: {}, limit: 1000 })).rows.find((r) => r.id === id)!;
          const row = model.get(id)!;
          const [field, value] = pick(2) ? (['value', pick(5000)] as const) : (['unit', ['kg', 't', 'm3', ''][pick(4)]!] as const);
          await t.call('updateRecord', { id, field, value: String(value), version: rec.version });
          const before = row[field];
          push({ apply: () => void ((row as Record<string, unknown>)[field] = value), revert: () => void ((row as Record<string, unknown>)[field] = before) });
        } else if (op === 1 && vis.length) {
          const id = vis[pick(vis.length)]!;
          await t.call('deleteRecords', { ids: [id] });
          const a = ++actionSeq;
          push({ apply: () => void (model.get(id)!.hiddenBy = a), revert: () => void (model.get(id)!.hiddenBy = null) });
        } else if (op === 2 && hidden().length) {
          const id = hidden()[pick(hidden().length)]!;
          const was = model.get(id)!.hiddenBy;
          await t.call('restoreRecords', { ids: [id] });
          push({ apply: () => void (model.get(id)!.hiddenBy = null), revert: () => void (model.get(id)!.hiddenBy = was) });
        } else if (op === 3) {
          await importRows(1 + pick(3));
        } else if (op === 4) {
          const live = [...batches.entries()].filter(([, s]) => s === 'imported').map(([b]) => b);
          if (!live.length) continue;
          const b = live[pick(live.length)]!;
          await t.call('revertBatch', { batchId: b });
          const a = ++actionSeq;
          const rows = [...model.values()].filter((r) => r.batch === b && r.hiddenBy === null);
          push({
            apply: () => (batches.set(b, 'reverted'), rows.forEach((r) => (r.hiddenBy = a))),
            revert: () => (batches.set(b, 'imported'), rows.forEach((r) => (r.hiddenBy = null))),
          });
        } else if (op === 5 || op === 6) {
          const r = await t.call('undo', {});
          const s = done.pop();
          expect(r === null, `seed ${seed} step ${step}: undo`).toBe(s === undefined);
          if (s) {
            s.revert();
            undone.push(s);
          }
        } else {
          const r = await t.call('redo', {});
          const s = undone.pop();
          expect(r === null, `seed ${seed} step ${step}: redo`).toBe(s === undefined);
          if (s) {
            s.apply();
            done.push(s);
          }
        }
        const shown = (await t.call('listRecords', { filters: {}, limit: 1000 })).rows.map((r) => [r.id, r.value, r.unit]);
        const expected = [...model.entries()].filter(([, r]) => r.hiddenBy === null).map(([id, r]) => [id, r.value, r.unit]);
        expect(shown, `seed ${seed} step ${step} (op ${op})`).toEqual(expected);
        const statuses = Object.fromEntries((await t.call('listBatches', {})).map((b) => [b.id, b.status]));
        expect(statuses, `seed ${seed} step ${step}: batch status`).toEqual(Object.fromEntries(batches));
      }
    });
  }
});
