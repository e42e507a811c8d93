import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';

// The China–North Korea figures news outlets published (../shared/corpora/published), checked against
// what Tidemark computes from the corpus files that hold their inputs: Comtrade's annual China–DPRK
// file (China's imports from North Korea by year, TOTAL and seven items) and Comtrade's 2020 totals
// by flow. Articles round ("$48 million"), and GACC's preliminary figures differ from Comtrade's
// final ones by a few tenths of a percent (PROVENANCE.txt): values agree within 0.5%, changes within
// 0.1 percentage points of what was printed.
const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const absent = !existsSync(CORPORA);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';

type Published = { period: string; metric: string; value: number; change: number | null };

function published(): Published[] {
  const text = readFileSync(
    join(CORPORA, 'published/nk-china-reported-figures/nk_china_trade_reported_figures.csv'),
    'utf8',
  );
  const [, ...lines] = text.trim().split('\n');
  return lines.map((line) => {
    // Only the first six columns are read; none of them holds a quoted comma.
    const [period, , metric, value, , change] = line.split(',');
    const m = /^([+-−]?[\d.]+)% YoY/.exec(change ?? '');
    return {
      period: period!,
      metric: metric!,
      value: Number(value),
      change: m ? Number(m[1]!.replace('−', '-')) / 100 : null,
    };
  });
}

/** The metrics Tidemark can state: China's side, all goods. */
const FLOWS: Record<string, 'import' | 'export' | 'total'> = {
  china_imports_from_dprk: 'import',
  china_exports_to_dprk: 'export',
  total_trade: 'total',
};

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  if (absent) return;
  t = tempCore();
  for (const file of ['comtrade_china_dprk_exports.json', 'comtrade_sample.json']) {
    const r = await t.call('importFiles', {
      files: [{ path: join(CORPORA, 'comtrade/china-dprk-annual', file) }],
      options: { reporter: 'CHN', partner: 'PRK', flow: 'import' },
    });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

describe.skipIf(absent)(`published China–North Korea figures${why}`, () => {
  it('every annual figure whose inputs are in the corpora matches what was published', async () => {
    const checked: string[] = [];
    for (const p of published()) {
      const flow = FLOWS[p.metric];
      if (!flow || !/^\d{4}$/.test(p.period)) continue;
      const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow, frequency: 'year' });
      const point = s.points.find((x) => x.period === p.period);
      // Not in the corpora (e.g. 2021 exports): nothing to compare.
      if (!point) continue;
      expect(
        Math.abs(point.value / p.value - 1),
        `${p.period} ${p.metric}: ${point.value} vs published ${p.value}`,
      ).toBeLessThan(0.005);
      if (p.change !== null && point.yoy !== null)
        expect(Math.abs(point.yoy - p.change), `${p.period} ${p.metric} YoY`).toBeLessThan(0.001);
      checked.push(`${p.period} ${p.metric}`);
    }
    expect(checked.sort()).toEqual([
      '2018 china_imports_from_dprk',
      '2020 china_exports_to_dprk',
      '2020 china_imports_from_dprk',
      '2020 total_trade',
    ]);
  });

  it('electricity was a quarter of North Korea’s exports to China in 2020 (SEED_FIGURE_CHECKS 9)', async () => {
    const b = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2020', level: 4 });
    expect(b.items.find((i) => i.key === '2716')?.share).toBeCloseTo(11_848_244 / 47_948_195, 6);
  });
});
