import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brief, Definition } from '../../../shared/analysis-types';
import { monthChoices, monthsBetween } from './month-choices';
import { usePairPeriods } from './use-pair-periods';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { countryName, useCountryLabel } from '../../i18n/countries';
import { makePeriods, usePeriods } from '../../i18n/periods';
import { is, useViewState } from '../../state/view-state';
import { CurrencyField } from '../../components/CurrencyField';
import { usePairCurrency } from '../../lib/use-pair-currency';
import { useDimensions } from '../../lib/use-dimensions';
import { useDefaultPair } from '../../lib/use-default-pair';
import { usePartnerOptions } from '../../lib/use-partner-options';
import { parseCodes } from '../../lib/hs-codes';
import { asMarkdown, asPlainText, linkNumbers, type FigureWords } from './brief-links';
import { figureRows, openRows } from '../../lib/open-rows';
import '../../lib/chart/charts.css';
import { DefinitionSelect } from '../definitions';
import { conventionalExclusions, pairKey } from '../../../shared/brief-convention';

const isTextRecord = (v: unknown): v is Record<string, string> =>
  is.object<Record<string, unknown>>(v) && Object.values(v).every(is.string);

/**
 * The news brief for one month, or one year of the pair's annual figures (a Comtrade annual download, or
 * twelve months held), written by the core; every number in it opens the rows behind it.
 */
export function BriefView({ refreshKey = 0 }: { refreshKey?: number }) {
  const { t, i18n } = useTranslation();
  const periods = usePeriods();
  const { dimensions } = useDimensions(refreshKey);
  // The brief as it was left (month, sides, exclusions, language), after a tab switch or a restart.
  const [reporter, setReporter] = useViewState('brief.reporter', '', is.string);
  const [partner, setPartner] = useViewState('brief.partner', '', is.string);
  const [period, setPeriod] = useViewState('brief.period', '', is.string);
  const [subject, setSubject] = useViewState<'reporter' | 'partner'>(
    'brief.subject',
    'partner',
    is.oneOf('reporter', 'partner'),
  );
  // The codes typed per pair; a pair never typed in takes its reporting convention (HS 2716 for China and
  // North Korea only), so a brief on another pair leaves nothing out unless the person says so.
  const [typedExcludes, setTypedExcludes] = useViewState<Record<string, string>>(
    'brief.excludeByPair',
    {},
    isTextRecord,
  );
  const pair = pairKey(reporter, partner);
  const conventional = conventionalExclusions(reporter, partner).join(', ');
  const exclude = typedExcludes[pair] ?? conventional;
  const setExclude = (codes: string) => setTypedExcludes((all) => ({ ...all, [pair]: codes }));
  // A named definition replaces the Exclude HS box: it carries its own flow, side and codes.
  const [def, setDef] = useViewState('brief.definition', '', is.string);
  const [definitions, setDefinitions] = useState<Definition[]>([]);
  // 'ui' follows the app's language until a language is chosen here.
  const [langChoice, setLang] = useViewState<'ui' | 'en' | 'ko'>('brief.language', 'ui', is.oneOf('ui', 'en', 'ko'));
  const lang: 'en' | 'ko' = langChoice === 'ui' ? (i18n.language.startsWith('ko') ? 'ko' : 'en') : langChoice;
  const [currency, setCurrency] = usePairCurrency('brief.currency', reporter, partner);
  const [brief, setBrief] = useState<Brief | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useDefaultPair(dimensions, reporter, setReporter, setPartner);

  // The years and months the pair's own files give. Where they give no month and no whole year, there is no
  // brief to write: the United States' one file of 2017 (by chapter) had opened on China's December 2024,
  // "not covered", of a month no file of the pair names.
  const { years, months: pairMonths } = usePairPeriods(reporter, partner, refreshKey);

  // A first brief is of the pair's latest month its files cover, not the database's latest month,
  // which may be another pair's: a brief that opens on "not covered" gives the reader nothing. A pair
  // whose files give no month opens on its latest year.
  useEffect(() => {
    if (period || !reporter || !partner || !dimensions || years === null) return;
    let live = true;
    const fallback = years[0] ?? dimensions.lastPeriod ?? '';
    api.series({ reporter, partner, flow: 'total', frequency: 'month' }).then(
      (s) => live && setPeriod((p) => p || s.points.reduce((a, x) => (x.period > a ? x.period : a), '') || fallback),
      () => live && setPeriod((p) => p || fallback),
    );
    return () => {
      live = false;
    };
  }, [period, reporter, partner, dimensions, setPeriod, years]);

  useEffect(() => {
    api.listDefinitions({}).then(setDefinitions, () => undefined);
  }, [refreshKey]);

  // A brief is of a month or a year: where the files hold no month at all and the pair no whole year, the page
  // says so, with the core's reason for the pair (what no file covers), rather than stay blank.
  const monthList = monthsBetween(dimensions?.firstPeriod ?? null, dimensions?.lastPeriod ?? null);
  // Whether the pair has any month is its own files' say; until they answer, every month of the database.
  const heldMonths = pairMonths ?? monthList;
  const choices = pairMonths
    ? monthChoices(pairMonths, dimensions?.lastPeriod ?? null, period)
    : { held: monthList, later: [] };
  const noMonths =
    Boolean(dimensions?.reporters.length) && heldMonths.length === 0 && years !== null && years.length === 0;
  // A month kept from another pair's brief while this pair has only years: its latest year instead.
  useEffect(() => {
    if (heldMonths.length === 0 && years?.length && !years.includes(period)) setPeriod(years[0]!);
  }, [heldMonths.length, years, period, setPeriod]);
  // Kept with the pair and language it was asked for: another pair's reason is never shown.
  const whyKey = `${reporter}|${partner}|${lang}|${refreshKey}`;
  const [noMonthWhy, setNoMonthWhy] = useState<{ key: string; text: string | null } | null>(null);
  useEffect(() => {
    if (!noMonths || !reporter || !partner) return;
    let live = true;
    api.series({ reporter, partner, flow: 'total', frequency: 'month', lang }).then(
      (s) => live && setNoMonthWhy({ key: whyKey, text: s.emptyReason ?? null }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [noMonths, reporter, partner, lang, whyKey]);

  useEffect(() => {
    if (!reporter || !partner || !period || noMonths) return;
    let live = true;
    // The pair's convention, untouched: a code the month's files do not list is included, and footnoted.
    const what = def
      ? { def }
      : { excludeHs: parseCodes(exclude), conventional: Boolean(conventional) && exclude === conventional };
    api.brief({ reporter, partner, period, subject, ...what, lang, currency: currency || undefined }).then(
      (b) => live && (setBrief(b), setError(null)),
      (err: unknown) => live && (setBrief(null), setError(messageOf(err))),
    );
    return () => {
      live = false;
    };
  }, [reporter, partner, period, subject, exclude, conventional, def, lang, refreshKey, t, noMonths, currency]);

  const copy = (kind: 'Markdown' | 'plain text') => async () => {
    if (!brief) return;
    const text =
      kind === 'Markdown'
        ? asMarkdown(brief, `${brief.figures.label}, ${makePeriods(lang).long(period)}`)
        : asPlainText(brief);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t(kind === 'Markdown' ? 'brief.copiedMarkdown' : 'brief.copiedPlain'));
    } catch {
      setCopied(t('brief.clipboardRefused'));
    }
  };

  const figureWords: FigureWords = {
    excluded: (item) => t('briefLayout.excludedFigure', { item }),
    ytd: t('briefLayout.ytdFigure'),
    ytdChange: t('briefLayout.ytdChangeFigure'),
    // A year's brief compares each figure with the year before.
    monthChange: (label) =>
      t(/^\d{4}$/.test(period) ? 'briefLayout.yearChangeFigure' : 'briefLayout.monthChangeFigure', { label }),
  };
  const label = useCountryLabel();
  const partnerOptions = usePartnerOptions(dimensions, reporter, partner);
  const country = (v: string) => (
    <option key={v} value={v}>
      {label(v)}
    </option>
  );
  // The definition wins: it carries its own side, so the brief is told from there whatever this box said.
  const chosen = def ? definitions.find((d) => d.name === def) : undefined;
  const side = chosen ? chosen.subject : subject;
  // A month no file covers has only the reason to show: nothing a reader could paste as a brief. A brief
  // whose headline alone is not covered still gives the figures that are, which a reader may paste.
  const nothing = Boolean(brief?.notCovered) && !brief?.links.length;
  return (
    <div className="tm-brief">
      <div className="tm-charts__options">
        <label className="tm-field">
          <span>{t('field.reporter')}</span>
          <select
            aria-label={t('briefLayout.reporterLabel')}
            value={reporter}
            onChange={(e) => setReporter(e.currentTarget.value)}
          >
            {(dimensions?.reporters ?? []).map(country)}
          </select>
        </label>
        <label className="tm-field">
          <span>{t('field.partner')}</span>
          <select
            aria-label={t('briefLayout.partnerLabel')}
            value={partner}
            onChange={(e) => setPartner(e.currentTarget.value)}
          >
            {partnerOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="tm-field">
          <span>{t(years?.length ? 'brief.period' : 'brief.month')}</span>
          <select
            aria-label={t('briefLayout.monthLabel')}
            value={period}
            disabled={noMonths}
            onChange={(e) => setPeriod(e.currentTarget.value)}
          >
            {choices.held.map((m) => (
              <option key={m} value={m}>
                {periods.long(m)}
              </option>
            ))}
            {choices.later.length ? (
              <optgroup label={t('brief.laterMonths')} data-testid="brief-later-months">
                {choices.later.map((m) => (
                  <option key={m} value={m}>
                    {periods.long(m)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {years?.length ? (
              <optgroup label={t('brief.years')}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {periods.long(y)}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
        <label className="tm-field">
          <span>{t('brief.toldFrom')}</span>
          <select
            aria-label={t('briefLayout.toldFromLabel')}
            value={side}
            disabled={Boolean(def)}
            onChange={(e) => setSubject(e.currentTarget.value === 'reporter' ? 'reporter' : 'partner')}
          >
            <option value="partner">
              {t('brief.side', {
                who: partner ? (countryName(partner, i18n.language) ?? partner) : t('field.partner'),
              })}
            </option>
            <option value="reporter">
              {t('brief.side', {
                who: reporter ? (countryName(reporter, i18n.language) ?? reporter) : t('field.reporter'),
              })}
            </option>
          </select>
        </label>
        <DefinitionSelect
          label={t('charts.definition')}
          ariaLabel={t('briefLayout.definitionLabel')}
          noneLabel={t('definitions.none')}
          definitions={definitions}
          value={def}
          onChange={setDef}
        />
        <label className="tm-field">
          <span>{t('charts.excludeHs')}</span>
          <input
            key={pair}
            aria-label={t('briefLayout.excludeLabel')}
            defaultValue={exclude}
            disabled={Boolean(def)}
            onBlur={(e) => setExclude(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
        </label>
        {brief?.currency && brief.otherCurrencies.length ? (
          <CurrencyField
            label={t('field.currency')}
            value={brief.currency}
            currencies={[brief.currency, ...brief.otherCurrencies].sort()}
            onChange={setCurrency}
          />
        ) : null}
        <label className="tm-field">
          <span>{t('brief.language')}</span>
          <select
            aria-label={t('briefLayout.languageLabel')}
            value={lang}
            onChange={(e) => setLang(e.currentTarget.value === 'ko' ? 'ko' : 'en')}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="ko" lang="ko">
              한국어
            </option>
          </select>
        </label>
      </div>
      {!def && conventional && exclude === conventional && !brief?.unexcluded.length ? (
        <p className="muted" data-testid="brief-convention">
          {t('brief.convention', { codes: conventional })}
        </p>
      ) : null}
      {noMonths ? (
        <div className="notice" role="status" data-testid="brief-no-months">
          <p>{t('brief.noMonths')}</p>
          {noMonthWhy?.key === whyKey && noMonthWhy.text ? (
            <p lang={lang} data-prose="core">
              {noMonthWhy.text}
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      ) : null}
      {brief && !noMonths ? (
        <>
          <article
            className="tm-brief__text"
            aria-label={t('briefLayout.textLabel')}
            lang={lang}
            data-testid="brief-text"
            data-prose="core"
          >
            {brief.text
              .trim()
              .split(/\n{2,}/)
              .map((para, i) => (
                <p key={i}>
                  {linkNumbers(para, brief, figureWords).map((piece, j) =>
                    piece.figure ? (
                      <button
                        key={j}
                        type="button"
                        className="tm-num"
                        title={t('briefLayout.openRows', { label: piece.figure.label })}
                        onClick={() =>
                          openRows(
                            figureRows(
                              `${piece.figure!.label}, ${periods.long(piece.figure!.query.period)}`,
                              piece.figure!.query,
                              'brief',
                            ),
                          )
                        }
                      >
                        {piece.text}
                      </button>
                    ) : (
                      <span key={j}>{piece.text}</span>
                    ),
                  )}
                </p>
              ))}
          </article>
          {brief.footnotes.length ? (
            <ul className="tm-brief__notes" aria-label={t('brief.notes')} lang={lang} data-prose="core">
              {brief.footnotes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          <div className="tm-export">
            {(['Markdown', 'plain text'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                className="button button--quiet"
                disabled={nothing}
                title={nothing ? t('brief.nothingToCopy') : undefined}
                onClick={copy(kind)}
              >
                {t(kind === 'Markdown' ? 'brief.copyMarkdown' : 'brief.copyPlain')}
              </button>
            ))}
            {copied ? <span role="status">{copied}</span> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
