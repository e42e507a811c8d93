import { AppError } from '../../../shared/errors';
import { LIMITS } from './limits';

/**
 * A minimal, streaming XML tokenizer for SpreadsheetML parts: enough for sheets and shared strings,
 * nothing more. DTDs and entity declarations are skipped, never expanded (so entity bombs are
 * inert); comments, processing instructions and CDATA are handled. Namespace prefixes are dropped
 * (`x:row` is `row`), because some writers prefix every element.
 */
export type XmlHandler = {
  /**
   * An element opens: its local name (namespace prefix dropped) is s[name, nameEnd), its attributes
   * are in s[nameEnd, tagEnd). Indices, not strings, so that tags nobody reads cost no allocation.
   */
  open(s: string, name: number, nameEnd: number, tagEnd: number, selfClosing: boolean): void;
  close(s: string, name: number, nameEnd: number): void;
  /** Raw character data s[from, to) (entities not yet decoded), only while `collecting` is true. */
  text(s: string, from: number, to: number): void;
  /** CDATA content, literal. */
  cdata(text: string): void;
  collecting: boolean;
  /** Set by the handler to end tokenizing: the rest of the part is not wanted. */
  readonly stopped?: boolean;
  /**
   * A handler's fast path for the few tags that make up most of its part, tried at each `<` (s[lt])
   * outside comments and CDATA: returns the index just past what it consumed, or -1 to leave the
   * tag to the tokenizer. What it consumes must be what open/text/close would have seen.
   */
  quick?(s: string, lt: number): number;
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
    const quick = h.quick !== undefined;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt === -1) {
        if (h.collecting) h.text(s, i, n);
        return;
      }
      if (lt > i && h.collecting) h.text(s, i, lt);
      i = lt;
      if (quick) {
        const next = h.quick!(s, lt);
        if (next >= 0) {
          i = next;
          if (h.stopped) return;
          continue;
        }
      }
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
        const nameEnd = nameEndAt(s, lt + 2, gt);
        h.close(s, localStart(s, lt + 2, nameEnd), nameEnd);
        if (h.stopped) return;
        continue;
      }
      const self = s.charCodeAt(gt - 1) === 47;
      const tagEnd = self ? gt - 1 : gt;
      const nameEnd = nameEndAt(s, lt + 1, tagEnd);
      h.open(s, localStart(s, lt + 1, nameEnd), nameEnd, tagEnd, self);
      if (self && h.stopped) return;
    }
  }

  private keep(s: string, from: number): void {
    if (s.length - from > LIMITS.maxTagChars) {
      throw new AppError('format_unknown', {
        key: 'reader.longTag',
        params: { part: this.partName, max: LIMITS.maxTagChars.toLocaleString('en') },
      });
    }
    this.rest = s.slice(from);
  }
}

/** Where the element name starting at `from` ends: whitespace, `/` or the tag's end. */
function nameEndAt(s: string, from: number, to: number): number {
  let end = from;
  while (end < to) {
    const c = s.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    end++;
  }
  return end;
}

/** The start of the local name in s[from, to): after the last `:` (the namespace prefix). */
function localStart(s: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (s.charCodeAt(k) === 58 /* : */) return k + 1;
  return from;
}

/** Whether s[from, to) is exactly `name`. */
export function nameIs(s: string, from: number, to: number, name: string): boolean {
  return to - from === name.length && s.startsWith(name, from);
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
