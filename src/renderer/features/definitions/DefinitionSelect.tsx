import type { Definition } from '../../../shared/analysis-types';

type Props = {
  label: string;
  ariaLabel: string;
  /** The option that means "no definition". */
  noneLabel: string;
  definitions: readonly Definition[];
  value: string;
  onChange(name: string): void;
};

/** Picks a named definition wherever a series is built; shows nothing until one exists. */
export function DefinitionSelect({ label, ariaLabel, noneLabel, definitions, value, onChange }: Props) {
  if (definitions.length === 0) return null;
  return (
    <label className="tm-field">
      <span>{label}</span>
      <select aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{noneLabel}</option>
        {definitions.map((d) => (
          <option key={d.name} value={d.name}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
