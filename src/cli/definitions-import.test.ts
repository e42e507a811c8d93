import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-harness';

// `definitions --import` saved the definitions before the first refused one (and replaced those held of the same
// name), then stopped with "saveDefinition: flow: Invalid option…", naming no definition of the file.
const { dir, db, tidemark, importRows } = cliWorkspace('tidemark-defs-import-', 'defs');

beforeAll(async () => {
  await importRows('china.csv', ['2017,CHN,PRK,import,HS,TOTAL,All goods,1700000000,USD,,']);
  expect(
    (await tidemark('define', 'coal', '--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--hs', '2701')).code,
  ).toBe(0);
});

describe('definitions --import', () => {
  it('saves nothing of a file with a refused definition, and names it', async () => {
    const file = join(dir, 'defs.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'coal', reporter: 'CHN', partner: 'PRK', flow: 'export', hs: ['2701'] },
        { name: 'ore', reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['2601'] },
        { name: 'fuel', reporter: 'CHN', partner: 'PRK', flow: 'sideways' },
      ]),
    );
    const r = await tidemark('definitions', '--db', db, '--import', file);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'tidemark: bad_input: Definition 3 of 3 in the file ("fuel") was refused, so none of the file\'s definitions were saved and those held are unchanged: flow: Invalid option: expected one of "import"|"export"|"total"',
    );
    expect((await tidemark('definitions', '--db', db)).stdout.trim()).toBe('coal: CHN import PRK, only HS 2701');
  });
});
