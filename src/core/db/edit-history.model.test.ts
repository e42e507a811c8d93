import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

/**
 * Model-based: random sequences of edit, delete, restore, import, revert, undo and redo, checked after
 * every step against a plain in-memory model of what the grid should show. fast-check draws the
 * choices, and on a failure shrinks them to a short sequence and prints the seed that replays it.
 */
type Row = { value: number; unit: string; hiddenBy: number | null; batch: number };
type Step = { apply: () => void; revert: () => void };

/** Each call takes the next drawn number; past the end of the draw it keeps choosing 0. */
function chooser(choices: number[]) {
  let i = 0;
  return (n: number) => (choices[i++] ?? 0) % n;
}

describe('edit history against a model', () => {
  it('the grid always equals the model, whatever the sequence', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 40, maxLength: 160 }), async (choices) => {
        const t = tempCore();
        try {
          const pick = chooser(choices);
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
            const report = await t.call('importFiles', {
              files: [{ path: t.file(`f${nextKey}.csv`, [HEADER, ...lines].join('\n')) }],
              options: {},
            });
            const batchId = report.files[0]!.batchId!;
            batches.set(batchId, 'imported');
            const page = await t.call('listRecords', { limit: 1000, filters: {} });
            for (const r of page.rows)
              if (!model.has(r.id)) model.set(r.id, { value: r.value, unit: r.unit, hiddenBy: null, batch: batchId });
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
              const [field, value] = pick(2)
                ? (['value', pick(5000)] as const)
                : (['unit', ['kg', 't', 'm3', ''][pick(4)]!] as const);
              await t.call('updateRecord', { id, field, value: String(value), version: rec.version });
              const before = row[field];
              push({
                apply: () => void ((row as Record<string, unknown>)[field] = value),
                revert: () => void ((row as Record<string, unknown>)[field] = before),
              });
            } else if (op === 1 && vis.length) {
              const id = vis[pick(vis.length)]!;
              await t.call('deleteRecords', { ids: [id] });
              const a = ++actionSeq;
              push({
                apply: () => void (model.get(id)!.hiddenBy = a),
                revert: () => void (model.get(id)!.hiddenBy = null),
              });
            } else if (op === 2 && hidden().length) {
              const id = hidden()[pick(hidden().length)]!;
              const was = model.get(id)!.hiddenBy;
              await t.call('restoreRecords', { ids: [id] });
              push({
                apply: () => void (model.get(id)!.hiddenBy = null),
                revert: () => void (model.get(id)!.hiddenBy = was),
              });
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
              expect(r === null, `step ${step}: undo`).toBe(s === undefined);
              if (s) {
                s.revert();
                undone.push(s);
              }
            } else {
              const r = await t.call('redo', {});
              const s = undone.pop();
              expect(r === null, `step ${step}: redo`).toBe(s === undefined);
              if (s) {
                s.apply();
                done.push(s);
              }
            }
            const shown = (await t.call('listRecords', { filters: {}, limit: 1000 })).rows.map((r) => [
              r.id,
              r.value,
              r.unit,
            ]);
            const expected = [...model.entries()]
              .filter(([, r]) => r.hiddenBy === null)
              .map(([id, r]) => [id, r.value, r.unit]);
            expect(shown, `step ${step} (op ${op})`).toEqual(expected);
            const statuses = Object.fromEntries((await t.call('listBatches', {})).map((b) => [b.id, b.status]));
            expect(statuses, `step ${step}: batch status`).toEqual(Object.fromEntries(batches));
          }
        } finally {
          t.dispose();
        }
      }),
      { numRuns: 6 },
    );
  });
});
