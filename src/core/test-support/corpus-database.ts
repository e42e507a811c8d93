import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import type { tempCore } from './temp-core';

/** The real third-party files, beside the repository; tests that read them skip, saying so, where it is absent. */
export const CORPORA = resolve(__dirname, '../../../../shared/corpora');
export const corporaAbsent = !existsSync(CORPORA);
/** Appended to a describe's name: why it was skipped. */
export const corporaSkipped = corporaAbsent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';
export const SAMPLE = resolve(__dirname, '../../../resources/sample/nk-china-published.csv');

/**
 * A database of every kind of file a researcher mixes: China customs downloads (RMB, monthly), Comtrade
 * CSVs (SITC, HS with areas and splits), and the bundled sample (a TOTAL beside its items).
 */
export const MIXED_FILES: [string, ImportOptions][] = [
  [join(CORPORA, 'gacc/soybean-monthly/2024in.csv'), { reporter: 'CHN', flow: 'import' }],
  [join(CORPORA, 'gacc/soybean-monthly/2024out.csv'), { reporter: 'CHN', flow: 'export' }],
  [join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv'), {}],
  [join(CORPORA, 'comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv'), {}],
  [SAMPLE, { goods: 'all' }],
];

/** Imports each file on its own, as a person drops them one by one; every one must import. */
export async function importEach(t: ReturnType<typeof tempCore>, files: [string, ImportOptions][]): Promise<void> {
  for (const [path, options] of files) {
    const r = await t.call('importFiles', { files: [{ path }], options });
    expect(r.files[0], path).toMatchObject({ status: 'imported' });
  }
}
