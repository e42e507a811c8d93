import { describe, expect, it } from 'vitest';
import { withParticles } from './korean-particles';

describe('Korean particles after a filled-in name', () => {
  it('takes the form the last syllable asks for', () => {
    expect(withParticles('중국와(과) 북한의 교역')).toBe('중국과 북한의 교역');
    expect(withParticles('미국와(과) 북한의 교역')).toBe('미국과 북한의 교역');
    expect(withParticles('러시아와(과) 북한')).toBe('러시아와 북한');
    expect(withParticles('전 품목을(를) 다루는 파일')).toBe('전 품목을 다루는 파일');
    expect(withParticles('북한 수출을(를) 다루는')).toBe('북한 수출을 다루는');
    expect(withParticles('베트남은(는)')).toBe('베트남은');
    expect(withParticles('러시아은(는)')).toBe('러시아는');
    expect(withParticles('일본이(가)')).toBe('일본이');
    expect(withParticles('독일이(가)')).toBe('독일이');
    expect(withParticles('태국이(가)')).toBe('태국이');
    expect(withParticles('브라질이(가)')).toBe('브라질이');
    expect(withParticles('페루이(가)')).toBe('페루가');
  });

  it('writes (으)로 as 로 after a vowel or ㄹ, 으로 after any other final consonant', () => {
    expect(withParticles('원(으)로 환산')).toBe('원으로 환산');
    expect(withParticles('서울(으)로')).toBe('서울로');
    expect(withParticles('달러(으)로')).toBe('달러로');
  });

  it('looks past closing quotes and brackets to the word', () => {
    expect(withParticles('“북한 수출”을(를) 지웠습니다')).toBe('“북한 수출”을 지웠습니다');
    expect(withParticles('"소이"을(를)')).toBe('"소이"를');
  });

  it('keeps both forms after a word not written in Hangul nor ending in a digit', () => {
    expect(withParticles('2024in.csv을(를) 가져왔습니다')).toBe('2024in.csv을(를) 가져왔습니다');
    expect(withParticles('USD(으)로 바꿀')).toBe('USD(으)로 바꿀');
    expect(withParticles('을(를)')).toBe('을(를)');
  });

  it('after a code or number, takes the form its last digit is read with', () => {
    // 영 일 이 삼 사 오 육 칠 팔 구: closed after 0, 1, 3, 6, 7, 8; open after 2, 4, 5, 9.
    expect(withParticles('HS 2716은(는)')).toBe('HS 2716은');
    expect(withParticles('HS 2716을(를) 나열한')).toBe('HS 2716을 나열한');
    expect(withParticles('HS 2701을(를)')).toBe('HS 2701을');
    expect(withParticles('HS 2710이(가)')).toBe('HS 2710이');
    expect(withParticles('HS 27은(는)')).toBe('HS 27은');
    expect(withParticles('HS 02이(가)')).toBe('HS 02가');
    expect(withParticles('HS 8703와(과)')).toBe('HS 8703과');
    expect(withParticles('HS 2709를(을)')).toBe('HS 2709를');
    expect(withParticles('HS 2604은(는)')).toBe('HS 2604는');
    expect(withParticles('HS 2605와(과)')).toBe('HS 2605와');
    expect(withParticles('배치 8이(가)')).toBe('배치 8이');
    // (으)로: 로 after a vowel or ㄹ (일, 칠, 팔), 으로 after 영, 삼, 육.
    expect(withParticles('1,000(으)로')).toBe('1,000으로');
    expect(withParticles('2021(으)로')).toBe('2021로');
    expect(withParticles('2023(으)로')).toBe('2023으로');
    expect(withParticles('2027(으)로')).toBe('2027로');
    expect(withParticles('2026(으)로')).toBe('2026으로');
    expect(withParticles('2024(으)로')).toBe('2024로');
    // Past a closing mark to the digit: "(HS 2716)"을.
    expect(withParticles('(HS 2716)을(를)')).toBe('(HS 2716)을');
  });

  it('leaves a sentence without a written pair as it is', () => {
    const text = '이 24개월 동안 파일이 없습니다 (12개월).';
    expect(withParticles(text)).toBe(text);
  });
});
