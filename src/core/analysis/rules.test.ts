import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createSummaryMaintenance } from '../db/summary-repo';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const row = (
  period: string,
  flow: string,
  code: string,
  value: string,
  o: { currency?: string; partner?: string; reporter?: string } = {},
) => `${period},${o.reporter ?? 'CHN'},${o.partner ?? 'PRK'},${flow},HS,${code},,${value},${o.currency ?? 'USD'},,`;

/** These files are the whole world of their tests: every good and every partner traded is in them. */
async function load(lines: string[], name = 's.csv') {
  t ??= tempCore();
  const path = t.file(name, [HEADER, ...lines].join('\n'));
  const r = await t.call('importFiles', { files: [{ path }], options: { goods: 'all', partners: 'all' } });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  return r.files[0]!.batchId!;
}
function fresh() {
  t?.dispose();
  t = tempCore();
}
/** Summary rows that differ from a full recomputation from the records: none when maintenance is right. */
function summaryDrift(): unknown[] {
  const db = new Database(t.core.dbPath);
  try {
    return createSummaryMaintenance(db).differences();
  } finally {
    db.close();
  }
}

describe('analysis rules', () => {
  it('refuses to mix currencies, naming them, unless a rate table converts them, and then says so', async () => {
    fresh();
    await load([
      row('2020-10', 'import', '01', '10'),
      row('2020-10', 'import', '01', '70', { currency: 'CNY', partner: 'RUS' }),
    ]);
    await expect(t.call('series', { reporter: 'CHN', flow: 'import' })).rejects.toThrow(/mixed_currencies.*CNY, USD/);
    const s = await t.call('series', {
      reporter: 'CHN',
      flow: 'import',
      currency: 'USD',
      rates: [{ currency: 'CNY', rate: 0.15 }],
    });
    expect(s.points[0]!.value).toBeCloseTo(20.5);
    expect(s.conversions).toEqual(['CNY converted to USD at 0.15.']);
  });

  it('a month the reporter covers with no rows for the partner is zero; a month it does not cover is missing', async () => {
    fresh();
    await load([
      row('2020-09', 'import', '01', '10'),
      row('2020-10', 'import', '01', '5', { partner: 'RUS' }),
      row('2020-12', 'import', '01', '7'),
    ]);
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.points.map((p) => [p.period, p.value, p.status])).toEqual([
      ['2020-09', 10, 'reported'],
      ['2020-10', 0, 'zero'],
      ['2020-12', 7, 'reported'],
    ]);
    expect(s.missing).toEqual([{ period: '2020-11', reason: "No file held covers China's imports in November 2020." }]);
    expect(s.points[2]!.mom).toBeNull();
    expect(s.points[2]!.reasons.mom).toBe('No figure for November 2020.');

    // In Korean for a Korean UI: the reason and the footnote, with the same figures.
    const ko = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', lang: 'ko' });
    expect(ko.points).toEqual(s.points);
    expect(ko.missing).toEqual([{ period: '2020-11', reason: '2020년 11월 중국의 수입을 다루는 파일이 없습니다.' }]);
    expect(ko.footnotes).toContain('기간 중 1개월은 보유 자료가 다루지 않습니다. 0이 아니라 없는 값입니다.');
    // Total trade lacking both flows names both (it said "import and exports" before).
    const total = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'total',
      from: '2020-11',
      to: '2020-11',
    });
    expect(total.missing[0]!.reason).toBe("No file held covers China's imports and exports in November 2020.");
  });

  it("GACC's combined January+February: changes are null with a reason, the year to date still adds up", async () => {
    fresh();
    const header = ['数据年月', '贸易伙伴编码', '贸易伙伴名称', '商品编码', '商品名称', '美元'];
    const lines = [
      ['2020年1-2月', '109', '朝鲜', '27160000', '电力', '2,000'],
      ['202003', '109', '朝鲜', '27160000', '电力', '500'],
      ['2019年1-2月', '109', '朝鲜', '27160000', '电力', '1,000'],
      ['201903', '109', '朝鲜', '27160000', '电力', '400'],
    ];
    const path = t.file(
      'jf.csv',
      iconv.encode([header, ...lines].map((r) => r.map((c) => `"${c}"`).join(',') + ',').join('\r\n'), 'gb18030'),
    );
    const r = await t.call('importFiles', {
      files: [{ path }],
      options: { flow: 'import', reporter: 'CHN', goods: 'all' },
    });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsImported: 4 });
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2020-01' });
    expect(s.missing).toEqual([
      {
        period: '2020-01',
        reason: 'January 2020 was released combined with February 2020; its figure is inside that one.',
      },
    ]);
    const [feb, mar] = s.points;
    expect(feb).toMatchObject({
      period: '2020-02',
      value: 2000,
      status: 'combined',
      months: 2,
      mom: null,
      yoy: null,
      ytd: 2000,
    });
    expect(feb!.reasons.mom).toMatch(/combined release/);
    expect(mar).toMatchObject({ period: '2020-03', mom: null, ytd: 2500 });
    expect(mar!.reasons.mom).toMatch(/February 2020 is a combined 2-month release/);
    expect(mar!.yoy).toBeCloseTo(0.25);
    expect(mar!.ytdYoy).toBeCloseTo(2500 / 1400 - 1);
  });

  it('a record at the start of a series says so and names the first month held', async () => {
    fresh();
    await load([
      row('2020-01', 'import', '01', '50'),
      row('2020-02', 'import', '01', '40'),
      row('2020-03', 'import', '01', '45'),
      row('2020-04', 'import', '01', '30'),
    ]);
    const low = await t.call('seriesRecord', { reporter: 'CHN', partner: 'PRK', flow: 'import', period: '2020-04' });
    expect(low).toMatchObject({
      kind: 'lowest',
      since: '2020-01',
      sinceStart: true,
      text: 'the lowest since January 2020, when the series held here begins',
    });
    const mar = await t.call('seriesRecord', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      period: '2020-03',
      kind: 'lowest',
    });
    expect(mar).toMatchObject({ kind: 'lowest', since: '2020-02', sinceStart: false });
    const first = await t.call('seriesRecord', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      period: '2020-01',
      kind: 'highest',
    });
    expect(first).toMatchObject({ since: '2020-01', sinceStart: true });
  });

  it('never adds an aggregate to its details; an aggregate alone stands for its month but not under a commodity filter', async () => {
    fresh();
    await load([
      row('2020-01', 'import', 'TOTAL', '1000'),
      row('2020-01', 'import', '01', '600'),
      row('2020-01', 'import', '02', '400'),
      row('2020-02', 'import', 'TOTAL', '900'),
    ]);
    const all = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(all.points.map((p) => [p.period, p.value])).toEqual([
      ['2020-01', 1000],
      ['2020-02', 900],
    ]);
    const excl = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', excludeHs: ['02'] });
    expect(excl.points.map((p) => [p.period, p.value])).toEqual([['2020-01', 600]]);
    expect(excl.missing[0]).toMatchObject({
      period: '2020-02',
      reason: expect.stringMatching(
        /HS 02 is not listed separately in February 2020: it is within the USD 900 of the all-goods total/,
      ),
    });
    // Asked in Korean, the same reason in Korean; the Korean brief quotes it rather than "no data" (자료가 없습니다).
    const ko = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      excludeHs: ['02'],
      lang: 'ko',
    });
    const why =
      '북한: 2020년 2월 HS 02는 따로 나열되지 않았습니다. 나열된 어느 품목에도 속하지 않는 전 품목 합계의 USD 900 안에 들어 있습니다.';
    expect(ko.missing[0]).toMatchObject({ period: '2020-02', reason: why });
    const brief = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020-02',
      flow: 'import',
      excludeHs: ['02'],
      lang: 'ko',
    });
    expect(brief.notCovered).toBe(why);
    // The same exclusion as the pair's convention (not the reader's choice): the month's brief is written
    // with HS 02 included, and says so; a month that lists it still leaves it out.
    const conventional = {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import' as const,
      excludeHs: ['02'],
      conventional: true,
    };
    const feb = await t.call('brief', { ...conventional, period: '2020-02' });
    expect(feb.notCovered).toBeNull();
    expect(feb.figures.value).toBe(900);
    expect(feb.unexcluded).toEqual(['02']);
    expect(feb.footnotes[0]).toBe(
      'HS 02 is not listed separately in February 2020 in the files held, so it is included in these figures, not left out by the default.',
    );
    const febKo = await t.call('brief', { ...conventional, period: '2020-02', lang: 'ko' });
    expect(febKo.footnotes[0]).toBe(
      '보유한 파일에는 2020년 2월 HS 02가 따로 나열되지 않아, 기본 제외와 달리 이 수치에 포함되어 있습니다.',
    );
    const jan = await t.call('brief', { ...conventional, period: '2020-01' });
    expect(jan.figures.value).toBe(600);
    expect(jan.unexcluded).toEqual([]);
    const top = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2020-01',
      level: 2,
    });
    expect(top.total).toBe(1000);
    expect(top.items.map((i) => [i.key, i.share])).toEqual([
      ['01', 0.6],
      ['02', 0.4],
    ]);
  });

  it('codes adding up to more than their reported total: the total stands, and the rest is said as over', async () => {
    fresh();
    await load([
      row('2024-12', 'import', 'TOTAL', '1000'),
      row('2024-12', 'import', '01', '700'),
      row('2024-12', 'import', '02', '500'),
    ]);
    const b = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2024-12', level: 2 });
    expect(b.total).toBe(1000);
    expect(b.unallocated).toMatchObject({ value: -200 });
    expect(b.unallocated!.note).toBe('the HS codes listed add up to more than the reported total: the total stands');
    const ko = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2024-12',
      level: 2,
      lang: 'ko',
    });
    expect(ko.unallocated!.note).toBe('나열된 HS 코드의 합이 보고된 합계보다 큽니다. 합계를 그대로 씁니다');
    const brief = await t.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2024-12', flow: 'import' });
    expect(brief.figures.value).toBe(1000);
    expect(brief.footnotes).toContain('The items listed add up to $200 more than the reported total, which stands.');
    expect(brief.footnotes.join(' ')).not.toContain('-200');
  });

  it('a revised value supersedes the old one, in the series and in the summary', async () => {
    fresh();
    await load([row('2020-11', 'import', '33049900', '1800'), row('2020-11', 'import', '34011100', '19')], 'first.csv');
    await load([row('2020-11', 'import', '33049900', '1854')], 'revised.csv');
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.points[0]!.value).toBe(1873);
    const only = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['3304'] });
    expect(only.points[0]!.value).toBe(1854);
    expect(summaryDrift()).toEqual([]);
  });

  it('summaries equal a full recomputation after imports, edits, deletes and batch reverts', async () => {
    fresh();
    const b1 = await load(
      [
        row('2020-10', 'import', '01', '10'),
        row('2020-11', 'import', '01', '20'),
        row('2020-11', 'export', 'TOTAL', '99'),
      ],
      'a.csv',
    );
    await load(
      [row('2020-11', 'import', '01', '25'), row('2020-12', 'export', '02', '5', { partner: 'RUS' })],
      'b.csv',
    );
    expect(summaryDrift()).toEqual([]);
    const page = await t.call('listRecords', { sort: { column: 'id', dir: 'asc' } });
    const first = page.rows[0]!;
    await t.call('updateRecord', { id: first.id, field: 'period', value: '2020-09', version: first.version });
    expect(summaryDrift()).toEqual([]);
    const moved = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2020-09',
      to: '2020-09',
    });
    expect(moved.points[0]!.value).toBe(10);
    await t.call('deleteRecords', { ids: [page.rows[3]!.id] });
    expect(summaryDrift()).toEqual([]);
    await t.call('revertBatch', { batchId: b1 });
    expect(summaryDrift()).toEqual([]);
    await t.call('undo', {});
    expect(summaryDrift()).toEqual([]);
  });

  it('tells a series from the partner side and reconciles it with the mirror', async () => {
    fresh();
    await load([
      row('2019', 'import', 'TOTAL', '110'),
      row('2019', 'export', 'TOTAL', '100', { reporter: 'PRK', partner: 'CHN' }),
    ]);
    const s = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'export',
      subject: 'partner',
      frequency: 'year',
    });
    expect(s.label).toBe("North Korea's exports to China");
    expect(s.source).toBe("as reported by China's customs");
    expect(s.points[0]!.value).toBe(110);
    const r = await t.call('reconcile', { reporter: 'PRK', partner: 'CHN', flow: 'export' });
    expect(r.rows).toEqual([
      { period: '2019', currency: 'USD', reported: 100, mirror: 110, gap: 10, ratio: 1.1, reasons: {} },
    ]);
    expect(r.note).toMatch(/CIF/);
  });
});
