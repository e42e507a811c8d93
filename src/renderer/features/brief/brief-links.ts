import type { Brief, FigureQuery } from '../../../shared/analysis-types';

/** A piece of the brief's text: plain words, or a number with the query that produced it. */
export type Piece = { text: string; figure: { label: string; query: FigureQuery } | null };

type Candidate = { value: number; percent: boolean; label: string; query: FigureQuery };

/** How a linked figure is named (the chip over the grid, the link's tooltip); the UI's language supplies them. */
export type FigureWords = {
  excluded: (item: string) => string;
  ytd: string;
  ytdChange: string;
  monthChange: (label: string) => string;
};

/** Every figure in a brief that a number in its text may stand for. */
export function candidates(b: Brief, words: FigureWords): Candidate[] {
  const f = b.figures;
  const out: Candidate[] = [];
  const add = (value: number | null, percent: boolean, label: string, query: FigureQuery) => {
    if (value !== null && Number.isFinite(value))
      out.push({ value: percent ? Math.abs(value * 100) : Math.abs(value), percent, label, query });
  };
  add(f.value, false, f.label, f.query);
  add(f.mom ?? null, true, words.monthChange(f.label), f.query);
  for (const e of f.excluded) add(e.value, false, words.excluded(`${e.code} ${e.description}`), e.query);
  for (const i of f.items) add(i.value, false, `${i.code} ${i.description}`, i.query);
  add(f.ytd, false, words.ytd, f.ytdQuery);
  add(f.ytdYoy, true, words.ytdChange, f.ytdQuery);
  add(f.counterFlow.value, false, f.counterFlow.label, f.counterFlow.query);
  add(f.counterFlow.mom, true, words.monthChange(f.counterFlow.label), f.counterFlow.query);
  add(f.total.value, false, f.total.label, f.total.query);
  add(f.total.mom, true, words.monthChange(f.total.label), f.total.query);
  return out;
}

// "$1,854", "$1.12 million", "74%", "1,273,194 달러", "46.38 million": a money or percent figure, never a bare year.
const NUMBER =
  /\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?(?:million|billion))?|\$\d+(?:\.\d+)?(?:\s?(?:million|billion))?|\d+(?:\.\d+)?\s?(?:million|billion)|\d+(?:\.\d+)?%/g;

function valueOf(token: string): { value: number; percent: boolean; digits: number } {
  const percent = token.endsWith('%');
  const scale = /billion/.test(token) ? 1e9 : /million/.test(token) ? 1e6 : 1;
  const digits = token.replace(/[^\d.]/g, '');
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  return { value: Number(digits) * scale, percent, digits: scale > 1 ? decimals : -1 };
}

/** Whether a number as printed (rounded to its shown digits) is this figure. */
function matches(token: ReturnType<typeof valueOf>, c: Candidate): boolean {
  if (token.percent !== c.percent) return false;
  if (token.percent)
    return Math.abs(Math.round(c.value) - token.value) <= 0.5 || Math.abs(c.value - token.value) < 0.05;
  if (token.digits < 0) return Math.abs(Math.round(c.value) - token.value) < 1;
  const unit = token.value >= 1e9 ? 1e9 : 1e6;
  const step = unit / 10 ** token.digits;
  return Math.abs(c.value - token.value) <= step / 2 + 1e-6;
}

/**
 * Splits a brief's text into words and linked numbers. The core names every number it wrote, in order
 * (`links`), in any language ("4,638만 달러" as much as "$46.38 million"); a brief without them (an
 * older core) is matched by value, and a number matching no figure stays plain.
 */
export function linkNumbers(text: string, b: Brief, words: FigureWords): Piece[] {
  const pool = candidates(b, words);
  if (b.links?.length) return linkNamed(text, b.links, pool);
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(NUMBER)) {
    const token = valueOf(m[0]);
    const hit = pool.find((c) => matches(token, c));
    if (!hit) continue;
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), figure: null });
    pieces.push({ text: m[0], figure: { label: hit.label, query: hit.query } });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), figure: null });
  return pieces;
}

/**
 * Each named number, found in order from where the last one ended; a paragraph holds a run of them. A
 * figure the UI has words for (year to date, an excluded item, a change) is named in the UI's language.
 */
function linkNamed(text: string, links: Brief['links'], pool: Candidate[]): Piece[] {
  const same = (a: FigureQuery, b: FigureQuery) => JSON.stringify(a) === JSON.stringify(b);
  const pieces: Piece[] = [];
  let at = 0;
  for (const l of links) {
    const i = text.indexOf(l.text, at);
    if (i < 0) continue;
    if (i > at) pieces.push({ text: text.slice(at, i), figure: null });
    const known = pool.find((c) => c.percent === l.text.includes('%') && same(c.query, l.query));
    pieces.push({ text: l.text, figure: { label: known?.label ?? l.label, query: l.query } });
    at = i + l.text.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), figure: null });
  return pieces;
}

export function asMarkdown(b: Brief, title: string): string {
  const notes = b.footnotes.map((n) => `- ${n}`).join('\n');
  return `## ${title}\n\n${b.text.trim()}\n${notes ? `\n${notes}\n` : ''}`;
}

export function asPlainText(b: Brief): string {
  return `${b.text.trim()}\n${b.footnotes.length ? `\n${b.footnotes.join('\n')}\n` : ''}`;
}
