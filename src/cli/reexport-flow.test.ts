import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneError, tidemarkIn } from './cli-harness';

// A Comtrade file's re-exports are imported as their own flow, yet `series --flow re-export` (and top's) was a
// usage error: "--flow is import, export or total". The US-China file of 2017 holds 96 chapters of re-exports.
const USA = resolve(__dirname, '../../../shared/corpora/comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv');
const absent = !existsSync(USA);
const why = absent ? ' (skipped: ../shared/corpora/comtrade/legacy-csv is absent)' : '';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-reexport-'));
const db = join(dir, 'usa.sqlite');
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const pair = ['--db', db, '--reporter', 'USA', '--partner', 'CHN'];
beforeAll(async () => {
  // The file lists every chapter the US traded with China, which it cannot say itself: --goods all.
  if (!absent) expect((await tidemark('import', USA, '--db', db, '--goods', 'all')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(absent)(`re-exports, read by series and top${why}`, () => {
  it("series --flow re-export is the sum of the file's re-export rows, never in total", async () => {
    const r = await tidemark('series', ...pair, '--flow', 're-export', '--from', '2017');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("The United States' re-exports to China, according to UN Comtrade");
    expect(r.stdout).toMatch(/^2017 +9,914,664,647$/m);
    // Total trade is imports and exports (526,022,013,512 + 129,893,514,886): re-exports are within exports.
    const total = await tidemark('series', ...pair, '--flow', 'total', '--from', '2017');
    expect(total.stdout).toMatch(/^2017 +655,915,528,398$/m);
  });

  it('takes the Korean word and labels it in Korean', async () => {
    const r = await tidemark('series', ...pair, '--flow', '재수출', '--from', '2017', '--lang', 'ko', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.points[0]).toMatchObject({ period: '2017', value: 9_914_664_647 });
    const none = await tidemark('series', ...pair, '--flow', '재수입', '--from', '2017', '--lang', 'ko');
    expect(none.stdout).toContain('미국의 대중국 재수입');
  });

  it('top --flow re-export ranks the re-exported chapters', async () => {
    const r = await tidemark('top', ...pair, '--flow', 're-export', '--period', '2017', '--level', '2', '--top', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^85 +4,229,098,116 +42\.7% +Electrical machinery/m);
    expect(r.stdout).toMatch(/^total +9,914,664,647/m);
  });

  it("refuses a partner's re-exports, and a brief of them, saying what reads them", async () => {
    const mirror = await tidemark('series', ...pair, '--flow', 're-export', '--subject', 'partner');
    expect(mirror.code).toBe(2);
    expect(oneError(mirror).message).toContain("A partner's re-exports are not in the reporter's records");
    const brief = await tidemark('brief', ...pair, '--flow', 're-export', '--period', '2017');
    expect(brief.code).toBe(2);
    expect(oneError(brief).message).toContain('series and top read re-exports and re-imports');
  });
});
