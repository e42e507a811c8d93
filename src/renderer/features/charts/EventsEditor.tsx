import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeriods } from '../../i18n/periods';
import type { UserEvent } from '../../lib/chart/annotations';

/** Notes on the time axis ("border closed", Jan 2020), drawn as dashed lines on every chart that spans them. */
export function EventsEditor({
  events,
  onAdd,
  onRemove,
}: {
  events: UserEvent[];
  onAdd: (period: string, text: string) => void;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const periods = usePeriods();
  const [period, setPeriod] = useState('');
  const [text, setText] = useState('');
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(period) && text.trim().length > 0;
  return (
    <div className="tm-events">
      <form
        className="tm-events__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          onAdd(period, text.trim());
          setText('');
        }}
      >
        <label className="tm-field">
          <span>{t('charts.eventMonth')}</span>
          <input
            type="month"
            aria-label={t('eventsAria.month')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
          />
        </label>
        <label className="tm-field tm-field--wide">
          <span>{t('charts.event')}</span>
          <input
            aria-label={t('eventsAria.text')}
            placeholder={t('eventsAria.placeholder')}
            maxLength={80}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button type="submit" className="button button--quiet" disabled={!valid}>
          {t('charts.addEvent')}
        </button>
      </form>
      {events.length ? (
        <ul className="tm-events__list" aria-label={t('eventsAria.list')}>
          {events.map((e) => (
            <li key={e.id}>
              {e.text}, {periods.long(e.period)}{' '}
              <button
                type="button"
                className="tm-link"
                onClick={() => onRemove(e.id)}
                aria-label={t('eventsAria.remove', { text: e.text })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
