import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewImport } from './preview-import';

const CORPORA = resolve(__dirname, '../../../../../shared/corpora');
const DPRK = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');
const absent = !existsSync(DPRK);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-flow-hint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the flow a file name hints at, against what the file says', () => {
  it.skipIf(absent)(
    `offers no flow for a file naming no reporter: "china_dprk_exports" is China's imports${why}`,
    () => {
      const p = previewImport({ path: DPRK }, {});
      expect(p.missing).toEqual(expect.arrayContaining(['reporter', 'flow']));
      expect(p.suggestions).toEqual({});
    },
  );

  it("offers none where the rows state their flow: the file's flowCode wins over its name", () => {
    const path = join(dir, 'prk_exports.tsv');
    const header =
      'freqCode\tperiod\treporterCode\treporterISO\tflowCode\tflowDesc\tpartnerCode\tpartnerISO\tclassificationCode\tcmdCode\tcmdDesc\tprimaryValue';
    writeFileSync(path, `${header}\nA\t2020\t156\tCHN\tM\tImport\t408\tPRK\tH5\tTOTAL\tAll\t47948195\n`);
    const p = previewImport({ path }, {});
    expect(p.rows[0]).toMatchObject({ flow: 'import' });
    expect(p.missing).not.toContain('flow');
    expect(p.suggestions).toEqual({});
  });

  it('still offers it for a China customs download, whose reporter is China', () => {
    const path = join(dir, '2024in.csv');
    writeFileSync(
      path,
      '数据年月,贸易伙伴编码,贸易伙伴名称,商品编码,商品名称,第一数量,第一计量单位,第二数量,第二计量单位,人民币\n202401,402,阿根廷,12019019,转基因黄大豆,100,千克,0,?,"5,917"\n',
    );
    const p = previewImport({ path }, {});
    expect(p.missing).toEqual(['flow']);
    expect(p.suggestions).toEqual({ flow: 'import' });
  });
});
