import { describe, expect, it } from 'vitest';
import { asAnotherColumn, asDuplicate, canMapAnother, etaOf, newJob, withSuggestions, type Job } from './jobs';
import type { ImportPreview } from './preview';

const progress = (percent: number, etaSeconds: number | null, done = false) => ({
  file: 'a.csv',
  bytesRead: percent,
  bytesTotal: 100,
  rows: percent * 10,
  percent,
  etaSeconds,
  done,
});
const preview = (flow?: 'import' | 'export'): ImportPreview => ({
  file: 'a.csv',
  format: 'gacc',
  encoding: 'gb18030',
  kind: 'csv',
  header: [],
  rows: [],
  rejects: [],
  missing: ['flow'],
  suggestions: flow ? { flow } : {},
  warnings: [],
  sample: [],
  sheets: [],
  recognised: true,
  duplicateOf: null,
  scopeQuestions: [],
});

describe('an import job', () => {
  it('shows the core’s time left, or one from the pace so far, and none once done', () => {
    const job: Job = { ...newJob('a.csv'), stage: 'importing', startedAt: 1_000 };
    expect(etaOf({ ...job, progress: progress(40, 12) }, 11_000)).toBe(12);
    // 25% in 10 s: 30 s to go.
    expect(etaOf({ ...job, progress: progress(25, null) }, 11_000)).toBe(30);
    expect(etaOf({ ...job, progress: progress(100, 0, true) }, 11_000)).toBeNull();
    expect(etaOf({ ...job, progress: null }, 11_000)).toBeNull();
  });

  it('takes the file name’s flow as a pre-filled answer, never over the person’s own', () => {
    expect(withSuggestions(newJob('x-exports.csv'), preview('export')).answers.flow).toBe('export');
    const answered = { ...newJob('x-exports.csv'), answers: { ...newJob('x').answers, flow: 'import' as const } };
    expect(withSuggestions(answered, preview('export')).answers.flow).toBe('import');
    expect(withSuggestions(newJob('x.csv'), preview()).answers.flow).toBe('');
  });
});

describe('a file already held', () => {
  const held = { batchId: 4, fileName: 'huizong.xlsx', importedAt: '2026-12-07T08:00:00Z', status: 'imported' };
  const ref = { path: '/uploads/huizong.xlsx', name: 'huizong.xlsx' };
  const workbook: ImportPreview = {
    ...preview(),
    file: 'huizong.xlsx',
    format: '',
    kind: 'xlsx',
    header: ['时间', '进口_当月', '出口_当月'],
    sheets: ['全国', '北京市'],
    missing: [],
    recognised: false,
    duplicateOf: held,
  };
  const job = (): Job => ({ ...newJob('huizong.xlsx'), stage: 'previewing', ref });

  it('that takes a mapping offers another of its columns, asked about as a job of its own', () => {
    const reported = asDuplicate(job(), workbook);
    expect(reported).toMatchObject({ stage: 'done', report: { status: 'duplicate', batchId: 4 } });
    // Before: a held workbook was only "the same file as import #4", with no way to its exports column.
    expect(canMapAnother(reported)).toBe(true);
    const again = asAnotherColumn(reported);
    expect(again.id).not.toBe(reported.id);
    expect(again).toMatchObject({ stage: 'asking', ref, another: held, report: null, options: null });
    // The period column by its name, the rest the person's; the national sheet only, as for a new file.
    expect(again.mapping).toMatchObject({
      columns: { 时间: 'period', 进口_当月: '', 出口_当月: '' },
      constants: { flow: '' },
      sheets: ['全国'],
    });
  });

  it('starts another column from the held mapping: its columns and constants, but not its value or flow', () => {
    const options = {
      map: { 时间: 'period', 进口_当月: 'value' },
      constants: { reporter: 'CHN', partner: 'WLD', flow: 'import', currency: 'CNY', code: 'TOTAL' },
      scale: 10000,
      sheets: ['北京市'],
    };
    const mapped = { ...workbook, duplicateOf: { ...held, options } };
    expect(asAnotherColumn(asDuplicate(job(), mapped)).mapping).toEqual({
      columns: { 时间: 'period', 进口_当月: '', 出口_当月: '' },
      constants: { reporter: 'CHN', partner: 'WLD', flow: '', currency: 'CNY', code: 'TOTAL' },
      scale: '10000',
      sheets: ['北京市'],
    });
  });

  it('that a format reads has no other column to map: revert it to answer otherwise', () => {
    const gacc = { ...preview(), duplicateOf: held };
    expect(canMapAnother(asDuplicate(job(), gacc))).toBe(false);
    expect(canMapAnother({ ...job(), stage: 'done' })).toBe(false);
  });
});
