import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';

// A brief said "as reported by China's customs" of figures read from a UN Comtrade download. It names what
// the files its figures were read from are, as the charts' source line does: UN Comtrade where a Comtrade
// file was read, China's customs for a customs download (or a table of one's own), both where both were.

const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const ANNUAL = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');
const absent = !existsSync(ANNUAL);

/** A Comtrade+ download (the portal's CSV), China as reporter, North Korea as partner. */
const COMTRADE = 'freqCode,period,reporterISO,flowCode,partnerISO,classificationCode,cmdCode,cmdDesc,primaryValue';
const ct = (freq: 'A' | 'M', period: string, flow: 'M' | 'X', code: string, value: number, classification = 'H6') =>
  `${freq},${period},CHN,${flow},PRK,${classification},${code},,${value}`;
/** A table of one's own (the canonical CSV): cited as the reporter's customs. */
const own = (period: string, flow: string, code: string, value: number) =>
  `${period},CHN,PRK,${flow},HS,${code},,${value},USD,,`;

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

async function load(name: string, lines: string[], options: ImportOptions = {}) {
  t ??= tempCore();
  const r = await t.call('importFiles', { files: [{ path: t.file(name, lines.join('\n')) }], options });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  return { core: t, format: r.files[0]!.format };
}

const q = { reporter: 'CHN', partner: 'PRK', subject: 'partner' as const, excludeHs: ['2716'] };

describe('the source a brief names', () => {
  it('of a Comtrade annual download is UN Comtrade, in English and Korean, in the text and the label', async () => {
    const { core, format } = await load('comtrade-annual.csv', [
      COMTRADE,
      ct('A', '2019', 'M', 'TOTAL', 215_000_000),
      ct('A', '2019', 'M', '2716', 15_000_000),
      ct('A', '2020', 'M', 'TOTAL', 48_000_000),
      ct('A', '2020', 'M', '2716', 12_000_000),
      ct('A', '2020', 'X', 'TOTAL', 491_000_000),
    ]);
    expect(format).toBe('comtrade');
    const b = await core.call('brief', { ...q, period: '2020' });
    expect(b.figures.value).toBe(36_000_000);
    expect(b.text).toMatch(
      /^North Korea's exports to China fell to \$36\.00 million in 2020, down 82% from a year earlier, according to UN Comtrade \(China as reporter\)\. /,
    );
    expect(b.text).not.toContain('customs');
    expect(b.figures.label).toBe("North Korea's exports to China, according to UN Comtrade (China as reporter)");
    expect(b.links.find((l) => l.text === '$36.00 million')?.label).toBe(b.figures.label);
    // No other sentence or footnote names a source: the exclusion's footnote is the figure alone.
    expect(b.footnotes).toContain('Excludes HS 2716 (electricity): $12,000,000 in 2020.');
    const ko = await core.call('brief', { ...q, period: '2020', lang: 'ko' });
    expect(ko.text).toContain('전년 대비 82% 감소했습니다(중국이 UN Comtrade에 보고한 수치).');
    expect(ko.text).not.toContain('해관');
    // The series' own label (the CLI's `series` header) says the same.
    const s = await core.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.source).toBe('according to UN Comtrade (China as reporter)');
  });

  it('of a Comtrade monthly download is UN Comtrade', async () => {
    const { core } = await load('comtrade-monthly.csv', [
      COMTRADE,
      ...['202010', '202011'].flatMap((p, i) => [
        ct('M', p, 'M', 'TOTAL', 3_000_000 + i * 500_000),
        ct('M', p, 'M', '2716', 1_000_000),
        ct('M', p, 'X', 'TOTAL', 40_000_000 - i * 4_000_000),
      ]),
    ]);
    const b = await core.call('brief', { ...q, period: '2020-11' });
    expect(b.figures.value).toBe(2_500_000);
    expect(b.text).toContain(
      'in November 2020, up 25% from a month earlier, according to UN Comtrade (China as reporter).',
    );
    expect(b.text).not.toContain('customs');
    // A year summed from a Comtrade file's months is Comtrade's too (two months: not the year, but labelled).
    const s = await core.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.source).toBe('according to UN Comtrade (China as reporter)');
  });

  it('of a customs table and a Comtrade download read together names both', async () => {
    await load('comtrade-imports.csv', [
      COMTRADE,
      ct('M', '202011', 'M', 'TOTAL', 3_000_000),
      ct('M', '202011', 'M', '2716', 1_000_000),
    ]);
    const { core, format } = await load('customs-exports.csv', [HEADER, own('2020-11', 'export', 'TOTAL', 40_000_000)]);
    expect(format).not.toBe('comtrade');
    const b = await core.call('brief', { ...q, period: '2020-11' });
    expect(b.figures.value).toBe(2_000_000);
    expect(b.figures.counterFlow.value).toBe(40_000_000);
    expect(b.text).toContain("in November 2020, as reported by China's customs and UN Comtrade (China as reporter). ");
    const ko = await core.call('brief', { ...q, period: '2020-11', lang: 'ko' });
    expect(ko.text).toContain('(중국 해관 집계 및 중국이 UN Comtrade에 보고한 수치).');
  });

  it('leaves out a file whose figures a later file restated: it covers them, but none is read from it', async () => {
    // A published table, then the Comtrade download restating both of its 2020 totals: every figure is Comtrade's.
    await load('published.csv', [
      HEADER,
      own('2020', 'import', 'TOTAL', 48_000_000),
      own('2020', 'export', 'TOTAL', 491_100_000),
    ]);
    const { core } = await load('comtrade.csv', [
      COMTRADE,
      ct('A', '2020', 'M', 'TOTAL', 47_948_195, 'HS'),
      ct('A', '2020', 'X', 'TOTAL', 490_967_988, 'HS'),
    ]);
    const b = await core.call('brief', { ...q, period: '2020', excludeHs: [] });
    expect(b.figures.value).toBe(47_948_195);
    expect(b.text).toContain('in 2020, according to UN Comtrade (China as reporter). ');
    expect(b.text).not.toContain('customs');
    const s = await core.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.source).toBe('according to UN Comtrade (China as reporter)');
    // The chart's caption cites what the answer says its figures were read from.
    expect(s.sources).toEqual(['comtrade']);
    // Where the published table still holds the counter-flow, it is named beside Comtrade.
    await load('published-2021.csv', [HEADER, own('2021', 'export', 'TOTAL', 260_000_000)]);
    await load('comtrade-2021.csv', [COMTRADE, ct('A', '2021', 'M', 'TOTAL', 58_067_669, 'HS')]);
    const both = await core.call('brief', { ...q, period: '2021', excludeHs: [] });
    expect(both.text).toContain("as reported by China's customs and UN Comtrade (China as reporter)");
  });

  it('leaves out a file of another edition, whose rows the figure is not read from', async () => {
    // Not restated (HS and H6 are two keys), but a cell holding both is read in one edition: H6, Comtrade's.
    await load('published.csv', [HEADER, own('2020', 'import', 'TOTAL', 48_000_000)]);
    const { core } = await load('comtrade.csv', [COMTRADE, ct('A', '2020', 'M', 'TOTAL', 47_948_195)]);
    const b = await core.call('brief', { ...q, period: '2020', excludeHs: [] });
    expect(b.figures.value).toBe(47_948_195);
    expect(b.text).toContain('in 2020, according to UN Comtrade (China as reporter).');
    const s = await core.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.source).toBe('according to UN Comtrade (China as reporter)');
  });

  it('of a customs table alone is the reporter’s customs, as before', async () => {
    const { core } = await load('customs.csv', [
      HEADER,
      own('2020-11', 'import', 'TOTAL', 3_000_000),
      own('2020-11', 'import', '2716', 1_000_000),
      own('2020-11', 'export', 'TOTAL', 40_000_000),
    ]);
    const b = await core.call('brief', { ...q, period: '2020-11' });
    expect(b.text).toContain("in November 2020, as reported by China's customs. ");
    expect(b.text).not.toContain('Comtrade');
    const s = await core.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.source).toBe("as reported by China's customs");
  });
});

describe.skipIf(absent)(
  `the annual brief of the Comtrade China–DPRK download${absent ? ' (skipped: ../shared/corpora is absent)' : ''}`,
  () => {
    it('says UN Comtrade, not China’s customs', async () => {
      t = tempCore();
      const r = await t.call('importFiles', {
        files: [{ path: ANNUAL }],
        options: { reporter: 'CHN', partner: 'PRK', flow: 'import' },
      });
      expect(r.files[0]).toMatchObject({ status: 'imported', format: 'comtrade' });
      const b = await t.call('brief', { ...q, period: '2020' });
      // 47,948,195 less 11,848,244 of electricity.
      expect(b.figures.value).toBe(36_099_951);
      expect(b.text).toContain('in 2020, down 82% from a year earlier, according to UN Comtrade (China as reporter).');
      expect(b.text).not.toContain('customs');
    });
  },
);
