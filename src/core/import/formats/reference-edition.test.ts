import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../../test-support/corpus-database';
import { HEADER, tempCore } from '../../test-support/temp-core';
import { editionNamedBy } from './reference-format';

const HS_JSON = join(CORPORA, 'comtrade/plus-reference/HS.json');

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const classifications = () => {
  const db = new Database(join(t.dir, 'test.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT classification, count(*) AS n FROM commodity_ref GROUP BY 1 ORDER BY 1').all();
  } finally {
    db.close();
  }
};

/** A legacy Comtrade download (12 columns) of one edition: 880211 covered unmanned helicopters until HS 2022. */
const comtrade = (edition: string) =>
  'Classification,Year,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Partner Code,Partner,Commodity Code,Commodity,Trade Value (US$),Flag\n' +
  `${edition},2019,1,Import,156,China,0,World,TOTAL,All Commodities,5000000,0\n` +
  `${edition},2019,1,Import,156,China,0,World,880211,Helicopters of an unladen weight not exceeding 2000kg,1200000,0\n`;

async function helicopterName(): Promise<string | undefined> {
  const b = await t.call('breakdown', { reporter: 'CHN', partner: 'WLD', flow: 'import', from: '2019', level: 6 });
  return b.items.find((i) => i.key === '880211')?.description;
}

describe('the edition a nomenclature names itself', () => {
  it('is read from the root of its tree', () => {
    expect(editionNamedBy('Total - All H6 commodities')).toBe('H6');
    expect(editionNamedBy('Total of all HS2022 commodities')).toBe('H6');
    expect(editionNamedBy('Total of all HS 2017 commodities')).toBe('H5');
    expect(editionNamedBy('All Commodities')).toBeNull();
  });

  it('labels a tree whose first row is a root naming an edition with that edition, any other "HS"', async () => {
    t = tempCore();
    const h6 = t.file(
      'h6.json',
      JSON.stringify({
        classCode: 'HS',
        results: [
          { id: 'TOTAL', text: 'Total - All H6 commodities', parent: '#' },
          { id: '88', text: '88 - Aircraft, spacecraft and parts thereof', parent: 'TOTAL' },
          { id: '880211', text: '880211 - Helicopters, except unmanned', parent: '88' },
        ],
      }),
    );
    const plain = t.file('plain.csv', 'code,description,parent\n27,Mineral fuels,\n2716,Electrical energy,27\n');
    await t.call('importFiles', { files: [{ path: h6 }, { path: plain }], options: {} });
    expect(classifications()).toEqual([
      { classification: 'H6', n: 3 },
      { classification: 'HS', n: 2 },
    ]);
  });

  it('names an HS 2017 code from its file, an HS 2022 code and HS of no stated edition from the H6 tree', async () => {
    const tree = JSON.stringify({
      results: [
        { id: 'TOTAL', text: 'Total - All H6 commodities', parent: '#' },
        { id: '880211', text: '880211 - Helicopters (the tree), except unmanned', parent: '8802' },
      ],
    });
    const named = async (data: string, name: string) => {
      t?.dispose();
      t = tempCore();
      const files = [{ path: t.file('h6.json', tree) }, { path: t.file(name, data) }];
      await t.call('importFiles', { files, options: { goods: 'all' } });
      return helicopterName();
    };
    expect(await named(comtrade('H5'), 'h5.csv')).toBe('Helicopters of an unladen weight not exceeding 2000kg');
    expect(await named(comtrade('H6'), 'h6.csv')).toBe('Helicopters (the tree), except unmanned');
    // Tidemark's CSV says "HS": read as the latest edition, as the bundled names read it.
    const canonical = `${HEADER}\n2019,CHN,WLD,import,HS,880211,helicopters,1200000,USD,,\n`;
    expect(await named(canonical, 'hs.csv')).toBe('Helicopters (the tree), except unmanned');
  });
});

describe('a tree a database stored as "HS" before its root named its edition', () => {
  it('is a duplicate imported again; --replace reads it again as H6, and undo gives the old reading back', async () => {
    t = tempCore();
    const tree = t.file(
      'HS.json',
      JSON.stringify({
        results: [
          { id: 'TOTAL', text: 'Total - All H6 commodities', parent: '#' },
          { id: '880211', text: '880211 - Helicopters (the tree), except unmanned', parent: '8802' },
        ],
      }),
    );
    const [first] = (await t.call('importFiles', { files: [{ path: tree }], options: {} })).files;
    await t.call('importFiles', { files: [{ path: t.file('h5.csv', comtrade('H5')) }], options: {} });
    // As Tidemark stored it before the root named its edition: "HS", which names every edition's codes.
    const db = new Database(join(t.dir, 'test.sqlite'));
    db.prepare("UPDATE commodity_ref SET classification = 'HS'").run();
    db.close();
    expect(await helicopterName()).toBe('Helicopters (the tree), except unmanned');

    const again = async (options: { replace?: boolean }) =>
      (await t.call('importFiles', { files: [{ path: tree }], options })).files[0];
    expect(await again({})).toMatchObject({ status: 'duplicate', batchId: first!.batchId });
    // Before: a duplicate too, so the old reading could not be left.
    const replaced = await again({ replace: true });
    expect(replaced).toMatchObject({ status: 'imported', rowsImported: 2 });
    expect(replaced!.batchId).not.toBe(first!.batchId);
    expect(await helicopterName()).toBe('Helicopters of an unladen weight not exceeding 2000kg');
    expect(await again({})).toMatchObject({ status: 'duplicate', batchId: replaced!.batchId });
    await t.call('undo', {}); // the revert of the first reading
    expect(await helicopterName()).toBe('Helicopters (the tree), except unmanned');
  });
});

describe.skipIf(corporaAbsent)(`Comtrade+'s HS.json, HS 2022 by its own root${corporaSkipped}`, () => {
  it("is stored as H6; an H5 file keeps its own words for 880211, an H6 file gets HS 2022's", async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: HS_JSON }], options: {} });
    expect(classifications()).toEqual([{ classification: 'H6', n: 8262 }]);
    await t.call('importFiles', { files: [{ path: t.file('h5.csv', comtrade('H5')) }], options: {} });
    // Before: "Helicopters, except unmanned; …", HS 2022's words for a code that held unmanned ones in HS 2017.
    expect(await helicopterName()).toBe('Helicopters of an unladen weight not exceeding 2000kg');
    t.dispose();
    t = tempCore();
    await t.call('importFiles', { files: [{ path: HS_JSON }], options: {} });
    await t.call('importFiles', { files: [{ path: t.file('h6.csv', comtrade('H6')) }], options: {} });
    expect(await helicopterName()).toBe('Helicopters, except unmanned; of an unladen weight not exceeding 2000kg');
  });
});
