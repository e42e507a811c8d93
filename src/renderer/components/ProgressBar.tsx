/** A labelled progress bar; `percent` null means "working, amount unknown". */
export function ProgressBar({
  label,
  percent,
  detail,
  testId = 'import-progress',
}: {
  label: string;
  percent: number | null;
  detail: string;
  testId?: string;
}) {
  const value = percent === null ? undefined : Math.round(percent);
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={detail}
        data-testid={testId}
      >
        <div
          className={value === undefined ? 'progress__fill progress__fill--busy' : 'progress__fill'}
          style={value === undefined ? undefined : { width: `${value}%` }}
        />
      </div>
      <div className="progress__detail">{detail}</div>
    </div>
  );
}
