import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, tidemarkIn } from './cli-harness';

// The bundled sample, `top --partner PRK --flow import --period 2020-11 --lang ko`: China's 8-digit lines have
// no Korean name, and top printed "33049900  1,854  0.2%  Beauty, make-up, skin-care (incl. suntan), nes" and
// "34011100  19  0.0%  Soap&organic surface-active prdct in bars, etc, for toilet use" among Korean rows.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-top-ko-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const db = join(dir, 'sample.sqlite');

beforeAll(async () => {
  expect((await tidemark('import', SAMPLE, '--db', db, '--goods', 'all')).code).toBe(0);
});

const args = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--period', '2020-11'];

describe('top --lang ko names an item with no Korean name by the Korean heading above it', () => {
  it('says HS 33049900 is part of HS 3304 화장품, never in English', async () => {
    const r = await tidemark('top', ...args, '--lang', 'ko');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^33049900\s+1,854\s+0\.2%\s+화장품 \(HS 3304의 일부\)$/m);
    expect(r.stdout).toMatch(/^34011100\s+19\s+0\.0%\s+비누 \(HS 3401의 일부\)$/m);
    expect(r.stdout).toMatch(/^27160000\s+1,122,812\s+99\.8%\s+전력$/m);
    expect(r.stdout).not.toMatch(/Beauty|Soap/);
  });

  it('keeps the JSON English name and the English table as they were', async () => {
    const j = JSON.parse((await tidemark('top', ...args, '--lang', 'ko', '--json')).stdout) as {
      items: { key: string; description: string; descriptionEn: string; partOf: string | null }[];
    };
    expect(j.items.find((i) => i.key === '33049900')).toMatchObject({
      description: '화장품',
      partOf: '3304',
      descriptionEn: 'Beauty, make-up, skin-care (incl. suntan), nes',
    });
    const en = await tidemark('top', ...args);
    expect(en.stdout).toMatch(/^33049900\s+1,854\s+0\.2%\s+Beauty, make-up, skin-care \(incl\. suntan\), nes$/m);
  });
});
