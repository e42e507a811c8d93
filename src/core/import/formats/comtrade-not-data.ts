import { AppError } from '../../../shared/errors';
import type { Format } from './format-types';

/**
 * Files that come from UN Comtrade but hold no trade: an error body saved under a .csv name ("Query
 * complexity: your query is too complex…"), a Comtrade+ listing of bulk files, or a list of codes. They fail with a
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
  matches: (header) => isErrorBody(header) || isBulkListing(header) || isCodeList(header),
  mapper: (header, ctx) => {
    if (isBulkListing(header)) {
      throw new AppError('format_unknown', { key: 'import.comtradeBulkList', params: { file: ctx.fileName } });
    }
    if (isCodeList(header)) {
      throw new AppError('format_unknown', { key: 'import.codeList', params: { file: ctx.fileName } });
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

/**
 * A list of codes and their names with no figure: UN Comtrade's reporter and partner areas ("id",
 * "text", and for Comtrade+ "reporterCode" and the like) or its list of data fields ("dataItem",
 * "description"). With a "parent" it is a nomenclature, which reference-format.ts imports.
 */
function isCodeList(header: string[]): boolean {
  const set = new Set(header.map((h) => h.trim()));
  if (header.some((h) => /value/i.test(h))) return false;
  return (set.has('id') && set.has('text') && !set.has('parent')) || (set.has('dataItem') && set.has('description'));
}

function isBulkListing(header: string[]): boolean {
  const set = new Set(header);
  return set.has('fileUrl') && set.has('rowKey');
}
