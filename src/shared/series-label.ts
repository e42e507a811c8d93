/**
 * The one wording of a series ("North Korea's exports to China", "북한의 대중국 수출") and of whose figures
 * they are ("as reported by China's customs", "according to UN Comtrade"): the CLI, the `series` method's label, the brief's prose, and
 * the app's legends, footnotes and chips all say it this way. Names come from the caller, which has them
 * from the one table of names (src/core/reference/areas.ts: the core directly, the renderer through the
 * `dimensions` method); this module holds only the grammar around them.
 */
export type LabelLang = 'en' | 'ko';
export type LabelFlow = 'import' | 'export' | 'total' | 're-export' | 're-import';

/** A reporter's or partner's plain name in the label's language ("United States", "미국"); the code where none is known. */
export type AreaNamer = (code: string) => string;

/** The series as a label tells it: the subject is the side whose trade it is (by default the reporter). */
export type SeriesWords = { reporter?: string; partner?: string; flow: LabelFlow; subject?: 'reporter' | 'partner' };

/** The label's language for a UI or request language tag: Korean for ko*, else English. */
export function labelLang(lang: string): LabelLang {
  return lang.slice(0, 2).toLowerCase() === 'ko' ? 'ko' : 'en';
}

/** English names that take "the" in running text: "imports from the United States". */
const THE =
  /^(United |European Union|Netherlands$|Philippines$|Bahamas$|Maldives$|Comoros$|Seychelles$|Gambia$|Czech Republic|Dominican Republic|Central African Republic|Holy See|USSR$|US Misc)|Islands$/;

/** A reporter's or partner's name for running text; no code: "all partners". */
export function nameInText(code: string | undefined | null, lang: LabelLang | 'zh', name: AreaNamer): string {
  if (!code) return lang === 'ko' ? '모든 상대국' : lang === 'zh' ? '所有伙伴' : 'all partners';
  if (lang !== 'en') return name(code);
  if (code === 'WLD') return 'the world';
  const plain = name(code);
  return THE.test(plain) ? `the ${plain}` : plain;
}

/** "China's", or "the United States'" for a name ending in s. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "North Korea's exports to China" / "북한의 대중국 수출", told from the subject's side. */
export function seriesLabel(s: SeriesWords, lang: LabelLang, name: AreaNamer): string {
  const [who, other] = s.subject === 'partner' ? [s.partner, s.reporter] : [s.reporter, s.partner];
  if (lang === 'ko') {
    const w = nameInText(who, 'ko', name);
    const o = nameInText(other, 'ko', name);
    if (s.flow === 'total') return `${w}–${o} 총교역`;
    return `${w}의 대${o} ${KO_FLOW[s.flow]}`;
  }
  // A label starts a line: "The United States' imports from China".
  const w = who ? capitalize(possessive(nameInText(who, 'en', name))) : "All reporters'";
  const o = nameInText(other, 'en', name);
  if (s.flow === 'total') return `${w} total trade with ${o}`;
  return s.flow === 'export' || s.flow === 're-export' ? `${w} ${s.flow}s to ${o}` : `${w} ${s.flow}s from ${o}`;
}

const KO_FLOW = { import: '수입', export: '수출', 're-export': '재수출', 're-import': '재수입' } as const;

/** A stored flow as running text names it: "imports", "re-exports"; "수입", "재수출". */
export function flowWord(flow: string, lang: LabelLang): string {
  if (lang === 'ko') return KO_FLOW[flow as keyof typeof KO_FLOW] ?? flow;
  return `${flow}s`;
}

/**
 * A label inside a sentence: "No file held covers the United States' imports from China". A label starts a
 * line, so its article is capitalised there; in running text it is not.
 */
export function labelInText(label: string): string {
  return label.replace(/^(The|All) /, (word) => word.toLowerCase());
}

/**
 * What the files a figure was read from are: a UN Comtrade download ('comtrade') is cited as UN Comtrade, not
 * as the customs service that reported to it, for a reader checks the figure there; any other file (a customs
 * download, a table of one's own) as the reporter's customs. Where both kinds were read, both; where none is
 * known, the reporter's customs. The one rule of the brief's source and of the charts' source line.
 */
export type FigureSource = 'customs' | 'comtrade';
export function sourcesOfFormats(formats: Iterable<string>): FigureSource[] {
  const others = new Set(formats);
  const comtrade = others.delete('comtrade');
  return [...(others.size || !comtrade ? (['customs'] as const) : []), ...(comtrade ? (['comtrade'] as const) : [])];
}

/** A Korean name with its subject particle: 중국이, 러시아가; 이(가) after a name not in Hangul. */
function withSubject(name: string): string {
  const last = name.charCodeAt(name.length - 1) - 0xac00;
  if (last < 0 || last > 11171) return `${name}이(가)`;
  return `${name}${last % 28 === 0 ? '가' : '이'}`;
}

/**
 * Whose figures they are, for running text: "as reported by China's customs" / "중국 해관 집계", "according to UN
 * Comtrade (China as reporter)" / "중국이 UN Comtrade에 보고한 수치", or both where both kinds of file were read.
 */
export function sourceLabel(
  reporter: string | undefined,
  lang: LabelLang,
  name: AreaNamer,
  sources: readonly FigureSource[] = ['customs'],
): string {
  const customs = sources.includes('customs') || !sources.includes('comtrade');
  const comtrade = sources.includes('comtrade');
  if (lang === 'ko') {
    // Inside the brief's brackets: "(중국이 UN Comtrade에 보고한 수치)", no bracket nested in another.
    const un = reporter ? `${withSubject(name(reporter))} UN Comtrade에 보고한 수치` : 'UN Comtrade 집계';
    const own = `${reporter ? `${nameInText(reporter, 'ko', name)} 해관` : '전체 보고국'} 집계`;
    return [...(customs ? [own] : []), ...(comtrade ? [un] : [])].join(' 및 ');
  }
  const un = `UN Comtrade${reporter ? ` (${name(reporter)} as reporter)` : ''}`;
  const own = reporter ? `${possessive(nameInText(reporter, 'en', name))} customs` : 'all reporters held';
  if (!customs) return `according to ${un}`;
  return `as reported by ${own}${comtrade ? ` and ${un}` : ''}`;
}
