import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneError, SAMPLE, tidemarkIn } from './cli-harness';

// On the bundled sample: a selection whose exclusions take out all it includes (HS 2716 less HS 27) read 0 in
// every month any file held ("a 0 no file said"), and `top` listed the very codes it left out, with an
// "unallocated" of -1,125,194 against a total of 0. And a brief leaving out HS 2716 and HS 27 said "excludes $1.12
// million of electricity (HS 2716) and $1.12 million of mineral fuels (HS 27)": the same trade, twice.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-no-goods-'));
const db = join(dir, 'sample.sqlite');
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const pair = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK'];
beforeAll(async () => {
  expect((await tidemark('import', SAMPLE, '--db', db, '--goods', 'all')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a selection of no goods', () => {
  it('is refused by series and top, never read as 0 nor as the codes it leaves out', async () => {
    const sel = ['--flow', 'import', '--hs', '2716', '--exclude-hs', '27'];
    const series = await tidemark('series', ...pair, ...sel);
    expect(series.stdout).toBe('');
    expect(oneError(series)).toEqual({
      code: 'bad_input',
      message:
        'Leaving out HS 27 leaves nothing of HS 2716: the selection holds no goods, so it has no figure. Leave out less (--exclude-hs) or include more (--hs).',
    });
    const top = await tidemark('top', ...pair, ...sel, '--period', '2020-11');
    expect(top.stdout).not.toContain('27160000');
    expect(oneError(top).code).toBe('bad_input');
  });

  it('is not saved as a definition', async () => {
    const r = await tidemark('define', 'nothing', '--db', db, '--hs', '2701', '--exclude-hs', '27');
    expect(r.code).toBe(2);
    expect(oneError(r).message).toContain('--exclude-hs 27 leaves nothing of --hs 2701');
    expect((await tidemark('definitions', '--db', db)).stdout).not.toContain('nothing');
  });
});

describe('a brief leaving out a code and the chapter that holds it', () => {
  it('states the trade left out once, at the chapter', async () => {
    const args = ['--period', '2020-11', '--subject', 'partner', '--exclude-hs', '2716', '--exclude-hs', '27'];
    const r = await tidemark('brief', ...pair, ...args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('This figure excludes $1.12 million of mineral fuels (HS 27).');
    expect(r.stdout).not.toContain('electricity (HS 2716) and');
    const json = JSON.parse((await tidemark('brief', ...pair, ...args, '--json')).stdout);
    expect(json.figures.excluded.map((e: { code: string }) => e.code)).toEqual(['27']);
  });
});
