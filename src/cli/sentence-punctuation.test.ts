import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// "…so there is no brief: No file held covers…" put a capital after a colon mid-sentence, and top's
// "…12019019. (and 11 more months or flows) So the total…" hung a bracket between two sentences.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-punctuation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const db = join(dir, 'items.sqlite');

beforeAll(async () => {
  // Two months of one code, no TOTAL: all goods is not covered in either.
  const file = join(dir, 'items.csv');
  writeFileSync(
    file,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2020-10,CHN,PRK,import,HS,27160000,Electricity,500,USD,,',
      '2020-11,CHN,PRK,import,HS,27160000,Electricity,600,USD,,',
    ].join('\n'),
  );
  expect((await tidemark('import', file, '--db', db)).code).toBe(0);
});

const pair = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK'];

describe('reasons read as whole sentences', () => {
  it('brief: the reason is its own sentence, not a capital after a colon', async () => {
    const en = await tidemark('brief', ...pair, '--period', '2020-11', '--subject', 'reporter', '--flow', 'import');
    expect(en.stdout).toContain(
      "China's imports from North Korea in November 2020 are not covered by the files held, so there is no brief. No file held covers",
    );
    expect(en.stdout).not.toMatch(/: [A-Z]/);
    const ko = await tidemark(
      'brief',
      ...pair,
      '--period',
      '2020-11',
      '--subject',
      'reporter',
      '--flow',
      'import',
      '--lang',
      'ko',
    );
    expect(ko.stdout).toContain('포함되지 않아 브리핑을 쓸 수 없습니다. 2020년 11월');
  });

  it('top: the periods beyond the first reason are said in a sentence, not in a bracket after it', async () => {
    const en = await tidemark('top', ...pair, '--flow', 'import', '--from', '2020-10', '--to', '2020-11');
    expect(en.stdout).toContain(
      'lists only partner North Korea and HS 27160000. The figure of 1 more month or flow is not known either, so the total and the shares are not known.',
    );
    expect(en.stdout).not.toContain('(and ');
    const ko = await tidemark(
      'top',
      ...pair,
      '--flow',
      'import',
      '--from',
      '2020-10',
      '--to',
      '2020-11',
      '--lang',
      'ko',
    );
    expect(ko.stdout).toContain(
      'HS 27160000만 있습니다. 그 밖의 월 또는 흐름 1개의 수치도 알 수 없어 합계와 비중을 알 수 없습니다.',
    );
  });
});
