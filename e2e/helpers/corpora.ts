import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';
import { preparedBy } from './cli';

const root = join(import.meta.dirname, '..', '..');

/**
 * Real files written by others, beside the checkout (../shared/corpora, each folder with its PROVENANCE.txt);
 * never copied into the repo. A spec that reads one skips, saying so, where the folder is absent.
 */
export const CORPORA = resolve(root, '../shared/corpora');

/**
 * test.skip, in the scope it is called from (a describe block or a test body), where any of these paths is
 * absent, naming those.
 */
export function skipWithoutCorpora(...paths: string[]) {
  const missing = paths.filter((path) => !existsSync(path));
  test.skip(missing.length > 0, `the corpora folder is absent (${missing.join(', ')}): nothing to import`);
}

/**
 * UN Comtrade+ probe output as JSON (its PROVENANCE.txt): China's imports from North Korea, that is North
 * Korea's exports, 2016–2024, by HS code and TOTAL; years, codes and values, but no reporter, partner or flow.
 */
export const DPRK_EXPORTS_JSON = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');

/**
 * The host's `prepare` (test.use) that imports DPRK_EXPORTS_JSON as what it is, China's imports from North
 * Korea, its partners as listed: China's exports to it are held by no file.
 */
export const chinaImportsFromDprkOnly = () =>
  preparedBy([
    'import',
    DPRK_EXPORTS_JSON,
    '--reporter',
    'CHN',
    '--partner',
    'PRK',
    '--flow',
    'import',
    '--partners',
    'listed',
  ]);
