import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TABS, type Tab } from './tabs';

/** WAI-ARIA tabs: arrow keys move between them, Ctrl+1..5 jumps from anywhere. */
export function TabBar({
  active,
  onSelect,
  badges,
}: {
  active: Tab;
  onSelect: (tab: Tab) => void;
  badges?: Partial<Record<Tab, string>>;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const move = (delta: number) => {
    const next = TABS[(TABS.indexOf(active) + delta + TABS.length) % TABS.length]!;
    onSelect(next);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div
      className="tabs"
      role="tablist"
      aria-label={t('tabs.label')}
      ref={list}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        else if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      {TABS.map((tab, i) => (
        <button
          key={tab}
          id={`tab-${tab}`}
          type="button"
          role="tab"
          aria-selected={tab === active}
          aria-controls={`panel-${tab}`}
          tabIndex={tab === active ? 0 : -1}
          className="tabs__tab"
          title={`Ctrl+${i + 1}`}
          onClick={() => onSelect(tab)}
        >
          {t(`tabs.${tab}`)}
          {badges?.[tab] ? (
            <span className="tabs__badge" title={t('tabs.rejectsBadge')}>
              {badges[tab]}
              <span className="visually-hidden"> {t('tabs.rejectsBadge')}</span>
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
