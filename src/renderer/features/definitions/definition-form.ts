import { Definition } from '../../../shared/analysis-types';
import { normalizeAreaCode } from '../../../shared/area-code';

/** What the dialog's fields hold: plain strings, so half-typed input survives until Save. */
export type DefinitionForm = {
  name: string;
  label: string;
  reporter: string;
  partner: string;
  flow: Definition['flow'];
  subject: Definition['subject'];
  hs: string;
  excludeHs: string;
  note: string;
  /** The classification the codes are in (HS, SITC, S4…). */
  classification: string;
  /** '' leaves the currency to the series. */
  currency: string;
};
export type FormField = keyof DefinitionForm;

export const emptyForm: DefinitionForm = {
  name: '',
  label: '',
  reporter: '',
  partner: '',
  flow: 'import',
  subject: 'reporter',
  hs: '',
  excludeHs: '',
  note: '',
  classification: 'HS',
  currency: '',
};

export function toForm(d: Definition): DefinitionForm {
  return {
    ...d,
    reporter: d.reporter ?? '',
    partner: d.partner ?? '',
    hs: d.hs.join(', '),
    excludeHs: d.excludeHs.join(', '),
    currency: d.currency ?? '',
  };
}

/**
 * The classifications the dialog offers: HS (the default) first, then every other family the imported files
 * hold, and the definition's own where none does (an S4 one saved from the command line), so it never shows another.
 */
export function classificationChoices(held: string[], current: string): string[] {
  const others = [...new Set(held)].filter((c) => c !== 'HS').sort();
  const choices = ['HS', ...others];
  return current && !choices.includes(current) ? [...choices, current] : choices;
}

/** "2716, 27 16" -> ['2716', '27', '16']: commas, semicolons or spaces separate codes. */
export const codeList = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/**
 * The form checked by the same schema the core uses, so the dialog refuses exactly what saveDefinition
 * would, but names the field. Empty reporter/partner mean "any".
 */
export function parseForm(
  f: DefinitionForm,
): { ok: true; value: Definition } | { ok: false; errors: Partial<Record<FormField, string>> } {
  const parsed = Definition.safeParse({
    name: f.name.trim(),
    label: f.label.trim(),
    reporter: f.reporter.trim() ? normalizeAreaCode(f.reporter) : null,
    partner: f.partner.trim() ? normalizeAreaCode(f.partner) : null,
    flow: f.flow,
    subject: f.subject,
    hs: codeList(f.hs),
    excludeHs: codeList(f.excludeHs),
    note: f.note.trim(),
    classification: f.classification,
    currency: f.currency || null,
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<FormField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as FormField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
