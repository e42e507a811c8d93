import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useCountryLabel, useCountryName } from '../../i18n/countries';
import { usePeriods } from '../../i18n/periods';
import { is, useViewState } from '../../state/view-state';
import { figureRows, openRows } from '../../lib/open-rows';
import { figureSpan, sourceCaption, type SeriesDefinition } from '../../lib/chart/caption';
import { labelLang, nameInText } from '../../../shared/series-label';
import { chartConfig, chartNumbers } from '../../lib/chart/chart-config';
import { useChartLook } from '../../lib/chart/chart-look';
import { TradeChart } from '../../lib/chart/TradeChart';
import { usePlot } from '../../lib/chart/use-plot';
import { useDimensions } from '../../lib/use-dimensions';
import { useDefaultPair } from '../../lib/use-default-pair';
import { usePairCurrency } from '../../lib/use-pair-currency';
import { usePartnerOptions } from '../../lib/use-partner-options';
import { FlowCard } from './FlowCard';
import { dashboardWindow, WINDOW } from './dashboard-month';
import { DASH_FLOWS, useDashboard, type FlowKey } from './use-dashboard';
import '../../lib/chart/charts.css';

const TITLES: Record<FlowKey, 'dashboard.exports' | 'dashboard.imports' | 'dashboard.total'> = {
  export: 'dashboard.exports',
  import: 'dashboard.imports',
  total: 'dashboard.total',
};

/**
 * One reporter and partner at a glance: the latest month by flow, records, top items, 24 months, watchlist hits;
 * or, where the pair's files hold only annual figures, the latest year and the last 10 years.
 */
export function DashboardView({ refreshKey = 0 }: { refreshKey?: number }) {
  const { t, i18n } = useTranslation();
  const label = useCountryLabel();
  const name = useCountryName();
  const periods = usePeriods();
  const look = useChartLook();
  const { dimensions, error: dimError } = useDimensions(refreshKey);
  const [reporter, setReporter] = useViewState('dashboard.reporter', '', is.string);
  const [partner, setPartner] = useViewState('dashboard.partner', '', is.string);
  useDefaultPair(dimensions, reporter, setReporter, setPartner);
  const partnerOptions = usePartnerOptions(dimensions, reporter, partner);
  // Top items are named in the UI's language where a nomenclature has the names.
  const lang = i18n.language.slice(0, 2);
  // The currency the pair's figures are read in, where its files hold more than one (China's customs publish
  // yuan and dollars): kept with its pair, so another pair opens on the core's choice again.
  const [chosen, setChosen] = usePairCurrency('dashboard.currency', reporter, partner);
  // Months, or years where the person asks for them (the pair's files may hold years a month does not show).
  const [want, setWant] = useViewState('dashboard.periods', '', is.oneOf('', 'month', 'year'));
  const dash = useDashboard(reporter, partner, refreshKey, lang === 'ko' || lang === 'zh' ? lang : 'en', chosen, want);
  const base = {
    reporter: { op: 'equals' as const, value: reporter },
    partner: { op: 'equals' as const, value: partner },
  };
  const currency = dash.series?.total.currency ?? dash.series?.import.currency ?? null;
  const heldIn = dash.series
    ? [...new Set(DASH_FLOWS.flatMap((f) => [dash.series![f].currency ?? '', ...dash.series![f].otherCurrencies]))]
        .filter(Boolean)
        .sort()
    : [];
  const num = useMemo(() => chartNumbers(i18n.language), [i18n.language]);
  const pct = useMemo(
    () => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }),
    [i18n.language],
  );

  // "Last 24 months": the 24 months up to the latest month held, asked of the core as that window, so its
  // gap notes count the months in it; months no file covers are gaps in it, never zeros. Of annual files
  // only, the 10 years up to the latest year.
  const yearly = dash.frequency === 'year';
  const span = WINDOW[dash.frequency];
  const window = useMemo(() => dashboardWindow(dash.latest, dash.frequency), [dash.latest, dash.frequency]);
  const defs = useMemo<SeriesDefinition[]>(
    () =>
      reporter && partner && window
        ? DASH_FLOWS.map((flow) => ({ reporter, partner, flow, hs: [], excludeHs: [], currency: chosen || undefined }))
        : [],
    [reporter, partner, window, chosen],
  );
  const plot = usePlot(defs, dash.frequency, refreshKey, window);
  const config = useMemo(
    () =>
      chartConfig(plot.series, {
        kind: 'line',
        logScale: false,
        record: null,
        events: [],
        look: look.screen,
        span: window,
      }),
    [plot.series, look, window],
  );
  const notCovered = plot.series.map((s) => s.notCovered).find(Boolean);
  // The watchlist looks for hits only where a file covers the reporter's trade with North Korea: no hit in a
  // month no file covers is not "no trade", so those months are counted out loud.
  const watchGap = dash.watch?.notCovered.length ?? 0;
  const inText = (code: string) => nameInText(code, labelLang(i18n.language), name);

  return (
    <div className="tm-dash">
      <div className="tm-dash__pick">
        <SelectField
          label={t('field.reporter')}
          value={reporter}
          options={(dimensions?.reporters ?? []).map((r) => ({ value: r, label: label(r) }))}
          onChange={setReporter}
        />
        <SelectField label={t('field.partner')} value={partner} options={partnerOptions} onChange={setPartner} />
        {heldIn.length > 1 ? (
          <SelectField
            label={t('field.currency')}
            value={chosen || (currency ?? '')}
            options={heldIn.map((c) => ({ value: c, label: c }))}
            onChange={setChosen}
          />
        ) : null}
        {dash.monthsHeld || (yearly && !dash.annualOnly) ? (
          <SelectField
            label={t('charts.periods')}
            value={dash.frequency}
            options={[
              { value: 'month', label: t('charts.monthly') },
              { value: 'year', label: t('charts.annual') },
            ]}
            onChange={(v) => setWant(v === 'year' ? 'year' : 'month')}
          />
        ) : null}
        {dash.latest ? (
          <span className="muted">
            {t(yearly ? 'dashboard.latestYear' : 'dashboard.latest', { month: periods.long(dash.latest) })}
          </span>
        ) : null}
      </div>
      {yearly && dash.annualOnly ? (
        <p className="hint" data-testid="dashboard-annual">
          {t('dashboard.annualOnly', { reporter: inText(reporter), partner: inText(partner) })}
        </p>
      ) : null}
      {dash.latest && dash.reporterLatest && dash.reporterLatest > dash.latest ? (
        <p className="hint" data-testid="dashboard-pair-ends">
          {t('dashboard.pairEnds', {
            reporter: inText(reporter),
            partner: inText(partner),
            to: periods.long(dash.reporterLatest),
            month: periods.long(dash.latest),
          })}
        </p>
      ) : null}
      {dimError || dash.error || plot.error ? (
        <div className="notice notice--error" role="alert">
          {dimError ?? dash.error ?? plot.error}
        </div>
      ) : null}
      <div className="tm-cards">
        {DASH_FLOWS.map((f) => (
          <FlowCard
            key={f}
            title={t(TITLES[f])}
            points={dash.series?.[f].points ?? []}
            missing={dash.series?.[f].missing}
            latest={dash.latest}
            frequency={dash.frequency}
            currency={dash.series?.[f].currency ?? null}
            empty={dash.series?.[f].emptyReason}
            filters={f === 'total' ? base : { ...base, flow: { op: 'equals', value: f } }}
          />
        ))}
      </div>
      <div className="tm-dash__grid">
        <figure className="tm-figure" aria-label={t('dashLayout.chartLabel')} data-testid="dashboard-chart">
          <div className="tm-figure__title">
            {t(yearly ? 'dashboard.last10y' : 'dashboard.last24')}
            {currency ? ` (${currency})` : ''}
            {window ? (
              <span className="muted">
                {' '}
                · {t('dashLayout.window', { from: periods.short(window.from), to: periods.short(window.to) })}
              </span>
            ) : null}
          </div>
          <TradeChart
            small
            config={config}
            label={t('dashLayout.chartAria', { reporter: name(reporter), partner: name(partner) })}
            empty={
              plot.loading
                ? null
                : plot.series.some((p) => p.points.length)
                  ? null
                  : notCovered
                    ? t('coverage.chartNotCovered', { reason: notCovered })
                    : t(yearly ? 'dashboard.noAnnual' : 'dashboard.noMonthly')
            }
          />
          <figcaption className="tm-figure__caption">
            {plot.footnotes.map((n) => (
              <div key={n} className="tm-figure__footnote" data-prose="core">
                {n}
              </div>
            ))}
            {/* As on Charts: a chart that draws no figure cites no source (its empty message says why). */}
            {plot.loading || plot.series.some((p) => p.points.length) ? (
              <div className="tm-figure__source">
                {sourceCaption(
                  [{ reporter, partner, flow: 'total', hs: [], excludeHs: [] }],
                  null,
                  t,
                  name,
                  plot.batches,
                  dash.frequency,
                  // The files whose periods reach the figures drawn: the sample's months of 2018–2021 gave a
                  // chart of 2023–2024 none.
                  [plot.loading ? null : figureSpan(plot.series.flatMap((s) => s.points))],
                )}
              </div>
            ) : null}
          </figcaption>
        </figure>
        <section className="tm-card" aria-label={t('dashLayout.topLabel')}>
          <h3>
            {t(dash.topFlow === 'import' ? 'dashboard.topImports' : 'dashboard.topExports')}
            {dash.latest ? `, ${periods.long(dash.latest)}` : ''}
            {/* The items' currency, as the chart beside it says its own: where no file gives the total (whose row
                named it), 315,286 stood alone on a dashboard whose other files were in CNY. */}
            {dash.top.length && dash.topRest?.currency ? ` (${dash.topRest.currency})` : ''}
          </h3>
          {dash.top.length ? (
            <table className="tm-table">
              <tbody>
                {dash.top.map((item) => {
                  const named = item.partOf
                    ? t('dashboard.topPartOf', { name: item.description, code: item.partOf })
                    : item.description;
                  // A long name (HS 6704's runs to 40 words) is cut at three lines; hovering shows all of it.
                  const title = [named, item.source ? t('dashboard.topSource', { source: item.source }) : '']
                    .filter(Boolean)
                    .join('\n');
                  return (
                    <tr key={item.code}>
                      <td title={title} className="tm-dash__name">
                        <span className="tm-dash__item">
                          <span className="muted">{item.code}</span> {named}
                        </span>
                      </td>
                      <td className="num">
                        <button
                          type="button"
                          className="tm-num"
                          onClick={() =>
                            openRows({
                              label: `${item.code}, ${periods.long(dash.latest ?? '')}`,
                              filters: {
                                ...base,
                                flow: { op: 'equals', value: dash.topFlow },
                                period: { op: 'equals', value: dash.latest ?? '' },
                                code: { op: 'startsWith', value: item.code },
                              },
                              from: 'dashboard',
                            })
                          }
                        >
                          {num.full(Math.round(item.value))}
                        </button>
                      </td>
                      <td className="num muted">{item.share === null ? '' : pct.format(item.share)}</td>
                    </tr>
                  );
                })}
                {dash.topRest?.other ? (
                  <tr data-testid="dashboard-top-other">
                    <td className="muted">{t('dashboard.topOther', { count: dash.topRest.other.count })}</td>
                    <td className="num">{num.full(Math.round(dash.topRest.other.value))}</td>
                    <td className="num muted">
                      {dash.topRest.other.share === null ? '' : pct.format(dash.topRest.other.share)}
                    </td>
                  </tr>
                ) : null}
                {dash.topRest?.unallocated && dash.topRest.unallocated.value > 0 ? (
                  <tr data-testid="dashboard-top-unallocated">
                    <td>
                      {t('dashboard.topUnallocated')}{' '}
                      <span className="muted" data-prose="core">
                        {dash.topRest.unallocated.note}
                      </span>
                    </td>
                    <td className="num">{num.full(Math.round(dash.topRest.unallocated.value))}</td>
                    <td className="num muted">
                      {dash.topRest.unallocated.share === null ? '' : pct.format(dash.topRest.unallocated.share)}
                    </td>
                  </tr>
                ) : null}
                {/* A file whose codes add up to more than its own total: said as such, never as a negative "unallocated". */}
                {dash.topRest?.unallocated && dash.topRest.unallocated.value < 0 ? (
                  <tr data-testid="dashboard-top-over">
                    <td className="muted">{t('dashboard.topOver')}</td>
                    <td className="num">{num.full(Math.round(-dash.topRest.unallocated.value))}</td>
                    <td />
                  </tr>
                ) : null}
                {dash.topRest && dash.topRest.total !== null ? (
                  <tr data-testid="dashboard-top-total">
                    <th scope="row">{t('dashboard.topTotal')}</th>
                    <td className="num">
                      {num.full(Math.round(dash.topRest.total))} {dash.topRest.currency ?? ''}
                    </td>
                    <td />
                  </tr>
                ) : null}
              </tbody>
            </table>
          ) : dash.topNotes.length ? null : (
            <div className="muted" data-testid="dashboard-top-none">
              {t(!dash.latest ? 'dashboard.noTopPeriod' : yearly ? 'dashboard.noTopYear' : 'dashboard.noTop')}
            </div>
          )}
          {dash.topNotes.map((n) => (
            <p key={n} className="hint" data-prose="core" data-testid="dashboard-top-note">
              {n}
            </p>
          ))}
        </section>
      </div>
      <section className="tm-card" aria-label={t('dashLayout.watchLabel')}>
        <h3>{t(yearly ? 'dashboard.watchlistYears' : 'dashboard.watchlist')}</h3>
        {dash.watch && dash.watch.hits.length ? (
          <table className="tm-table">
            <thead>
              <tr>
                <th>{t(yearly ? 'dashboard.year' : 'dashboard.month')}</th>
                <th>{t('field.flow')}</th>
                <th>{t('field.code')}</th>
                <th>{t('dashboard.resolutions')}</th>
                <th className="num">{t('field.value')}</th>
              </tr>
            </thead>
            <tbody>
              {dash.watch.hits.slice(0, 20).map((h) => (
                <tr key={`${h.period}-${h.flow}-${h.code}`}>
                  <td>{periods.long(h.period)}</td>
                  <td>{t(`flow.${h.flow}`, { defaultValue: h.flow })}</td>
                  <td>{h.code}</td>
                  <td>{h.entries.join('; ')}</td>
                  <td className="num">
                    <button
                      type="button"
                      className="tm-num"
                      onClick={() =>
                        openRows(
                          figureRows(
                            t('dashLayout.watchRows', { code: h.code, period: periods.long(h.period) }),
                            h.query,
                            'dashboard',
                          ),
                        )
                      }
                    >
                      {num.full(Math.round(h.value))} {h.currency}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : !dash.watch ? (
          <div className="muted">{t('dashboard.noFigures')}</div>
        ) : watchGap === span ? (
          <div className="muted" data-testid="watch-not-covered">
            {t(yearly ? 'dashboard.watchNotCoveredYears' : 'dashboard.watchNotCovered', { reporter: inText(reporter) })}
          </div>
        ) : (
          <div className="muted">{t(watchGap ? 'dashboard.noHitsCovered' : 'dashboard.noHits')}</div>
        )}
        {/* Hits in a window no file covers both ways (imports held, exports not) still say what is not covered. */}
        {watchGap && (watchGap < span || dash.watch?.hits.length) ? (
          <p className="hint" data-testid="watch-not-covered">
            {t(yearly ? 'dashboard.watchPartlyCoveredYears' : 'dashboard.watchPartlyCovered', {
              count: watchGap,
              reporter: inText(reporter),
            })}
          </p>
        ) : null}
      </section>
    </div>
  );
}
