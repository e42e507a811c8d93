import { AppError } from '../../../shared/errors';
import { LIMITS } from './limits';

/**
 * A minimal, streaming XML tokenizer for SpreadsheetML parts: enough for sheets and shared strings,
 * nothing more. DTDs and entity declarations are skipped, never expanded (so entity bombs are
 * inert); comments, processing instructions and CDATA are handled. Namespace prefixes are dropped
 * (`x:row` is `row`), because some writers prefix every element.
 */
export type XmlHandler = {
  /** `tag` is the text between `<` and `>`, for attribute reads. */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data (entities not yet decoded), only while `collecting` is true. */
  text(raw: string): void;
  /** CDATA content, literal. */
  cdata(text: string): void;
  collecting: boolean;
  /** Elements whose tag text `open` needs; others get '' (saves a string per tag). */
  readonly attrsFor: ReadonlySet<string>;
  /** Set by the handler to end tokenizing: the rest of the part is not wanted. */
  readonly stopped?: boolean;
};

export class XmlTokenizer {
  private rest = '';

  constructor(
    private readonly handler: XmlHandler,
    private readonly partName: string,
  ) {}

  push(chunk: string): void {
    const s = this.rest.length ? this.rest + chunk : chunk;
    this.rest = '';
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt === -1) {
        if (h.collecting) h.text(s.slice(i));
        return;
      }
      if (lt > i && h.collecting) h.text(s.slice(i, lt));
      i = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e === -1) return this.keep(s, lt);
          i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e === -1) return this.keep(s, lt);
          if (h.collecting) h.cdata(s.slice(lt + 9, e));
          i = e + 3;
          continue;
        }
        // "<!-" or "<![CDA" cut at the chunk's end: wait for more.
        if (n - lt < 9) return this.keep(s, lt);
      }
      const gt = s.indexOf('>', lt + 1);
      if (gt === -1) return this.keep(s, lt);
      i = gt + 1;
      if (c1 === 33 || c1 === 63 /* ? */) continue;
      if (c1 === 47 /* / */) {
        h.close(localName(s, lt + 2, gt));
        if (h.stopped) return;
        continue;
      }
      const self = s.charCodeAt(gt - 1) === 47;
      const name = localName(s, lt + 1, self ? gt - 1 : gt);
      h.open(name, h.attrsFor.has(name) ? s.slice(lt + 1, self ? gt - 1 : gt) : '', self);
      if (self && h.stopped) return;
    }
  }

  private keep(s: string, from: number): void {
    if (s.length - from > LIMITS.maxTagChars) {
      throw new AppError(
        'format_unknown',
        `The workbook part ${this.partName} holds a tag longer than ${LIMITS.maxTagChars.toLocaleString('en')} characters, so it is not a spreadsheet. Open it in Excel, save a copy, and import that.`,
      );
    }
    this.rest = s.slice(from);
  }
}

/** Single-letter names (c, v, t, f…) are most tags in a sheet: shared, not sliced each time. */
const ONE_CHAR = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** The element name in s[from, to), without its namespace prefix. */
function localName(s: string, from: number, to: number): string {
  let end = from;
  let start = from;
  while (end < to) {
    const c = s.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    if (c === 58 /* : */) start = end + 1;
    end++;
  }
  if (end - start === 1) {
    const c = s.charCodeAt(start);
    if (c < 128) return ONE_CHAR[c]!;
  }
  if (
    end - start === 3 &&
    s.charCodeAt(start) === 114 &&
    s.charCodeAt(start + 1) === 111 &&
    s.charCodeAt(start + 2) === 119
  )
    return 'row';
  return s.slice(start, end);
}

const NEEDLES = new Map<string, { quoted: string; loose: string }>();

/** The value of attribute `name` (exactly, prefix included) in a tag's text, or null. */
export function attr(tag: string, name: string): string | null {
  let needle = NEEDLES.get(name);
  if (!needle) NEEDLES.set(name, (needle = { quoted: ` ${name}="`, loose: `${name}=` }));
  // The common spelling (` r="A1"`) first: this runs for every cell of every sheet.
  const at = tag.indexOf(needle.quoted);
  if (at !== -1) {
    const from = at + needle.quoted.length;
    const e = tag.indexOf('"', from);
    return e === -1 ? null : tag.slice(from, e);
  }
  return tag.indexOf(needle.loose) === -1 && tag.indexOf(name + ' ') === -1 ? null : looseAttr(tag, name);
}

/** Any other spelling: other whitespace before the name or around `=`, single quotes. */
function looseAttr(tag: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at === -1) return null;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    if (!(before === 32 || before === 9 || before === 10 || before === 13)) continue;
    let j = from;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const e = tag.indexOf(q, j + 1);
    if (e === -1) return null;
    return tag.slice(j + 1, e);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML entities, then OOXML's `_xHHHH_` escapes (how Excel writes control characters such as CR).
 * Unknown entities are kept as written: they were never declared by anything we honour.
 */
export function decodeXml(raw: string): string {
  let s = raw;
  if (s.indexOf('&') !== -1) {
    s = s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (m, e: string) => {
      if (e[0] !== '#') return NAMED[e] ?? m;
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    });
  }
  if (s.indexOf('_x') !== -1)
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}
