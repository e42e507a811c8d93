import { join, resolve } from 'node:path';
import { preparedBy } from './cli';

const root = join(import.meta.dirname, '..', '..');

/**
 * Real files written by others, beside the checkout (../shared/corpora, each folder with its PROVENANCE.txt);
 * never copied into the repo. A spec that reads one skips, saying so, where the folder is absent.
 */
export const CORPORA = resolve(root, '../shared/corpora');

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
