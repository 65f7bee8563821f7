/**
 * What the import would do, figures first: per file the rows read, refused
 * and skipped, and how its customers and companies were matched; for the
 * market what would be added and changed; then every refused row as
 * file:line: reason, and the names that could be several organisations.
 */
import { formatCount, pluralise } from '../format/numbers.ts';
import { fileWords } from './plan-words.ts';
import { matchLines, previewFigures, rowsLine, totalOf } from './run-summary.ts';
import type { UploadRun } from './upload-types.ts';

export function DryRunReport({ run }: { run: UploadRun }) {
  const report = run.report;
  const preview = run.preview && previewFigures(run.preview, run.replace);
  return (
    <div className="dry-run" data-testid="dry-run">
      {preview && (
        <section className="preview">
          <p className="preview-sentence" data-testid="preview-sentence">
            {preview.sentence}
          </p>
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{run.replace ? 'after the import' : 'new'}</th>
                <th scope="col">{run.replace ? 'today' : 'changed'}</th>
              </tr>
            </thead>
            <tbody>
              {preview.figures.map((figure) => (
                <tr key={figure.label}>
                  <th scope="row">{figure.label}</th>
                  <td>{formatCount(figure.added)}</td>
                  <td>{figure.changed === undefined ? '—' : formatCount(figure.changed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <div className="report-files">
        {report?.files.map((file) => (
          <section key={file.file} className="report-file" data-testid="report-file" data-file={file.file}>
            <h4>
              {file.file} <span className="muted">{fileWords(file.role, file.owner)}</span>
            </h4>
            <p className="report-rows" data-testid="report-rows">
              {rowsLine(file)}
            </p>
            {(['customers', 'companies'] as const).map((kind) =>
              totalOf(file[kind]) === 0 ? null : (
                <p key={kind} className="report-matches" data-testid={`report-${kind}`}>
                  <strong>
                    {kind === 'customers' ? 'Customers' : 'Companies'} named in {pluralise(totalOf(file[kind]), 'row')}:
                  </strong>{' '}
                  {matchLines(file[kind])
                    .map((line) => `${formatCount(line.count)} ${line.label}`)
                    .join(' · ')}
                </p>
              ),
            )}
            {file.skipped.map((skip) => (
              <p key={skip.reason} className="muted">
                Skipped {formatCount(skip.rows)}: {skip.reason}
              </p>
            ))}
          </section>
        ))}
      </div>
      {run.problems && run.problems.length > 0 && (
        <section className="report-refused" role="alert">
          <h4>
            {formatCount(run.problemsTotal ?? run.problems.length)} {run.problemsTotal === 1 ? 'row is' : 'rows are'}{' '}
            refused: nothing is written while they are
          </h4>
          <ul data-testid="refused-rows">
            {run.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report && report.ambiguousTotal > 0 && (
        <section className="report-ambiguous">
          <h4>{formatCount(report.ambiguousTotal)} names could be more than one organisation, and are kept apart</h4>
          <ul>
            {report.ambiguous.slice(0, 20).map((record) => (
              <li key={`${record.file}:${record.line}`}>
                {record.file}:{record.line}: “{record.name ?? record.domain}” could be{' '}
                {record.candidates
                  .map((candidate) => `${candidate.name}${candidate.domain ? ` (${candidate.domain})` : ''}`)
                  .join(' or ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report && report.notes.length > 0 && (
        <details className="report-notes">
          <summary>{report.notes.length} notes from matching</summary>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
