import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../shared/analysis-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { familyOf } from '../../../shared/classification';
import { CurrencyField } from '../../components/CurrencyField';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import {
  classificationChoices,
  emptyForm,
  parseForm,
  toForm,
  type DefinitionForm,
  type FormField,
} from './definition-form';

type Held = { classifications: string[]; currencies: string[] };

/** The classification families and currencies the imported files hold, for the dialog's choices. */
function useHeld(): Held {
  const [held, setHeld] = useState<Held>({ classifications: [], currencies: [] });
  useEffect(() => {
    let live = true;
    Promise.all([api.listBatches({}), api.dimensions({})]).then(
      ([batches, dims]) =>
        live &&
        setHeld({
          classifications: batches.flatMap((b) =>
            b.status === 'imported' && b.scope ? b.scope.classifications.map(familyOf) : [],
          ),
          currencies: dims.currencies,
        }),
      // Without them the dialog still offers HS and the definition's own: saving says what is wrong.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return held;
}

type Props = { editing: Definition | null; onClose: () => void; onSaved: (d: Definition) => void };

/** Create or edit a named definition. A rename saves the new name, then removes the old one. */
export function DefinitionDialog({ editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<DefinitionForm>(editing ? toForm(editing) : emptyForm);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const held = useHeld();
  // Editing a field clears its complaint; Save checks everything again.
  const set = <K extends FormField>(k: K, v: DefinitionForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  };

  const save = async () => {
    const parsed = parseForm(form);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setSaving(true);
    try {
      const saved = await api.saveDefinition(parsed.value);
      if (editing && editing.name !== saved.name) await api.deleteDefinition({ name: editing.name });
      onSaved(saved);
    } catch (err) {
      setFailure(messageOf(err));
      setSaving(false);
    }
  };

  const field = (
    k: FormField,
    label: string,
    control: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode,
    hint?: string,
  ) => {
    const fid = `${id}-${k}`;
    const err = errors[k];
    return (
      <div className="tm-field tm-defs__field">
        <label htmlFor={fid}>{label}</label>
        {control({ id: fid, 'aria-invalid': Boolean(err), 'aria-describedby': err || hint ? `${fid}-msg` : undefined })}
        {err || hint ? (
          <small id={`${fid}-msg`} className={err ? 'tm-defs__error' : 'muted'}>
            {err ?? hint}
          </small>
        ) : null}
      </div>
    );
  };
  const text =
    (k: Exclude<FormField, 'flow' | 'subject' | 'classification' | 'currency'>, placeholder = '') =>
    (p: { id: string }) => (
      <input {...p} value={form[k]} placeholder={placeholder} onChange={(e) => set(k, e.currentTarget.value)} />
    );
  const who = (k: 'reporter' | 'partner') => form[k].trim().toUpperCase() || t(`field.${k}`);

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="tm-defs__dialog" testId="definition-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <header className="modal__header">
          <h2 id={`${id}-title`}>
            {editing ? t('definitions.editTitle', { name: editing.name }) : t('definitions.newTitle')}
          </h2>
        </header>
        <div className="modal__body tm-defs__grid">
          {field('name', t('definitions.name'), text('name'), t('definitions.nameHint'))}
          {field('label', t('definitions.label'), text('label'))}
          {field('reporter', t('field.reporter'), text('reporter', t('definitions.any')), t('definitions.isoHint'))}
          {field('partner', t('field.partner'), text('partner', t('definitions.any')))}
          {field(
            'subject',
            t('definitions.subject'),
            (p) => (
              <select
                {...p}
                value={form.subject}
                onChange={(e) => set('subject', e.currentTarget.value === 'partner' ? 'partner' : 'reporter')}
              >
                <option value="reporter">{t('brief.side', { who: who('reporter') })}</option>
                <option value="partner">{t('brief.side', { who: who('partner') })}</option>
              </select>
            ),
            t('definitions.subjectHint'),
          )}
          {field('flow', t('field.flow'), (p) => (
            <select
              {...p}
              value={form.flow}
              onChange={(e) => set('flow', e.currentTarget.value as DefinitionForm['flow'])}
            >
              <option value="import">{t('flow.import')}</option>
              <option value="export">{t('flow.export')}</option>
              <option value="total">{t('definitions.total')}</option>
            </select>
          ))}
          {field('hs', t('definitions.hs'), text('hs', t('charts.allGoods')), t('definitions.codesHint'))}
          {field('excludeHs', t('definitions.excludeHs'), text('excludeHs'), t('definitions.codesHint'))}
          <div className="tm-defs__field" title={t('definitions.classificationHint')}>
            <SelectField
              label={t('definitions.classification')}
              value={form.classification}
              options={classificationChoices(held.classifications, form.classification).map((c) => ({
                value: c,
                label: c,
              }))}
              onChange={(c) => set('classification', c)}
            />
          </div>
          {held.currencies.length > 1 || form.currency ? (
            <div className="tm-defs__field">
              <CurrencyField
                label={t('definitions.currency')}
                value={form.currency}
                currencies={
                  held.currencies.includes(form.currency) || !form.currency
                    ? held.currencies
                    : [...held.currencies, form.currency]
                }
                auto={t('definitions.currencyAuto')}
                onChange={(c) => set('currency', c)}
              />
            </div>
          ) : null}
          {field(
            'note',
            t('definitions.note'),
            (p) => (
              <textarea {...p} rows={3} value={form.note} onChange={(e) => set('note', e.currentTarget.value)} />
            ),
            t('definitions.noteHint'),
          )}
        </div>
        {failure ? (
          <div className="notice notice--error" role="alert">
            {failure}
          </div>
        ) : null}
        <footer className="modal__footer">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('definitions.cancel')}
          </button>
          <button type="submit" className="button" disabled={saving}>
            {t('definitions.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
