import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';

const SAMPLE = resolve(__dirname, '../../../../resources/sample/nk-china-published.csv');

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const warningsOf = async (path: string) =>
  (await t.call('importFiles', { files: [{ path }], options: {} })).files[0]!.warnings;

it('a file with TOTAL rows in most months is not told it has none: the warning says where it lacks one', async () => {
  t = tempCore();
  // The sample states all goods for every month but November 2020's imports, which it lists item by item.
  const goods = (await warningsOf(SAMPLE)).find((w) => w.code === 'scope_goods_listed');
  expect(goods?.message).toBe(
    '1 of the file\'s 23 periods and flows (such as 2020-11 import) has no all-goods (TOTAL) row, so there it covers only the codes it lists: other goods, and all goods together, are "not covered" by it. If those rows are every good traded, import it with goods "all" (CLI: --goods all).',
  );
});

it('a file with no TOTAL row at all is told so', async () => {
  t = tempCore();
  const path = t.file('items.csv', [HEADER, '2020-01,CHN,PRK,import,HS,2716,,10,USD,,'].join('\n'));
  const goods = (await warningsOf(path)).find((w) => w.code === 'scope_goods_listed');
  expect(goods?.message).toMatch(/^The file has no all-goods \(TOTAL\) row, so it covers only the codes it lists/);
});
