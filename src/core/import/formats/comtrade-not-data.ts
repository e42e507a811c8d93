import { AppError } from '../../../shared/errors';
import type { Format } from './format-types';

/**
 * Files that come from UN Comtrade but hold no trade: an error body saved under a .csv name ("Query
 * complexity: your query is too complex…"), or a Comtrade+ listing of bulk files. They fail with a
 * sentence saying what they are, instead of "unknown columns".
 */
const ERROR_OPENINGS =
  /^(query complexity|no data matches your query|usage limit|too many requests|invalid|error\b|the requested|you have exceeded)/i;
/** What each opening means, in Tidemark's words: the file's own text is never quoted back. */
const MEANINGS: [RegExp, string][] = [
  [/^query complexity/i, 'the query was too complex'],
  [/^no data matches/i, 'no data matches the query'],
  [/^(usage limit|too many requests|you have exceeded)/i, 'the usage limit was reached'],
];

export const comtradeNotDataFormat: Format = {
  id: 'comtrade-not-data',
  matches: (header) => isErrorBody(header) || isBulkListing(header),
  mapper: (header, ctx) => {
    if (isBulkListing(header)) {
      throw new AppError(
        'format_unknown',
        `${ctx.fileName} is a UN Comtrade+ list of bulk files, not trade data. Download the files it lists and import those.`,
      );
    }
    const text = header.join(',').trim();
    const said = MEANINGS.find(([re]) => re.test(text))?.[1] ?? 'the query was refused';
    throw new AppError(
      'format_unknown',
      `${ctx.fileName} is not data: it is an error message UN Comtrade saved in place of the table (${said}). Change the query on Comtrade (fewer reporters, partners or years) and download again.`,
    );
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
