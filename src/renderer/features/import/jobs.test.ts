import { describe, expect, it } from 'vitest';
import { etaOf, newJob, withSuggestions, type Job } from './jobs';
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
