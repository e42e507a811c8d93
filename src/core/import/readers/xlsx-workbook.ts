import { posix } from 'node:path';
import { AppError } from '../../../shared/errors';
import { LIMITS, type InflateBudget } from './limits';
import { Utf8Chunks } from './utf8-chunks';
import { dateKind, type DateKind } from './xlsx-values';
import { attr, decodeXml, nameIs, XmlTokenizer } from './xlsx-xml';
import { readEntryText, streamEntry } from './zip-entry';
import type { ZipEntry, ZipFile } from './zip-directory';

export type SheetRef = { name: string; entry: ZipEntry };

/** What a sheet scanner needs besides the sheet itself. */
export type WorkbookInfo = {
  sheets: SheetRef[];
  date1904: boolean;
  /** Per cell style index (`s`), whether its number format shows a date or time. */
  styleKinds: (DateKind | null)[];
  sharedStringsEntry: ZipEntry | null;
};

type Rel = { id: string; type: string; target: string };

/** Reads workbook.xml, its rels and styles.xml: the sheets in workbook order and their formats. */
export function readWorkbookInfo(file: ZipFile, entries: Map<string, ZipEntry>, budget: InflateBudget): WorkbookInfo {
  const notWorkbook = () =>
    new AppError('format_unknown', { key: 'reader.zipNotWorkbook', params: { file: file.name } });
  const text = (path: string) => {
    const entry = entries.get(path.toLowerCase());
    return entry ? readEntryText(file, entry, budget) : null;
  };
  const rootRels = parseRels(text('_rels/.rels') ?? '', '');
  const wbPath = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbXml = text(wbPath);
  if (wbXml === null) throw notWorkbook();
  const dir = posix.dirname(wbPath);
  const rels = parseRels(text(posix.join(dir, '_rels', `${posix.basename(wbPath)}.rels`)) ?? '', dir);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const part = (suffix: string, fallback: string) =>
    entries.get((rels.find((r) => r.type.endsWith(suffix))?.target ?? posix.join(dir, fallback)).toLowerCase()) ?? null;

  const sheets: SheetRef[] = [];
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
    const tag = ` ${m[1]}`;
    const rid = /\s[\w]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const rel = rid === undefined ? undefined : byId.get(rid);
    // Chart sheets and dialog sheets hold no rows.
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const entry = entries.get(rel.target.toLowerCase());
    if (!entry)
      throw new AppError('format_unknown', {
        key: 'reader.sheetPartMissing',
        params: { file: file.name, part: rel.target },
      });
    sheets.push({ name: decodeXml(attr(tag, 'name') ?? `Sheet${sheets.length + 1}`), entry });
  }
  const pr = /<(?:\w+:)?workbookPr\s([^>]*)>/.exec(wbXml)?.[1];
  const flag = pr === undefined ? null : attr(` ${pr}`, 'date1904');
  const stylesEntry = part('/styles', 'styles.xml');
  return {
    sheets,
    date1904: flag === '1' || flag === 'true',
    styleKinds: stylesEntry ? parseStyles(readEntryText(file, stylesEntry, budget)) : [],
    sharedStringsEntry: part('/sharedStrings', 'sharedStrings.xml'),
  };
}

function parseRels(xml: string, baseDir: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
    const tag = ` ${m[1]}`;
    const target = attr(tag, 'Target');
    if (target === null || attr(tag, 'TargetMode') === 'External') continue;
    const decoded = decodeXml(target);
    const path = decoded.startsWith('/') ? decoded.slice(1) : posix.normalize(posix.join(baseDir, decoded));
    out.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: path });
  }
  return out;
}

/** cellXfs order gives each style index its number format; numFmts gives custom format codes. */
function parseStyles(xml: string): (DateKind | null)[] {
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\s([^>]*?)\/?>/g)) {
    const id = attr(` ${m[1]}`, 'numFmtId');
    const code = attr(` ${m[1]}`, 'formatCode');
    if (id !== null && code !== null) codes.set(Number(id), decodeXml(code));
  }
  const xfs = /<(?:\w+:)?cellXfs[\s>]([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const kinds: (DateKind | null)[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf[\s/>]([^>]*)>/g)) {
    const id = Number(attr(` ${m[1]}`, 'numFmtId') ?? 0);
    kinds.push(dateKind(id, codes.get(id)));
  }
  return kinds;
}

/**
 * Shared strings, streamed (`<si>` by `<si>`, phonetic `<rPh>` runs left out) and bounded: the
 * table stays in memory for the whole read, so its size is counted against a limit.
 */
export function readSharedStrings(file: ZipFile, entry: ZipEntry, budget: InflateBudget): string[] {
  const strings: string[] = [];
  let cost = 0;
  let inSi = false;
  let rph = 0;
  let raw = '';
  const handler = {
    collecting: false,
    open(x: string, name: number, nameEnd: number, _tagEnd: number, self: boolean) {
      if (nameIs(x, name, nameEnd, 'si')) {
        inSi = !self;
        raw = '';
        if (self) strings.push('');
      } else if (nameIs(x, name, nameEnd, 'rPh')) {
        if (!self) rph++;
      } else if (nameIs(x, name, nameEnd, 't') && inSi && rph === 0 && !self) handler.collecting = true;
    },
    close(x: string, name: number, nameEnd: number) {
      if (nameIs(x, name, nameEnd, 't')) handler.collecting = false;
      else if (nameIs(x, name, nameEnd, 'rPh')) rph = Math.max(0, rph - 1);
      else if (nameIs(x, name, nameEnd, 'si') && inSi) endSi();
    },
    text(x: string, from: number, to: number) {
      raw += x.slice(from, to);
      if (raw.length > LIMITS.maxSharedStringBytes && inSi) endSi();
    },
    cdata(x: string) {
      handler.text(x.replace(/&/g, '&amp;').replace(/</g, '&lt;'), 0, Infinity);
    },
  };
  const endSi = () => {
    const s = decodeXml(raw);
    cost += 2 * s.length + 32;
    if (cost > LIMITS.maxSharedStringBytes) {
      throw new AppError('file_too_large', {
        key: 'reader.sharedTextTooLarge',
        params: { file: file.name, max: String(Math.round(LIMITS.maxSharedStringBytes / 1024 ** 2)) },
      });
    }
    strings.push(s);
    inSi = false;
  };
  const tokenizer = new XmlTokenizer(handler, entry.name);
  const decoder = new Utf8Chunks();
  streamEntry(file, entry, budget, (chunk) => tokenizer.push(decoder.decode(chunk)));
  tokenizer.push(decoder.end());
  return strings;
}
