import { readSync } from 'node:fs';
import { AppError, type ErrorText } from '../../../shared/errors';
import { createDecoder, type Encoding } from './decode';
import { STOP, type FileReader, type OnRow, type OpenedFile } from './reader-types';

/**
 * JSON has to be parsed whole, so its size is capped well below V8's largest string (~512 MB of
 * UTF-16). Comtrade offers the same data as CSV, which streams, for anything bigger.
 */
export const MAX_JSON_BYTES = 256 * 1024 ** 2;
const MAX_KEYS = 1000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a JSON file holding a table of records and hands it on as a header row (line 0) plus one
 * row of strings per record (line = the record's number, from 1). Shapes understood:
 * - a top-level array of objects;
 * - Comtrade+ API responses `{"data": […]}`, legacy Comtrade API responses `{"dataset": […]}` and
 *   Comtrade reference lists `{"results": […]}`;
 * - an object of arrays of objects (records grouped by a key, e.g. by period), concatenated;
 * - an object of series `{code: {label, data: {period: {val, qty}}}}`, one row per code and period,
 *   as cmdCode, cmdDesc, period, primaryValue, qty (what probe scripts over the Comtrade+ API save).
 */
export function jsonReader(file: OpenedFile, encoding: Encoding): FileReader {
  return { kind: 'json', encoding, read: (onRow, onBytes) => readJson(file, encoding, onRow, onBytes) };
}

function readJson(file: OpenedFile, encoding: Encoding, onRow: OnRow, onBytes: (n: number) => void): void {
  if (file.size > MAX_JSON_BYTES) {
    throw new AppError('file_too_large', {
      key: 'reader.jsonTooLarge',
      params: {
        file: file.name,
        size: String(Math.round(file.size / 1024 ** 2)),
        max: String(MAX_JSON_BYTES / 1024 ** 2),
      },
    });
  }
  const buf = Buffer.alloc(file.size);
  let pos = 0;
  while (pos < file.size) {
    const n = readSync(file.fd, buf, pos, file.size - pos, pos);
    if (n === 0) break;
    pos += n;
  }
  const decoder = createDecoder(encoding);
  const text = (decoder.write(buf.subarray(0, pos)) + decoder.end()).replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    // V8's message quotes the text it choked on; only where is kept.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new AppError('format_unknown', { key: 'reader.jsonInvalid', params: { file: file.name, at: at || 'none' } });
  }
  onBytes(pos);
  const records = tableOf(doc, file.name);
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      if (seen.size >= MAX_KEYS)
        throw new AppError('format_unknown', {
          key: 'reader.jsonTooManyFields',
          params: { file: file.name, max: String(MAX_KEYS) },
        });
      seen.add(k);
      header.push(k);
    }
  }
  if (onRow({ cells: header, sheet: '', line: 0, problem: null }) === STOP) return;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (
      onRow({
        cells: header.map((k) => cellText(Object.hasOwn(r, k) ? r[k] : undefined)),
        sheet: '',
        line: i + 1,
        problem: null,
      }) === STOP
    )
      return;
  }
}

function tableOf(doc: unknown, name: string): Obj[] {
  if (Array.isArray(doc)) return objects(doc, name);
  if (!isObj(doc)) throw new AppError('format_unknown', { key: 'reader.jsonSingleValue', params: { file: name } });
  for (const key of ['data', 'dataset', 'results']) {
    const list = doc[key];
    if (!Array.isArray(list)) continue;
    if (list.length === 0) throw new AppError('format_unknown', emptyMessage(doc, name));
    return objects(list, name);
  }
  if (typeof doc.error === 'string' && doc.error) throw new AppError('format_unknown', emptyMessage(doc, name));
  const values = Object.values(doc);
  if (values.length > 0 && values.every((v) => Array.isArray(v) && v.every(isObj)))
    return values.flatMap((v) => v as Obj[]);
  if (values.length > 0 && values.every((v) => isObj(v) && isObj(v.data))) {
    return Object.entries(doc).flatMap(([code, v]) => {
      const s = v as Obj;
      return Object.entries(s.data as Obj).map(([period, point]) => {
        const p = isObj(point) ? point : { val: point };
        return {
          cmdCode: code,
          cmdDesc: s.label ?? '',
          period,
          primaryValue: p.val ?? p.value ?? null,
          qty: p.qty ?? null,
        };
      });
    });
  }
  throw new AppError('format_unknown', { key: 'reader.jsonNotTable', params: { file: name, shape: '{"data": […]}' } });
}

function emptyMessage(doc: Obj, name: string): ErrorText {
  const said = [doc.error, isObj(doc.validation) ? doc.validation.message : null].find(
    (v) => typeof v === 'string' && v,
  );
  return said
    ? { key: 'reader.jsonErrorResponse', params: { file: name, said: String(said).slice(0, 300) } }
    : { key: 'reader.jsonNoRecords', params: { file: name } };
}

function objects(list: unknown[], name: string): Obj[] {
  if (!list.every(isObj))
    throw new AppError('format_unknown', { key: 'reader.jsonNotRecords', params: { file: name } });
  return list;
}

/** Every value as text; numbers keep every digit (no exponent form), so decimals stay exact. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    const s = String(v);
    return /e/i.test(s) && Number.isFinite(v)
      ? v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
      : s;
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}
