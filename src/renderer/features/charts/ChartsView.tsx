import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../shared/analysis-types';
import {
  figureSpan,
  footnotes as defFootnotes,
  heldOnlyInYears,
  sourceCaption,
  type SeriesDefinition,
} from '../../lib/chart/caption';
import { allowsLog, chartConfig, drawnCurrencies, drawnKind } from '../../lib/chart/chart-config';
import { useChartLook } from '../../lib/chart/chart-look';
import { CHART_KINDS, latestRecord, type ChartKind, type PlotSeries } from '../../lib/chart/chart-model';
import { api } from '../../api/client';
import { is, useViewState } from '../../state/view-state';
import { useUserEvents } from './events-store';
import { PlotTable } from './PlotTable';
import { TradeChart } from '../../lib/chart/TradeChart';
import { defKey, usePlot } from '../../lib/chart/use-plot';
import { heldFamilies, openingFamily } from '../../lib/chart/families';
import { useDimensions } from '../../lib/use-dimensions';
import { overlappingPair } from '../../lib/chart/overlap';
import { firstPartner } from '../../lib/partner-choices';
import { useCountryName } from '../../i18n/countries';
import { usePeriods } from '../../i18n/periods';
import { labelLang, nameInText } from '../../../shared/series-label';
import { EventsEditor } from './EventsEditor';
import { ExportBar } from './ExportBar';
import { SeriesEditor } from './SeriesEditor';
import { heldOnlyAnnually, openingFlow, type FlowChoice, type Frequency } from './chart-defaults';
import '../../lib/chart/charts.css';

const pick = (list: string[], preferred: string) => (list.includes(preferred) ? preferred : (list[0] ?? ''));
const FLOW_CHOICES: FlowChoice[] = ['total', 'import', 'export'];
const isDefinition = (v: unknown): v is SeriesDefinition =>
  is.object<SeriesDefinition>(v) &&
  is.string(v.reporter) &&
  is.string(v.partner) &&
  is.oneOf('import', 'export', 'total')(v.flow) &&
  is.array(is.string)(v.hs) &&
  is.array(is.string)(v.excludeHs) &&
  (v.classification === undefined || is.string(v.classification)) &&
  (v.currency === undefined || is.string(v.currency));

/** The chart builder: several series (partners, flows, definitions) on one chart, with annotations and exports. */
export function ChartsView({ refreshKey = 0 }: { refreshKey?: number }) {
  const { t, i18n } = useTranslation();
  const look = useChartLook();
  const { dimensions, error: dimError } = useDimensions(refreshKey);
  // The chart's set-up outlives a tab switch and a restart (state/view-state.ts).
  const [defs, setDefs] = useViewState<SeriesDefinition[]>('charts.series', [], is.array(isDefinition));
  // Null until the user picks periods: the chart then opens by month, or by year where the files hold only years.
  const [chosenFrequency, setFrequency] = useViewState<Frequency | null>(
    'charts.frequency',
    null,
    is.oneOf('month', 'year'),
  );
  const [kind, setKind] = useViewState<ChartKind>('charts.kind', 'line', is.oneOf(...CHART_KINDS));
  const [logScale, setLogScale] = useViewState('charts.logScale', false, is.boolean);
  const [definitions, setDefinitions] = useState<Definition[]>([]);
  const { events, add, remove } = useUserEvents();
  const resetZoom = useRef<() => void>(() => undefined);
  const onReady = useCallback((reset: () => void) => (resetZoom.current = reset), []);

  useEffect(() => {
    if (!dimensions || defs.length) return;
    const reporter = pick(dimensions.reporters, 'CHN');
    const partner = firstPartner(dimensions, reporter, 'PRK');
    const opening = (flow: FlowChoice, family = 'HS'): SeriesDefinition => ({
      reporter,
      partner,
      flow,
      hs: [],
      excludeHs: [],
      ...(family === 'HS' ? {} : { classification: family }),
    });
    if (!reporter || !partner) return setDefs([opening('total')]);
    // The flow the pair's files cover: total trade where they cover it (openingFlow); in the family they
    // hold (openingFamily).
    let live = true;
    const held = (flow: FlowChoice) =>
      api
        .series({ reporter, partner, flow, frequency: 'month', hs: [], excludeHs: [] })
        .then((s) => ({
          [flow]: { points: s.points.filter((p) => p.status !== 'combined').length, annualYears: s.annualYears },
        }))
        .catch(() => ({}));
    const family = api.listBatches({}).then(
      (batches) => openingFamily(batches, reporter),
      () => 'HS',
    );
    void Promise.all([Promise.all(FLOW_CHOICES.map(held)), family]).then(([answers, family]) => {
      const flow = openingFlow(Object.assign({}, ...answers), chosenFrequency);
      if (live) setDefs((ds) => (ds.length ? ds : [opening(flow, family)]));
    });
    return () => {
      live = false;
    };
  }, [dimensions, defs.length, setDefs, chosenFrequency]);
  useEffect(() => {
    api.listDefinitions({}).then(setDefinitions, () => undefined);
  }, [refreshKey]);

  // Where the user chose no periods and the series' files hold years but no month, the chart is drawn by year,
  // for these series and files only: another pair, or a monthly file imported, is asked by month again.
  const seriesKey = JSON.stringify([defs.map(defKey), refreshKey]);
  const [annualFor, setAnnualFor] = useState<string | null>(null);
  const frequency: Frequency = chosenFrequency ?? (annualFor === seriesKey ? 'year' : 'month');
  const plot = usePlot(defs, frequency, refreshKey);
  const toAnnual =
    chosenFrequency === null &&
    frequency === 'month' &&
    !plot.loading &&
    (heldOnlyAnnually(plot.series) || (defs.length > 0 && defs.every((d) => heldOnlyInYears(d, plot.batches))));
  // Set while rendering (React's way to adjust state to what was fetched): the monthly answer is never drawn.
  if (toAnnual && annualFor !== seriesKey) setAnnualFor(seriesKey);
  // Captions and footnotes are in the UI's language, and so are the names in them.
  const name = useCountryName();
  const first = plot.series[0];
  const record = useMemo(
    () => (first && frequency === 'month' ? latestRecord(first.points) : null),
    [first, frequency],
  );
  // A series drawn to its pair's latest period, where its reporter's files run further, says so: once a pair.
  const periods = usePeriods();
  const inText = (code: string) => nameInText(code, labelLang(i18n.language), name);
  const pairEnds = [
    ...new Map(
      plot.loading
        ? []
        : plot.series.flatMap((s) => {
            if (!s.pairEnds) return [];
            const key = `${s.pairEnds.reporter}|${s.pairEnds.partner}`;
            return [[key, { key, ...s.pairEnds }] as const];
          }),
    ).values(),
  ];
  // Twenty series would make the title a paragraph; the legend names them all.
  const labels = plot.series.map((s) => s.label);
  const title =
    (labels.length > 3
      ? t('chartText.moreSeries', { first: labels.slice(0, 2).join(' · '), count: labels.length - 2 })
      : labels.join(' · ')) || t('chartText.trade');
  // Only series drawn are cited: a series no file covers has no figures to have come from a file, and a chart
  // with none drawn cites nothing (its empty message says why).
  const drawn = new Set(plot.series.filter((s) => s.points.length > 0).map((s) => s.key));
  const cited = plot.loading ? defs : defs.filter((d) => drawn.has(defKey(d)));
  // Each series cites the files whose periods reach the figures it draws, not every file of its pair.
  const spanOf = (d: SeriesDefinition) => {
    const s = plot.loading ? undefined : plot.series.find((x) => x.key === defKey(d));
    const span = s ? figureSpan(s.points) : null;
    return span && s?.sources?.length ? { ...span, read: s.sources } : span;
  };
  const caption = cited.length
    ? sourceCaption(cited, plot.imported, t, name, plot.batches, frequency, cited.map(spanOf))
    : null;
  const notes = plot.footnotes.length
    ? plot.footnotes
    : defFootnotes(defs, t, i18n.language, name, plot.batches, frequency, defs.map(spanOf));
  const currency = [...new Set(plot.series.map((s) => s.currency).filter(Boolean))].join(', ');
  const fullTitle = `${frequency === 'month' ? t('charts.monthly') : t('charts.annual')}: ${title}${currency ? ` (${currency})` : ''}`;

  // Two drawn series that count the same records (imports, and imports of HS 2716) are never added up.
  const overlap = useMemo(() => {
    const scoped = plot.series.flatMap((s) => {
      const d = s.points.length ? defs.find((x) => defKey(x) === s.key) : undefined;
      const named = d?.definition ? definitions.find((x) => x.name === d.definition) : undefined;
      const scope = named ?? (d && !d.definition ? d : undefined);
      return scope ? [{ label: s.label, scope }] : [];
    });
    const pair = overlappingPair(scoped.map((x) => x.scope));
    return pair ? { a: scoped[pair[0]]!.label, b: scoped[pair[1]]!.label } : null;
  }, [plot.series, defs, definitions]);
  const apart = overlap !== null;

  const screen = useMemo(
    () => chartConfig(plot.series, { kind, logScale, record, events, look: look.screen, apart }),
    [plot.series, kind, logScale, record, events, look, apart],
  );
  const print = useMemo(
    () =>
      chartConfig(plot.series, {
        kind,
        logScale,
        record,
        events,
        look: look.print,
        print: { title: fullTitle, caption: caption ? [...notes, caption] : notes },
        apart,
      }),
    [plot.series, kind, logScale, record, events, fullTitle, notes, caption, look, apart],
  );
  // Stacks and shares add up: series in different currencies, or counting the same records, are drawn side by
  // side instead, and the chart says so.
  const drawnAs = drawnKind(kind, plot.series, apart);
  const hasPoints = plot.series.some((s) => s.points.length > 0);
  const notCovered = plot.series.map((s) => s.notCovered).find(Boolean);
  // No words while the opening series is chosen, or while the chart turns to years: neither is the answer.
  const empty =
    plot.loading || toAnnual || (!defs.length && dimensions?.reporters.length)
      ? null
      : !dimensions?.reporters.length
        ? t('charts.noData')
        : hasPoints
          ? null
          : notCovered
            ? t('coverage.chartNotCovered', { reason: notCovered })
            : t('charts.noFigures');

  const setDef = (i: number) => (d: SeriesDefinition) => setDefs((ds) => ds.map((x, j) => (j === i ? d : x)));
  const addSeries = () =>
    setDefs((ds) => [
      ...ds,
      { ...(ds[ds.length - 1] ?? { reporter: '', partner: '', flow: 'total', hs: [], excludeHs: [] }) },
    ]);

  return (
    <div className="tm-charts">
      <div className="tm-charts__series">
        {defs.map((d, i) => (
          <SeriesEditor
            key={i}
            index={i}
            def={d}
            reporters={dimensions?.reporters ?? []}
            partners={dimensions}
            definitions={definitions}
            families={heldFamilies(plot.batches, d.reporter)}
            currencies={currenciesOf(plot.series.find((s) => s.key === defKey(d)))}
            onChange={setDef(i)}
            onRemove={defs.length > 1 ? () => setDefs((ds) => ds.filter((_, j) => j !== i)) : null}
          />
        ))}
        <button type="button" className="button button--quiet" onClick={addSeries} disabled={defs.length >= 20}>
          {t('charts.addSeries')}
        </button>
      </div>
      <div className="tm-charts__options">
        <label className="tm-field">
          <span>{t('charts.chart')}</span>
          <select
            aria-label={t('chartText.typeLabel')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ChartKind)}
          >
            {CHART_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`chartText.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="tm-field">
          <span>{t('charts.periods')}</span>
          <select
            aria-label={t('chartText.periodsLabel')}
            value={frequency}
            onChange={(e) => setFrequency(e.currentTarget.value === 'year' ? 'year' : 'month')}
          >
            <option value="month">{t('charts.monthly')}</option>
            <option value="year">{t('charts.annual')}</option>
          </select>
        </label>
        <label className="tm-check" title={allowsLog(drawnAs) ? '' : t('chartText.noLog')}>
          <input
            type="checkbox"
            checked={logScale && allowsLog(drawnAs)}
            disabled={!allowsLog(drawnAs)}
            onChange={(e) => setLogScale(e.currentTarget.checked)}
          />{' '}
          {t('charts.logScale')}
        </label>
        <button type="button" className="button button--quiet" onClick={() => resetZoom.current()}>
          {t('charts.resetZoom')}
        </button>
        <span className="muted tm-hint">{t('charts.panHint')}</span>
      </div>
      {chosenFrequency === null && frequency === 'year' ? (
        <p className="hint" data-testid="chart-by-year">
          {t('charts.byYear')}
        </p>
      ) : null}
      {pairEnds.map((p) => (
        <p key={p.key} className="hint" data-testid="chart-pair-ends">
          {t('charts.pairEnds', {
            reporter: inText(p.reporter),
            partner: inText(p.partner),
            to: periods.long(p.heldTo),
            last: periods.long(p.last),
          })}
        </p>
      ))}
      {drawnAs !== kind ? (
        <p className="hint" data-testid="chart-unstacked">
          {overlap
            ? t('charts.unstackedOverlap', overlap)
            : t('charts.unstacked', { currencies: drawnCurrencies(plot.series).join(', ') })}
        </p>
      ) : null}
      {dimError || plot.error ? (
        <div className="notice notice--error" role="alert">
          {dimError ?? plot.error}
        </div>
      ) : null}
      <figure className="tm-figure" aria-labelledby="tm-chart-title">
        <div id="tm-chart-title" className="tm-figure__title">
          {fullTitle}
        </div>
        {record ? (
          <div className="tm-figure__record" data-testid="chart-record">
            {t('chartText.recordLine', {
              series: first?.label ?? '',
              record: look.screen.record(record),
              period: look.screen.period(record.period),
            })}
          </div>
        ) : null}
        <TradeChart
          config={screen}
          label={t('chartText.chartLabel', { title: fullTitle })}
          empty={empty}
          onReady={onReady}
        />
        <figcaption className="tm-figure__caption" data-testid="chart-caption">
          {notes.map((n) => (
            <div key={n} className="tm-figure__footnote" data-prose={plot.footnotes.length ? 'core' : undefined}>
              {n}
            </div>
          ))}
          {caption ? <div className="tm-figure__source">{caption}</div> : null}
        </figcaption>
      </figure>
      <PlotTable series={plot.series} caption={fullTitle} look={look.screen} />
      <ExportBar config={print} title={fullTitle} disabled={!hasPoints} />
      <EventsEditor events={events} onAdd={add} onRemove={remove} />
    </div>
  );
}

/** The currencies a series' files hold it in, where more than one: its box offers them (never added together). */
function currenciesOf(s: PlotSeries | undefined): string[] {
  if (!s?.currency || !s.otherCurrencies?.length) return [];
  return [s.currency, ...s.otherCurrencies].sort();
}
