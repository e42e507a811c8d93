/** Money and percentages as a news brief prints them, in English or Korean. */
export type Lang = 'en' | 'ko';

const grouped = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "$2,382", "$148,000", "$1.27 million", "$46.38 million"; other currencies lead with their code. */
export function money(value: number, currency: string | null, lang: Lang = 'en'): string {
  if (lang === 'ko') return moneyKo(value, currency);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const unit = currency === 'USD' || currency === null ? '$' : `${currency} `;
  if (abs >= 1e9) return `${sign}${unit}${grouped(abs / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${sign}${unit}${grouped(abs / 1e6, 2)} million`;
  return `${sign}${unit}${grouped(Math.round(abs))}`;
}

/** Korean counts in 만 (10^4) and 억 (10^8): 14만8,000달러, 4,638만 달러, 127만 달러. */
function moneyKo(value: number, currency: string | null): string {
  const unit = currency === 'USD' || currency === null ? '달러' : ` ${currency}`;
  const sign = value < 0 ? '-' : '';
  const abs = Math.round(Math.abs(value));
  if (abs < 1e4) return `${sign}${grouped(abs)}${unit}`;
  if (abs < 1e6) {
    const man = Math.floor(abs / 1e4);
    const rest = abs % 1e4;
    return rest ? `${sign}${man}만${grouped(rest)}${unit}` : `${sign}${man}만${unit.trim() === unit ? '' : ''}${unit}`;
  }
  const totalMan = Math.round(abs / 1e4);
  const eok = Math.floor(totalMan / 1e4);
  const man = totalMan % 1e4;
  const parts = [eok ? `${grouped(eok)}억` : '', man ? `${grouped(man)}만` : ''].filter(Boolean).join(' ');
  return `${sign}${parts} ${unit.trim()}`;
}

/**
 * "down 42%", "up 3%"; Korean "42% 감소" (the brief adds 했습니다). A change that rounds to 0% is not
 * "up 0%": it is "unchanged" where the figures are equal, else "up less than 1%" or "down less than 1%".
 */
export function pctChange(x: number, lang: Lang = 'en'): string {
  const p = Math.round(Math.abs(x) * 100);
  if (p === 0 && x === 0) return lang === 'ko' ? '변동 없이 유지' : 'unchanged';
  if (lang === 'ko') return `${p === 0 ? '1% 미만' : `${p}%`} ${x < 0 ? '감소' : '증가'}`;
  return `${x < 0 ? 'down' : 'up'} ${p === 0 ? 'less than 1%' : `${p}%`}`;
}
