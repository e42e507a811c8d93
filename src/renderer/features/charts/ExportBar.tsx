import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartConfig as Config } from '../../lib/chart/chart-config';
import { copyImage, fileNameFor, toPdf, toPng, toSvg } from './chart-export';
import { downloadBlob } from '../../components/download';

/** Exports the chart as it is configured (with title, footnotes and source drawn in) for a report. */
export function ExportBar({ config, title, disabled }: { config: Config; title: string; disabled: boolean }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (what: string, job: () => Promise<string | void>) => async () => {
    setMessage(null);
    try {
      const note = await job();
      setMessage({ ok: true, text: note ?? `${what} ready.` });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  const png = (scale: number) =>
    run(`PNG ${scale}×`, async () => {
      downloadBlob(await toPng(config, scale), fileNameFor(`${title}@${scale}x`, 'png'));
      return t('exporting.pngReady', { scale });
    });
  return (
    <div className="tm-export" role="group" aria-label={t('chartText.exportGroup')}>
      <span className="muted">{t('charts.export')}</span>
      {[1, 2, 3].map((s) => (
        <button key={s} type="button" className="button button--quiet" disabled={disabled} onClick={png(s)}>
          PNG {s}×
        </button>
      ))}
      <button
        type="button"
        className="button button--quiet"
        disabled={disabled}
        onClick={run(
          'SVG',
          async () => (
            downloadBlob(new Blob([toSvg(config)], { type: 'image/svg+xml' }), fileNameFor(title, 'svg')),
            t('exporting.svgReady')
          ),
        )}
      >
        SVG
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={disabled}
        onClick={run('PDF', async () => {
          const { blob, vector } = await toPdf(config);
          downloadBlob(blob, fileNameFor(title, 'pdf'));
          return vector ? t('exporting.pdfReady') : t('exporting.pdfImage');
        })}
      >
        PDF
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={disabled}
        onClick={run('Copy', async () => (await copyImage(config), t('exporting.copied')))}
      >
        {t('charts.copyImage')}
      </button>
      {message ? (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'tm-export__ok' : 'tm-export__error'}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
