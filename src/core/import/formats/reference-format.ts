import { HS_EDITION_OF_YEAR } from '../../../shared/classification';
import { noteOf } from '../../../shared/error-text';
import type { Format, FormatContext, RowMapper, RowOutcome } from './format-types';
import { castError, widthReject } from './reject-notes';

/**
 * A commodity nomenclature: code, description and optionally parent (e.g. the HS 2022 tree as
 * datasets/harmonized-system publishes it, or Comtrade+'s HS.json). Stored in commodity_ref, not as
 * trade, so descriptions are there for data files that carry only codes.
 */
const CODE_NAMES = ['hscode', 'code', 'codes', 'cmdcode', 'commodity code', 'id', '商品编码', '编码'];
const DESCRIPTION_NAMES = ['description', 'text', 'desc', 'cmddesc', 'commodity', '商品名称', '名称'];
const PARENT_NAMES = ['parent', 'parentcode', 'parent code'];
const CLASSIFICATION_NAMES = ['classification', 'classificationcode', 'nomenclature'];
/**
 * Any of these means the file holds figures, so it is trade data, not a nomenclature. A year alone does
 * not: China customs' code lists give each code's edition year (年份 / YEAR) in either language.
 */
const DATA_NAMES = [
  'value',
  'primaryvalue',
  'tradevalue',
  'trade value (us$)',
  'period',
  'flow',
  'flowcode',
  'partner',
  'reporter',
  '美元',
  '人民币',
];

type Layout = { code: number; description: number; parent: number; classification: number };

function find(lower: string[], names: string[]): number {
  for (const n of names) {
    const i = lower.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

function layoutOf(header: string[]): Layout | null {
  const lower = header.map((h) => h.trim().toLowerCase());
  if (DATA_NAMES.some((n) => lower.includes(n))) return null;
  const code = find(lower, CODE_NAMES);
  const description = find(lower, DESCRIPTION_NAMES);
  const parent = find(lower, PARENT_NAMES);
  if (code < 0 || description < 0) return null;
  // "id, text" alone is too common a pair (country lists use it); with a parent it is a tree.
  if (lower[code] === 'id' && parent < 0) return null;
  return { code, description, parent, classification: find(lower, CLASSIFICATION_NAMES) };
}

export const referenceFormat: Format = {
  id: 'commodity-reference',
  matches: (header) => layoutOf(header) !== null,
  mapper: (header, ctx) => createMapper(layoutOf(header)!, header.length, ctx),
};

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * The HS edition a tree's root names ("Total - All H6 commodities", "Total of all HS2022 commodities"),
 * or null. Comtrade+'s HS.json says "classCode": "HS" (as reported, every edition) but holds HS 2022:
 * each code HS 2022 has, in HS 2022's words (its 880211 is "Helicopters, except unmanned"), and the
 * codes earlier editions had that HS 2022 dropped. Its root, its first row, says which edition it is.
 */
export function editionNamedBy(text: string): string | null {
  const h = /\bH([0-6])\b/.exec(text);
  if (h) return `H${h[1]}`;
  const year = /\bHS ?(?:19|20)?(92|96|02|07|12|17|22)\b/i.exec(text);
  return year ? HS_EDITION_OF_YEAR[year[1]!]! : null;
}

function createMapper(col: Layout, width: number, ctx: FormatContext): RowMapper {
  // Without a classification column, a file whose first row is the tree's root naming an edition is that
  // edition's nomenclature; any other is "HS", which names every edition. Only the first row may say so:
  // rows already stored cannot be relabelled by a root further down.
  let edition: string | null = null;
  let first = true;
  const map = (cells: string[]): RowOutcome => {
    if (cells.every((c) => c.trim() === '')) return { kind: 'skip' };
    if (cells.length !== width) return widthReject(width, cells.length);
    const code = cells[col.code]!.trim();
    if (!/^[0-9A-Za-z.]{1,12}$/.test(code)) return castError('reject.referenceCode', { code });
    // Comtrade writes "0101 - Horses, asses…": the code is already its own column.
    const description = cells[col.description]!.trim().replace(new RegExp(`^${code.replace('.', '\\.')}\\s+-\\s+`), '');
    if (!description) return castError('reject.referenceDescription', { code });
    const parentText = col.parent >= 0 ? cells[col.parent]!.trim() : '';
    // The tree's root is its own parent (TOTAL → TOTAL) or has none ("#").
    const parent = parentText && parentText !== code && parentText !== '#' ? parentText : null;
    const lang = HANGUL.test(description) ? 'ko' : HAN.test(description) ? 'zh' : 'en';
    if (first && code.toUpperCase() === 'TOTAL' && parent === null) edition = editionNamedBy(description);
    first = false;
    const classification = (col.classification >= 0 ? cells[col.classification]!.trim() : '') || edition || 'HS';
    return { kind: 'reference', ref: { classification, code, lang, description, parent } };
  };
  const end = (rows: number) => {
    if (rows === 0) ctx.warn('empty_reference', noteOf('warn.emptyReference', { file: ctx.fileName }));
  };
  return { map, end };
}
