import { AppError } from '../../../shared/errors';
import type { Format } from './format-types';

/**
 * Files that come from UN Comtrade but hold no trade: an error body saved under a .csv name ("Query
 * complexity: your query is too complex…"), or a Comtrade+ listing of bulk files. They fail with a
 * sentence saying what they are, instead of "unknown columns".
 */
const ERROR_OPENINGS =
  /^(query complexity|no data matches your query|usage limit|too many requests|invalid|error\b|the requested|you have exceeded)/i;
/** What each opening means, in Tidemark's words (the catalog's `reason`): the file's own text is never quoted back. */
const MEANINGS: [RegExp, string][] = [
  [/^query complexity/i, 'complex'],
  [/^no data matches/i, 'nomatch'],
  [/^(usage limit|too many requests|you have exceeded)/i, 'limit'],
];

export const comtradeNotDataFormat: Format = {
  id: 'comtrade-not-data',
  matches: (header) => isErrorBody(header) || isBulkListing(header),
  mapper: (header, ctx) => {
    if (isBulkListing(header)) {
      throw new AppError('format_unknown', { key: 'import.comtradeBulkList', params: { file: ctx.fileName } });
    }
    const text = header.join(',').trim();
    const reason = MEANINGS.find(([re]) => re.test(text))?.[1] ?? 'refused';
    throw new AppError('format_unknown', { key: 'import.comtradeError', params: { file: ctx.fileName, reason } });
  },
};

function isErrorBody(header: string[]): boolean {
  // An error body is a sentence on a line of its own, not a row of column names.
  return header.filter((h) => h.trim()).length <= 2 && ERROR_OPENINGS.test(header.join(',').trim());
}

function isBulkListing(header: string[]): boolean {
  const set = new Set(header);
  return set.has('fileUrl') && set.has('rowKey');
}
