/**
 * The part of ICU MessageFormat that Tidemark's prose uses: `{name}`, and `{name, plural, …}` /
 * `{name, select, …}` with `=N`, plural categories (Intl.PluralRules) and `#` for the number.
 * Apostrophes are literal text (possessives are common in trade prose), so there is no quoting.
 */
export type Params = Record<string, string | number>;

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** Digits grouped in threes, as the catalog's numbers print ("1,234"). */
function numberText(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

export function formatMessage(pattern: string, lang: string, params: Params = {}, hash?: number): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '#' && hash !== undefined) {
      out += numberText(hash);
      i++;
    } else if (ch === '{') {
      const end = matching(pattern, i);
      out += argument(pattern.slice(i + 1, end), lang, params);
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message "${s}"`);
}

function argument(body: string, lang: string, params: Params): string {
  const [name = '', type, ...rest] = body.split(',');
  const key = name.trim();
  if (!(key in params)) throw new Error(`Message parameter "${key}" is missing`);
  const value = params[key]!;
  if (type === undefined) return typeof value === 'number' ? numberText(value) : value;
  const kind = type.trim();
  const options = parseOptions(rest.join(','));
  if (kind === 'plural') {
    const n = Number(value);
    const sub = options.get(`=${n}`) ?? options.get(pluralRules(lang).select(n)) ?? options.get('other');
    if (sub === undefined) throw new Error(`Message "${body}" has no "other" case`);
    return formatMessage(sub, lang, params, n);
  }
  if (kind === 'select') {
    const sub = options.get(String(value)) ?? options.get('other');
    if (sub === undefined) throw new Error(`Message "${body}" has no "other" case`);
    return formatMessage(sub, lang, params);
  }
  throw new Error(`Unknown message argument type "${kind}"`);
}

/** ` one {…} other {…}` → selector → sub-message. */
function parseOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    const end = matching(text, open);
    options.set(selector, text.slice(open + 1, end));
    i = end + 1;
  }
  return options;
}

/** The names a pattern fills in, in every branch: a translation must take the same ones. */
export function paramNames(pattern: string): Set<string> {
  const names = new Set<string>();
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] !== '{') {
      i++;
      continue;
    }
    const end = matching(pattern, i);
    const [name = '', type, ...rest] = pattern.slice(i + 1, end).split(',');
    names.add(name.trim());
    if (type !== undefined)
      for (const sub of parseOptions(rest.join(',')).values()) paramNames(sub).forEach((n) => names.add(n));
    i = end + 1;
  }
  return names;
}
