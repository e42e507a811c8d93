import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { localizedMessage } from '../../../shared/error-text';
import { tempCore } from '../../test-support/temp-core';

const SOYBEAN = resolve(__dirname, '../../../../../shared/corpora/gacc/soybean-monthly/2024in.csv');
const haveCorpus = existsSync(SOYBEAN);
const corpusNote = haveCorpus ? '' : ' (skipped: ../shared/corpora is absent)';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/**
 * A real China customs download with one value a spreadsheet mangled: its reject, its reason as the
 * import stored it, and the warnings of its batch, each said in Korean for the Korean UI and in
 * English for the English UI and the CLI, from the one catalog.
 */
describe.skipIf(!haveCorpus)(`rejects and warnings of real formats, in the UI's language${corpusNote}`, () => {
  it('a China customs row whose value is not a number is rejected with a reason said in Korean', async () => {
    t = tempCore();
    const lines = iconv.decode(readFileSync(SOYBEAN), 'gb18030').split('\n');
    // The third data row's last quoted number becomes text a person typed over it.
    const at = lines.findIndex((l, i) => i >= 3 && /"[\d,]+",?\s*$/.test(l));
    lines[at] = lines[at]!.replace(/"[\d,]+"(,?\s*)$/, '"12x3"$1');
    const path = t.file('2024in.csv', iconv.encode(lines.join('\n'), 'gb18030'));

    const [f] = (await t.call('importFiles', { files: [{ path }], options: { flow: 'import' } })).files;
    expect(f).toMatchObject({ status: 'imported', rowsRejected: 1 });
    const [r] = await t.call('listRejects', { batchId: f!.batchId!, limit: 10 });
    expect(r).toMatchObject({
      reason: 'cast_error',
      message: 'value "12x3" is not a number (digits, commas between groups of three, at most 3 decimals).',
      key: 'reject.gaccValue',
      params: { value: '12x3' },
    });
    expect(localizedMessage(r!, 'ko')).toBe(
      '금액 "12x3"은 숫자가 아닙니다(숫자만, 세 자리마다 쉼표, 소수점 아래 3자리까지).',
    );
    expect(localizedMessage(r!, 'en')).toBe(r!.message);
  });
});

describe("rejects and warnings of the formats, in the UI's language", () => {
  it('a Tidemark CSV: a bad period and a missing column in Korean; its scope warning too', async () => {
    t = tempCore();
    const path = t.file(
      'a.csv',
      [
        'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
        '2020-01,CHN,PRK,import,HS,0101,x,5,USD,,',
        '2020/13,CHN,PRK,import,HS,0101,x,5,USD,,',
        '2020-02,CHN,PRK,import,HS,0101,x,5',
      ].join('\n'),
    );
    const [f] = (await t.call('importFiles', { files: [{ path }], options: {} })).files;
    expect(f).toMatchObject({ status: 'imported', rowsImported: 1, rowsRejected: 2 });
    const rejects = await t.call('listRejects', { batchId: f!.batchId!, limit: 10 });
    expect(rejects.map((r) => localizedMessage(r, 'ko'))).toEqual([
      '기간 "2020/13"은 YYYY-MM이나 YYYY 형식이 아닙니다.',
      '열이 11개여야 하는데 8개입니다.',
    ]);
    expect(rejects.map((r) => r.message)).toEqual([
      'period "2020/13" is not YYYY-MM or YYYY.',
      'Expected 11 columns, found 8.',
    ]);

    // The file's warnings: in the report, and stored with its batch.
    const listed = (await t.call('listBatches', {})).find((b) => b.id === f!.batchId)!;
    for (const warnings of [f!.warnings, listed.warnings]) {
      const goods = warnings.find((w) => w.code === 'scope_goods_listed')!;
      expect(goods.message).toMatch(/^The file has no all-goods \(TOTAL\) row/);
      expect(localizedMessage(goods, 'ko')).toMatch(
        /^이 파일에는 전체 품목\(TOTAL\) 행이 없어 파일에 있는 코드만 다룹니다\./,
      );
    }
  });
});
