import { describe, expect, it } from 'vitest';
import { defaultPair } from './use-default-pair';

const held = {
  reporters: ['CHN', 'KOR'],
  partners: ['PRK', 'RUS', 'USA'],
  partnersOf: { CHN: ['PRK', 'RUS'], KOR: ['USA'] },
};

describe('defaultPair, the dashboard and brief opening pair', () => {
  it('opens on China and North Korea where they are held, else the first held', () => {
    const pair = defaultPair(held, '');
    expect([pair.reporter(''), pair.partner('')]).toEqual(['CHN', 'PRK']);
    const other = defaultPair({ ...held, reporters: ['KOR'], partnersOf: { KOR: ['USA'] } }, '');
    expect([other.reporter(''), other.partner('')]).toEqual(['KOR', 'USA']);
    const empty = defaultPair({ reporters: [], partners: [], partnersOf: {} }, '');
    expect([empty.reporter(''), empty.partner('')]).toEqual(['', '']);
  });

  it("keeps a pick made since the render, and a partner held only by another reporter's files", () => {
    const pair = defaultPair(held, '');
    expect(pair.reporter('KOR')).toBe('KOR');
    expect(pair.partner('USA')).toBe('USA');
    expect(defaultPair(held, 'KOR').partner('RUS')).toBe('RUS');
  });

  it('sets the partner back when the reporter becomes that partner', () => {
    // Korea's files name the United States; switching the reporter to the United States must not keep it as partner.
    const both = {
      reporters: ['CHN', 'KOR', 'USA'],
      partners: ['KOR', 'PRK', 'USA'],
      partnersOf: { CHN: ['PRK'], KOR: ['USA'], USA: ['KOR'] },
    };
    expect(defaultPair(both, 'USA').partner('USA')).toBe('KOR');
    expect(defaultPair(both, 'KOR').partner('USA')).toBe('USA');
  });

  it('sets back a reporter or partner the database no longer holds', () => {
    const pair = defaultPair(held, 'DEU');
    expect(pair.reporter('DEU')).toBe('CHN');
    expect(pair.partner('JPN')).toBe('PRK');
    expect(defaultPair(held, 'KOR').partner('JPN')).toBe('USA');
  });

  it("opens on the partner the core leads with, not the reporter's alphabetical first; a pick still stays", () => {
    // China's soybean downloads: Argentina comes first by code, Brazil is held longest with the most trade.
    const soy = { reporters: ['CHN'], partners: ['ARG', 'BRA', 'USA'], partnersOf: { CHN: ['ARG', 'BRA', 'USA'] } };
    const led = { ...soy, leadPartnerOf: { CHN: 'BRA' } };
    expect(defaultPair(led, '').partner('')).toBe('BRA');
    expect(defaultPair(led, 'CHN').partner('ARG')).toBe('ARG');
    // North Korea, where held, still comes first; a lead no longer held is passed over.
    const withPrk = { ...led, partners: [...soy.partners, 'PRK'], partnersOf: { CHN: [...soy.partnersOf.CHN, 'PRK'] } };
    expect(defaultPair(withPrk, '').partner('')).toBe('PRK');
    expect(defaultPair({ ...soy, leadPartnerOf: { CHN: 'KOR' } }, '').partner('')).toBe('ARG');
  });
});
