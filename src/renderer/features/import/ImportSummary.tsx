import type { FileReport } from '../../../shared/domain';

const STATUS_TEXT: Record<FileReport['status'], string> = {
  imported: 'Imported',
  duplicate: 'Already imported (duplicate file)',
  failed: 'Failed',
};

const n = (x: number) => x.toLocaleString('en-US');

/** One line per file: what came in, what was rejected or skipped, and why a file failed. */
export function ImportSummary({ reports }: { reports: FileReport[] }) {
  return (
    <table className="summary" aria-label="Import results">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Result</th>
          <th scope="col" className="num">Read</th>
          <th scope="col" className="num">Imported</th>
          <th scope="col" className="num">Rejected</th>
          <th scope="col" className="num">Skipped</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r, i) => (
          <tr key={`${r.file}-${i}`} className={`summary__row summary__row--${r.status}`}>
            <th scope="row">{r.file}</th>
            <td>
              {STATUS_TEXT[r.status]}
              {r.format ? <span className="muted"> · {r.format}</span> : null}
              {r.error ? <div className="summary__error">{r.error.message}</div> : null}
            </td>
            <td className="num">{n(r.rowsRead)}</td>
            <td className="num">{n(r.rowsImported)}</td>
            <td className="num">{n(r.rowsRejected)}</td>
            <td className="num">{n(r.rowsSkipped)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
