import { describe, expect, it } from 'vitest';
import { classificationChoices, emptyForm, parseForm, toForm } from './definition-form';

describe('the definition dialog form', () => {
  it('turns the NK-exports-without-electricity form into the definition the core stores', () => {
    const out = parseForm({
      ...emptyForm,
      name: ' NK exports excl. electricity ',
      reporter: 'chn',
      partner: 'PRK',
      flow: 'export',
      subject: 'partner',
      excludeHs: '2716',
    });
    expect(out).toEqual({
      ok: true,
      value: {
        name: 'NK exports excl. electricity',
        label: '',
        reporter: 'CHN',
        partner: 'PRK',
        flow: 'export',
        subject: 'partner',
        hs: [],
        excludeHs: ['2716'],
        note: '',
        classification: 'HS',
        currency: null,
      },
    });
  });

  it('names the field a person has to fix', () => {
    const out = parseForm({ ...emptyForm, name: 'bad/name', reporter: 'CH', hs: '27, 2716-x' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(Object.keys(out.errors).sort()).toEqual(['hs', 'name', 'reporter']);
    expect(out.errors.reporter).toMatch(/code such as CHN/);
  });

  it('round-trips a stored definition through the form', () => {
    const d = {
      name: 'Coal',
      label: 'HS 2701',
      reporter: null,
      partner: 'PRK',
      flow: 'import' as const,
      subject: 'reporter' as const,
      hs: ['2701', '2704'],
      excludeHs: [],
      note: 'n',
      classification: 'HS',
      currency: null,
    };
    expect(parseForm(toForm(d))).toEqual({ ok: true, value: d });
    // SITC 32 (coal) in yuan stays SITC 32 in yuan: an edit never reads it back as HS 32.
    const sitc = { ...d, hs: ['32'], classification: 'S4', currency: 'CNY' };
    expect(parseForm(toForm(sitc))).toEqual({ ok: true, value: sitc });
  });

  it("offers HS first, the families held, and a definition's own classification where no file holds it", () => {
    expect(classificationChoices(['SITC', 'HS', 'BEC'], 'HS')).toEqual(['HS', 'BEC', 'SITC']);
    expect(classificationChoices([], 'S4')).toEqual(['HS', 'S4']);
  });
});
