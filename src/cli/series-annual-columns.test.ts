import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// `series --annual` printed MoM (blank) and YTD (the year's own value) columns, and its --json a `ytd` equal to
// `value` and a `ytdYoy` equal to `yoy`: a year has no month before it, and its year to date is itself.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-annual-columns-'));
const db = join(dir, 'annual.sqlite');
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
beforeAll(async () => {
  const rows = [
    HEADER,
    '2019,CHN,PRK,import,HS,TOTAL,All goods,2000,USD,,',
    '2020,CHN,PRK,import,HS,TOTAL,All goods,1500,USD,,',
    '2021-01,CHN,PRK,import,HS,TOTAL,All goods,100,USD,,',
    '2021-02,CHN,PRK,import,HS,TOTAL,All goods,120,USD,,',
  ];
  writeFileSync(join(dir, 'prk.csv'), rows.join('\n'));
  expect((await tidemark('import', join(dir, 'prk.csv'), '--db', db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const series = (...more: string[]) =>
  tidemark('series', '--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', ...more);

describe('an annual series', () => {
  it('prints the year-on-year change, and no month-on-month or year-to-date column', async () => {
    const r = await series('--annual', '--from', '2019', '--to', '2020');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^period +value +YoY +note$/);
    expect(r.stdout).not.toMatch(/MoM|YTD/);
    expect(lines.find((l) => l.startsWith('2020'))).toMatch(/^2020 +1,500 +-25\.0%$/);
  });

  it('has no mom, ytd or ytdYoy in --json, and keeps yoy', async () => {
    const r = JSON.parse((await series('--from', '2019', '--to', '2020', '--json')).stdout);
    const y2020 = r.points.find((p: { period: string }) => p.period === '2020');
    expect(y2020).toMatchObject({ value: 1500, yoy: -0.25 });
    for (const k of ['mom', 'ytd', 'ytdYoy']) {
      expect(y2020).not.toHaveProperty(k);
      expect(y2020.reasons).not.toHaveProperty(k);
    }
  });

  it('leaves a monthly series its MoM and YTD', async () => {
    const r = await series('--from', '2021-01');
    expect(r.stdout.split('\n')[1]).toMatch(/^period +value +MoM +YoY +YTD +YTD YoY +note$/);
    const json = JSON.parse((await series('--from', '2021-01', '--json')).stdout);
    expect(json.points[1]).toMatchObject({ period: '2021-02', ytd: 220 });
    expect(json.points[1].mom).toBeCloseTo(0.2);
  });
});
