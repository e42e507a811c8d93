import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel, shiftMonth } from '../../../shared/period';
import { SelectField } from '../../components/SelectField';
import { useCountryLabel, useCountryName } from '../../i18n/countries';
import { figureRows, openRows } from '../brief/open-rows';
import { sourceCaption } from '../chart/caption';
import { useSeriesLabel } from '../chart/use-series-label';
import { chartConfig } from '../chart/chart-config';
import { lastPeriods } from '../chart/chart-model';
import { TradeChart } from '../chart/TradeChart';
import { useDimensions } from '../chart/use-series';
import { FlowCard } from './FlowCard';
import { DASH_FLOWS, useDashboard, type FlowKey } from './use-dashboard';
import '../chart/charts.css';

const TITLES: Record<FlowKey, 'dashboard.exports' | 'dashboard.imports' | 'dashboard.total'> = { export: 'dashboard.exports', import: 'dashboard.imports', total: 'dashboard.total' };
const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const pick = (list: string[], preferred: string) => (list.includes(preferred) ? preferred : (list[0] ?? ''));

/** One reporter and partner at a glance: the latest month by flow, records, top items, 24 months, watchlist hits. */
export function DashboardView({ refreshKey = 0 }: { refreshKey?: number }) {
  const { t, i18n } = useTranslation();
  const label = useCountryLabel();
  const series = useSeriesLabel();
  // The source line is an English sentence: English names in it.
  const english = useCountryName('en');
  const { dimensions, error: dimError } = useDimensions(refreshKey);
  const [reporter, setReporter] = useState('');
  const [partner, setPartner] = useState('');
  useEffect(() => {
    if (!dimensions) return;
    setReporter((r) => (r && dimensions.reporters.includes(r) ? r : pick(dimensions.reporters, 'CHN')));
    setPartner((p) => (p && dimensions.partners.includes(p) ? p : pick(dimensions.partners, 'PRK')));
  }, [dimensions]);
  const lang = i18n.language.slice(0, 2);
  const dash = useDashboard(reporter, partner, refreshKey, lang === 'ko' || lang === 'zh' ? lang : 'en');
  const base = { reporter: { op: 'equals' as const, value: reporter }, partner: { op: 'equals' as const, value: partner } };
  const currency = dash.series?.total.currency ?? dash.series?.import.currency ?? null;

  const plotted = useMemo(
    () =>
      dash.series
        ? DASH_FLOWS.map((f) => {
            const points = lastPeriods(dash.series![f].points, 24);
            // The months no file covers keep their place on the axis, as gaps.
            const from = dash.latest && /^\d{4}-\d{2}$/.test(dash.latest) ? shiftMonth(dash.latest, -23) : '';
            const missing = dash.series![f].missing.map((m) => m.period).filter((p) => p >= from && (!dash.latest || p <= dash.latest));
            return { key: f, label: series({ reporter, partner, flow: f, hs: [], excludeHs: [] }), points, currency: dash.series![f].currency, missing };
          })
        : [],
    [dash.series, dash.latest, reporter, partner, series],
  );
  const config = useMemo(() => chartConfig(plotted, { kind: 'line', logScale: false, record: null, events: [], gapLabel: t('coverage.gap') }), [plotted, t]);
  const notCovered = dash.series ? DASH_FLOWS.map((f) => dash.series![f].missing.at(-1)?.reason).find(Boolean) : undefined;

  return (
    <div className="tm-dash">
      <div className="tm-dash__pick">
        <SelectField label={t('field.reporter')} value={reporter} options={(dimensions?.reporters ?? []).map((r) => ({ value: r, label: label(r) }))} onChange={setReporter} />
        <SelectField label={t('field.partner')} value={partner} options={(dimensions?.partners ?? []).map((p) => ({ value: p, label: label(p) }))} onChange={setPartner} />
        {dash.latest ? <span className="muted">{t('dashboard.latest', { month: periodLabel(dash.latest) })}</span> : null}
      </div>
      {dimError || dash.error ? (
        <div className="notice notice--error" role="alert">
          {dimError ?? dash.error}
        </div>
      ) : null}
      <div className="tm-cards">
        {DASH_FLOWS.map((f) => (
          <FlowCard key={f} title={t(TITLES[f])} points={dash.series?.[f].points ?? []} missing={dash.series?.[f].missing} latest={dash.latest} currency={dash.series?.[f].currency ?? null} filters={f === 'total' ? base : { ...base, flow: { op: 'equals', value: f } }} />
        ))}
      </div>
      <div className="tm-dash__grid">
        <figure className="tm-figure" aria-label="The last 24 months">
          <div className="tm-figure__title">{t('dashboard.last24')}{currency ? ` (${currency})` : ''}</div>
          <TradeChart small config={config} label={`Line chart: the last 24 months of trade, ${english(reporter)} and ${english(partner)}`} empty={plotted.some((p) => p.points.length) ? null : notCovered ? t('coverage.chartNotCovered', { reason: notCovered }) : t('dashboard.noMonthly')} />
          <figcaption className="tm-figure__caption">
            <div className="tm-figure__source">{sourceCaption([{ reporter, partner, flow: 'total', hs: [], excludeHs: [] }], null, english)}</div>
          </figcaption>
        </figure>
        <section className="tm-card" aria-label="Top commodities">
          <h3>
            {t(dash.topFlow === 'import' ? 'dashboard.topImports' : 'dashboard.topExports')}
            {dash.latest ? `, ${periodLabel(dash.latest)}` : ''}
          </h3>
          {dash.top.length ? (
            <table className="tm-table">
              <tbody>
                {dash.top.map((t) => (
                  <tr key={t.code}>
                    <td>
                      <span className="muted">{t.code}</span> {t.description}
                    </td>
                    <td className="num">
                      <button type="button" className="tm-num" onClick={() => openRows({ label: `${t.code}, ${dash.latest}`, filters: { ...base, flow: { op: 'equals', value: dash.topFlow }, period: { op: 'equals', value: dash.latest ?? '' }, code: { op: 'startsWith', value: t.code } } })}>
                        {money.format(t.value)}
                      </button>
                    </td>
                    <td className="num muted">{t.share === null ? '' : pct.format(t.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <div className="muted">{t('dashboard.noTop')}</div>
          )}
        </section>
      </div>
      <section className="tm-card" aria-label="Watchlist hits">
        <h3>{t('dashboard.watchlist')}</h3>
        {!dash.watchAvailable ? (
          <div className="muted">{t('dashboard.noWatchlist')}</div>
        ) : dash.watch && dash.watch.hits.length ? (
          <table className="tm-table">
            <thead>
              <tr>
                <th>{t('dashboard.month')}</th>
                <th>{t('field.flow')}</th>
                <th>{t('field.code')}</th>
                <th>{t('dashboard.resolutions')}</th>
                <th className="num">{t('field.value')}</th>
              </tr>
            </thead>
            <tbody>
              {dash.watch.hits.slice(0, 20).map((h) => (
                <tr key={`${h.period}-${h.flow}-${h.code}`}>
                  <td>{periodLabel(h.period)}</td>
                  <td>{h.flow}</td>
                  <td>{h.code}</td>
                  <td>{h.entries.join('; ')}</td>
                  <td className="num">
                    <button type="button" className="tm-num" onClick={() => openRows(figureRows(`Watchlist ${h.code}, ${h.period}`, h.query))}>
                      {money.format(h.value)} {h.currency}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <div className="muted">{t('dashboard.noHits')}</div>
        )}
      </section>
    </div>
  );
}
