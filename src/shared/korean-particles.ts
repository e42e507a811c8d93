/**
 * Korean particles after a name filled in at run time. A catalog sentence writes both forms, as
 * Korean interfaces do when the word is not known ahead ("{reporter}와(과) 북한"); once the sentence
 * is filled in, the form the word takes is chosen where its last syllable is Hangul ("중국과 북한",
 * "미국와" never), or where it ends in a digit, by how that digit is read ("HS 2716을": 육, "HS 2709를":
 * 구; a number's last digit is read the same, 10 and 100 as 십 and 백, closed like 영). After anything
 * else (a file name, Latin letters) both forms stay, since how it is read aloud is not known.
 */

/** Each written pair and its form after a syllable with a final consonant, and without. */
const PAIRS: Record<string, [closed: string, open: string]> = {
  '을(를)': ['을', '를'],
  '를(을)': ['을', '를'],
  '은(는)': ['은', '는'],
  '는(은)': ['은', '는'],
  '이(가)': ['이', '가'],
  '가(이)': ['이', '가'],
  '와(과)': ['과', '와'],
  '과(와)': ['과', '와'],
  '(으)로': ['으로', '로'],
  '(이)라': ['이라', '라'],
  '(이)나': ['이나', '나'],
};

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The final consonant ㄹ: "(으)로" takes 로 after it, as after a vowel (서울로, not 서울으로). */
const RIEUL = 8;
/** Closing marks a particle may follow, looked past to the word: “북한”을, (북한)을. */
const CLOSERS = new Set(['"', '”', "'", '’', ')', '」', '』', '》', '〉', ']']);
/** Each digit as read in Sino-Korean, 0 to 9: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_READINGS = '영일이삼사오육칠팔구';

const PATTERN = new RegExp(
  Object.keys(PAIRS)
    .map((p) => p.replace(/[()]/g, '\\$&'))
    .join('|'),
  'g',
);

export function withParticles(text: string): string {
  return text.replace(PATTERN, (pair, at: number) => {
    let i = at - 1;
    while (i >= 0 && CLOSERS.has(text[i]!)) i--;
    const last = i >= 0 ? text[i]! : '';
    const code = last >= '0' && last <= '9' ? DIGIT_READINGS.charCodeAt(Number(last)) : i >= 0 ? text.charCodeAt(i) : 0;
    if (code < HANGUL_FIRST || code > HANGUL_LAST) return pair;
    const final = (code - HANGUL_FIRST) % 28;
    const [closed, open] = PAIRS[pair]!;
    if (pair === '(으)로') return final === 0 || final === RIEUL ? open : closed;
    return final === 0 ? open : closed;
  });
}
