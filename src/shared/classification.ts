/**
 * Commodity classifications. A code means nothing without its classification: SITC 78 is road
 * vehicles, HS 78 is lead. Codes of one family nest by prefix (HS 27 ⊃ 2716 ⊃ 271600 ⊃ 27160000;
 * SITC 7 ⊃ 78 ⊃ 781); TOTAL (all goods) holds every code of its family. Figures are computed within
 * one family and never add two families together.
 */

/** The code that stands for all goods. */
export const TOTAL_CODE = 'TOTAL';

/** The HS edition of each edition year as written in a name ("HS2017", "HS 22"): UN Comtrade's H0–H6. */
export const HS_EDITION_OF_YEAR: Readonly<Record<string, 'H0' | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6'>> = {
  92: 'H0',
  96: 'H1',
  '02': 'H2',
  '07': 'H3',
  12: 'H4',
  17: 'H5',
  22: 'H6',
};

/**
 * Families whose codes can be compared: every HS edition (H0–H6, "HS" when the edition is unknown,
 * national 8/10-digit tariff lines such as China's) is HS; SITC revisions S1–S4 are SITC; BEC is BEC.
 * Anything else is its own family, by name.
 */
const FAMILIES: { family: string; glob: string[]; names: string[]; words: string }[] = [
  { family: 'HS', glob: ['H[0-9]', 'HS*'], names: ['CN8', 'NC8', 'TARIC', 'HTS', 'HTSUS'], words: 'HS|H\\d' },
  { family: 'SITC', glob: ['S[0-9]', 'SITC*'], names: [], words: 'SITC|S\\d' },
  { family: 'BEC', glob: ['BE*', 'EB*'], names: [], words: 'BEC' },
];

/**
 * The words a classification is written as before its codes ("HS 2716", "H5 2716", "SITC 33", "S4-334.1",
 * "BEC 41"): what people type into a code box, one list for every reader of typed codes.
 */
const WORDS = FAMILIES.map((f) => f.words).join('|');
const CLASSIFICATION_WORD = new RegExp(`^(${WORDS})$`, 'i');
const CLASSIFICATION_PREFIX = new RegExp(`^(${WORDS})[-:]?(?=\\d)`, 'i');

/** Whether a word is a classification's name ("HS", "SITC", "S4"), not a code. */
export const isClassificationWord = (word: string): boolean => CLASSIFICATION_WORD.test(word.trim());

/** A code without the classification written before it: "HS2716", "S4-334" → "2716", "334". */
export const withoutClassificationWord = (token: string): string => token.replace(CLASSIFICATION_PREFIX, '');

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/\*/g, '.*')}$`);
}
// Compiled once: familyOf runs per distinct classification in bulk paths (the Parquet export).
const MATCHERS = FAMILIES.map((f) => {
  const globs = f.glob.map(globToRegExp);
  return { family: f.family, test: (c: string) => f.names.includes(c) || globs.some((g) => g.test(c)) };
});

/** The family a classification belongs to ('HS', 'SITC', 'BEC' or the classification itself, upper case). */
export function familyOf(classification: string): string {
  const c = classification.trim().toUpperCase();
  for (const m of MATCHERS) if (m.test(c)) return m.family;
  return c || 'HS';
}

/** The same mapping in SQL, for a column holding a classification: summaries group by it. */
export function familySql(column: string): string {
  const c = `upper(trim(${column}))`;
  const arms = FAMILIES.map((f) => {
    const tests = [
      ...f.glob.map((g) => `${c} GLOB '${g}'`),
      ...(f.names.length ? [`${c} IN (${f.names.map((n) => `'${n}'`).join(', ')})`] : []),
    ];
    return `WHEN ${tests.join(' OR ')} THEN '${f.family}'`;
  });
  return `(CASE ${arms.join(' ')} WHEN ${c} = '' THEN 'HS' ELSE ${c} END)`;
}

/**
 * Which of several editions of one family a figure is read from, when a period holds more than one
 * (the same trade stated twice, never to be added): the latest numbered edition (H6 before H5, S4
 * before S3), then the edition-less name ("HS"), then anything else, alphabetically.
 */
export function editionRank(classification: string): [number, string] {
  const c = classification.trim().toUpperCase();
  const m = /^[A-Z](\d)$/.exec(c);
  if (m) return [0, String(9 - Number(m[1]))];
  if (c === 'HS' || c === 'SITC' || c === 'BEC') return [1, c];
  return [2, c];
}

export function compareEditions(a: string, b: string): number {
  const [ra, sa] = editionRank(a);
  const [rb, sb] = editionRank(b);
  return ra - rb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

/** 0 for TOTAL, else the code's length: HS 27 is level 2, 2716 level 4; SITC 7 is level 1. */
export function codeLevel(code: string): number {
  return code.length === 5 && code === TOTAL_CODE ? 0 : code.length;
}

/** Whether `code` is `ancestor` or lies under it (TOTAL holds every code). */
export function isWithin(code: string, ancestor: string): boolean {
  if (ancestor === TOTAL_CODE) return true;
  if (code === TOTAL_CODE) return false;
  return code.startsWith(ancestor);
}

/** What a user types (--classification S4, h5, sitc) → the family a figure is read in. */
export function parseClassification(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return familyOf(text);
}
