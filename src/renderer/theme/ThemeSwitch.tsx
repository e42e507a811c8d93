import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setThemeChoice, THEME_CHOICES, useTheme, type ThemeChoice } from './theme';

/** Light, Dark or System, in the toolbar; the choice is kept for next time. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { choice } = useTheme();
  const id = useId();
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {t('theme.label')}
      </label>
      <select
        id={id}
        className="select--compact theme-switch"
        value={choice}
        onChange={(e) => setThemeChoice(e.currentTarget.value as ThemeChoice)}
        data-testid="theme-switch"
        title={t('theme.label')}
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </>
  );
}
