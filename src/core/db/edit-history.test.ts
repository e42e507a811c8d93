import { localizedMessage } from '../../shared/error-text';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const line = (i: number, code = String(i).padStart(4, '0')) =>
  `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${code},item ${i},${100 + i},USD,,`;

async function load(n: number, name = 'r.csv', from = 0) {
  const lines = Array.from({ length: n }, (_, i) => line(from + i));
  // Each file holds every good of its months, which it cannot say itself.
  const report = await t.call('importFiles', {
    files: [{ path: t.file(name, [HEADER, ...lines].join('\n')) }],
    options: { goods: 'all' },
  });
  return report.files[0]!.batchId!;
}

const first = async () => (await t.call('listRecords', { limit: 1 })).rows[0]!;

describe('undo and redo through the edit log', () => {
  it('undoes and redoes edits in order, past ten steps, and keeps the audit', async () => {
    t = tempCore();
    await load(3);
    let r = await first();
    for (let i = 1; i <= 12; i++)
      r = await t.call('updateRecord', { id: r.id, field: 'value', value: String(1000 + i), version: r.version });
    expect(r.value).toBe(1012);
    for (let i = 0; i < 12; i++) await t.call('undo', {});
    expect((await first()).value).toBe(100);
    expect(await t.call('undo', {})).toBeNull(); // nothing left to undo
    const redone = await t.call('redo', {});
    expect(redone?.records[0]?.value).toBe(1001);
    const history = await t.call('recordHistory', { id: r.id });
    expect(history.map((h) => h.kind).slice(-3)).toEqual(['undo', 'undo', 'redo']);
    expect(history[0]).toMatchObject({ field: 'value', oldValue: '100', newValue: '1001', kind: 'edit' });
  });

  it('survives a restart: the stack lives in the database', async () => {
    t = tempCore();
    await load(2);
    const r = await first();
    await t.call('updateRecord', { id: r.id, field: 'code', value: '0101', version: r.version });
    t.core.close();
    const reopened = openCore({ dbPath: t.core.dbPath, log: () => {} });
    t.core = reopened;
    const undone = await reopened.dispatch('undo', {});
    expect(undone).toMatchObject({ ok: true, value: { kind: 'edit', records: [{ code: '0000' }] } });
  });

  it('a new edit after an undo drops the redo', async () => {
    t = tempCore();
    await load(2);
    let r = await first();
    r = await t.call('updateRecord', { id: r.id, field: 'unit', value: 'kg', version: r.version });
    await t.call('undo', {});
    r = await first();
    await t.call('updateRecord', { id: r.id, field: 'unit', value: 't', version: r.version });
    expect(await t.call('redo', {})).toBeNull();
    expect((await first()).unit).toBe('t');
  });

  it('refuses a stale edit with the current value in the message, and changes nothing', async () => {
    t = tempCore();
    await load(2);
    const r = await first();
    await t.call('updateRecord', { id: r.id, field: 'value', value: '5', version: r.version });
    await expect(t.call('updateRecord', { id: r.id, field: 'value', value: '6', version: r.version })).rejects.toThrow(
      /conflict.*now "5".*"6" was not saved/,
    );
    expect((await first()).value).toBe(5);
    await expect(
      t.call('updateRecord', { id: r.id, field: 'code', value: '12 34', version: r.version + 1 }),
    ).rejects.toThrow(/bad_input/);
    expect((await first()).code).toBe('0000');
  });
});

describe('delete, restore and batch revert', () => {
  it('deleted rows leave the grid, the exports and the series, restore brings them back, and both undo', async () => {
    t = tempCore();
    await load(3);
    const r = await first();
    const seriesTotal = async () =>
      (await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' })).points.reduce(
        (sum, p) => sum + p.value,
        0,
      );
    expect(await seriesTotal()).toBe(100 + 101 + 102);
    await t.call('deleteRecords', { ids: [r.id] });
    expect((await t.call('listRecords', {})).total).toBe(2);
    // The canonical export and the series read visible rows only.
    expect((await t.call('exportCsv', { path: `${t.dir}/out.csv` })).rows).toBe(2);
    expect(await seriesTotal()).toBe(101 + 102);
    expect((await t.call('listRecords', { deleted: true })).rows.map((x) => x.id)).toEqual([r.id]);
    await t.call('restoreRecords', { ids: [r.id] });
    expect((await t.call('listRecords', {})).total).toBe(3);
    await t.call('undo', {}); // the restore
    expect((await t.call('listRecords', {})).total).toBe(2);
    await t.call('undo', {}); // the delete
    expect((await t.call('listRecords', {})).total).toBe(3);
    expect(await seriesTotal()).toBe(100 + 101 + 102);
    await t.call('redo', {});
    expect((await t.call('listRecords', {})).total).toBe(2);
    const kinds = (await t.call('recordHistory', { id: r.id })).map((h) => h.kind);
    expect(kinds).toEqual(['delete', 'restore', 'undo', 'undo', 'redo']);
  });

  it('reverting a batch hides its rows, brings back what it superseded, and can itself be undone', async () => {
    t = tempCore();
    const b1 = await load(3, 'a.csv');
    // b.csv restates record 0 with a revised value and adds one new row.
    const b2Lines = [line(0).replace(',100,', ',999,'), line(50)];
    const b2 = (
      await t.call('importFiles', {
        files: [{ path: t.file('b.csv', [HEADER, ...b2Lines].join('\n')) }],
        options: { goods: 'all' },
      })
    ).files[0]!.batchId!;
    const values = async () =>
      (await t.call('listRecords', { sort: { column: 'value', dir: 'asc' } })).rows.map((r) => r.value);
    expect(await values()).toEqual([101, 102, 150, 999]);
    const seriesTotal = async () =>
      (await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' })).points.reduce(
        (sum, p) => sum + p.value,
        0,
      );
    expect(await seriesTotal()).toBe(999 + 101 + 102 + 150);
    const reverted = await t.call('revertBatch', { batchId: b2 });
    expect(reverted.count).toBe(2);
    expect(await values()).toEqual([100, 101, 102]);
    expect((await t.call('listBatches', {})).find((b) => b.id === b2)?.status).toBe('reverted');
    expect(await seriesTotal()).toBe(100 + 101 + 102); // the summary follows the revert
    await expect(t.call('revertBatch', { batchId: b2 })).rejects.toThrow(/conflict.*already reverted/);
    await t.call('undo', {});
    expect(await values()).toEqual([101, 102, 150, 999]);
    expect(await seriesTotal()).toBe(999 + 101 + 102 + 150);
    expect((await t.call('listBatches', {})).find((b) => b.id === b2)?.status).toBe('imported');
    await t.call('redo', {});
    expect(await values()).toEqual([100, 101, 102]);
    expect(b1).not.toBe(b2);
  });
});

describe('provenance and views', () => {
  it('names the file, its hash and row, and the values as imported before any edit', async () => {
    t = tempCore();
    await load(3, 'source.csv');
    const r = await first();
    await t.call('updateRecord', { id: r.id, field: 'value', value: '7', version: r.version });
    const src = await t.call('recordSource', { id: r.id });
    expect(src).toMatchObject({ fileName: 'source.csv', row: 2, edited: true, batchStatus: 'imported' });
    // The file's own cells, as the reader produced them, not the edited value.
    expect(src.rawCells).toContain('100');
    expect(src.rawCells).not.toContain('7');
    expect(src.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(src.asImported).toMatchObject({ value: '100', code: '0000', description: 'item 0', period: '2020-01' });
  });

  it('reads a figure whose thousands are grouped by spaces, and still refuses one that is not a figure', async () => {
    t = tempCore();
    await load(2);
    const [a, b] = (await t.call('listRecords', {})).rows;
    await t.call('updateRecord', { id: a!.id, field: 'value', value: '5 678', version: a!.version });
    await t.call('updateRecord', { id: b!.id, field: 'quantity', value: '1\u202f234\u00a0567.5', version: b!.version });
    const after = (await t.call('listRecords', {})).rows;
    expect(after.find((r) => r.id === a!.id)!.value).toBe(5678);
    expect(after.find((r) => r.id === b!.id)!.quantity).toBe(1234567.5);
    const c = after.find((r) => r.id === a!.id)!;
    await expect(
      t.call('updateRecord', { id: c.id, field: 'value', value: '5 67', version: c.version }),
    ).rejects.toThrow(/"5 67" is not a number/);
  });

  it('saves a view by name and lists it back', async () => {
    t = tempCore();
    await t.call('saveView', { name: 'Coal', state: '{"sort":"value"}' });
    await t.call('saveView', { name: 'Coal', state: '{"sort":"code"}' });
    expect((await t.call('listViews', {})).map((v) => [v.name, v.state])).toEqual([['Coal', '{"sort":"code"}']]);
  });
});

describe('pasting many cells', () => {
  it('saves a paste as one undo step, and refuses all of it when one cell is invalid', async () => {
    t = tempCore();
    await load(3);
    const rows = (await t.call('listRecords', {})).rows;
    const cells = rows.map((r) => ({ id: r.id, field: 'unit' as const, value: 'kg', version: r.version }));
    const pasted = await t.call('updateRecords', {
      cells: [...cells, { id: rows[0]!.id, field: 'code', value: '0909', version: rows[0]!.version }],
    });
    expect(pasted.label).toBe('Paste 4 cells');
    expect((await t.call('listRecords', {})).rows.map((r) => [r.unit, r.code])).toEqual([
      ['kg', '0909'],
      ['kg', '0001'],
      ['kg', '0002'],
    ]);
    await t.call('undo', {});
    expect((await t.call('listRecords', {})).rows.map((r) => [r.unit, r.code])).toEqual([
      ['', '0000'],
      ['', '0001'],
      ['', '0002'],
    ]);
    const now = (await t.call('listRecords', {})).rows;
    await expect(
      t.call('updateRecords', {
        cells: [
          { id: now[0]!.id, field: 'unit', value: 't', version: now[0]!.version },
          { id: now[1]!.id, field: 'value', value: 'lots', version: now[1]!.version },
        ],
      }),
    ).rejects.toThrow(/Nothing was pasted: cell 2 \(value of record 2\)/);
    expect((await t.call('listRecords', {})).rows[0]!.unit).toBe('');
    // The same refusal in the Korean UI: the sentence and the cell's own reason, both from the catalogs.
    const refused = await t.core.dispatch('updateRecords', {
      cells: [{ id: now[1]!.id, field: 'value', value: 'lots', version: now[1]!.version }],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toBe(
      'Nothing was pasted: cell 1 (value of record 2): "lots" is not a number with at most 3 decimals.',
    );
    expect(localizedMessage(refused.error, 'ko')).toBe(
      '아무것도 붙여 넣지 않았습니다. 1번째 셀(레코드 2번의 금액): 소수점 이하 3자리까지의 숫자가 아닙니다: "lots".',
    );
  });
});
