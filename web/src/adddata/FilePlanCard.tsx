/**
 * One file of the upload: what it is (in plain words), how sure detection is
 * and why, and the choices a person can change: its role, its layout, whose
 * data it is, and which column gives each field.
 */
import { confidenceWords, fieldWords, ownerQuestion, roleWords, sizeWords } from './plan-words.ts';
import { ownerOfFile, ROLE_ORDER, withColumn, withLayout, withOwner, withRole } from './plan-edit.ts';
import { OwnerPicker } from './OwnerPicker.tsx';
import type { FileView, ImportPlan, PlanView } from './upload-types.ts';

interface Props {
  view: FileView;
  planView: PlanView;
  disabled: boolean;
  onPlan(plan: ImportPlan): void;
  onRemove(): void;
}

export function FilePlanCard({ view, planView, disabled, onPlan, onRemove }: Props) {
  const { plan, roles } = planView;
  const entry = view.entry;
  const role = entry?.role;
  const choice = roles.find((candidate) => candidate.role === role);
  const native = role !== undefined && planView.nativeRoles.includes(role);
  const read = entry ? Object.keys(entry.columns).length : 0;
  const confidence = entry?.confidence;
  return (
    <article
      className={`file-card${view.problems.length > 0 ? ' has-problems' : ''}`}
      data-testid="file-card"
      data-file={view.file}
      data-role={role ?? ''}
    >
      <header className="file-card-head">
        <div>
          <h3>{view.file}</h3>
          <p className="muted">
            {sizeWords(view.bytes)} · {view.headers.length} columns
          </p>
        </div>
        <button
          type="button"
          className="link-button"
          onClick={onRemove}
          disabled={disabled}
          aria-label={`Remove ${view.file}`}
        >
          Remove
        </button>
      </header>
      <p className="file-detected">
        <span
          className={`confidence confidence-${(confidence ?? 'none').replace(/ /g, '-')}`}
          data-testid="file-confidence"
        >
          {confidenceWords(confidence)}
        </span>{' '}
        <strong data-testid="file-role">{role ? roleWords(role) : 'Not recognised yet'}</strong>
        {choice && entry && choice.layouts.length > 1 && (
          <> · {choice.layouts.find((layout) => layout.layout === entry.layout)?.title}</>
        )}
      </p>
      <p className="file-why">{entry?.why ? `Why: ${entry.why}` : view.unrecognisedWhy}</p>

      <div className="file-choices">
        <label>
          <span className="field-label">This file is</span>
          <select
            value={role ?? ''}
            disabled={disabled || native}
            onChange={(event) => onPlan(withRole(plan, view, event.target.value, roles))}
            data-testid="role-select"
          >
            {role === undefined && <option value="">Choose what it is…</option>}
            {native && <option value={role}>{roleWords(role)}</option>}
            {ROLE_ORDER.map((option) => (
              <option key={option} value={option}>
                {roleWords(option)}
              </option>
            ))}
          </select>
        </label>
        {choice && entry && choice.layouts.length > 1 && (
          <label>
            <span className="field-label">Exported from</span>
            <select
              value={entry.layout}
              disabled={disabled}
              onChange={(event) => onPlan(withLayout(plan, view.file, event.target.value))}
            >
              {choice.layouts.map((layout) => (
                <option key={layout.layout} value={layout.layout}>
                  {layout.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {choice?.needsOwner && entry && (
          <OwnerPicker
            key={`${view.file}-${ownerOfFile(plan, entry, roles) ?? ''}`}
            question={ownerQuestion(entry.role)}
            owner={ownerOfFile(plan, entry, roles)}
            onChange={(owner) => onPlan(withOwner(plan, view.file, owner))}
          />
        )}
      </div>

      {view.problems.length > 0 && (
        <ul className="file-problems" role="alert">
          {view.problems.map((problem) => (
            <li key={problem}>{sentence(problem.replace(`${view.file}:1: `, ''))}</li>
          ))}
        </ul>
      )}

      {choice && entry && (
        <details className="file-columns" open={view.problems.some((problem) => /column/.test(problem))}>
          <summary>
            Columns: {read} of {view.headers.length} read
            {entry.unplaced.length > 0 && `, ${entry.unplaced.length} left aside`}
          </summary>
          <table>
            <tbody>
              {choice.fields.map((field) => (
                <tr key={field}>
                  <th scope="row">{fieldWords(field)}</th>
                  <td>
                    <select
                      aria-label={`Column for ${fieldWords(field)}`}
                      value={entry.columns[field] ?? ''}
                      disabled={disabled}
                      onChange={(event) =>
                        onPlan(
                          withColumn(plan, view.file, field, event.target.value === '' ? null : event.target.value),
                        )
                      }
                    >
                      <option value="">— not in this file —</option>
                      {view.headers.map((header) => (
                        <option key={header} value={header}>
                          {header}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entry.unplaced.length > 0 && <p className="muted">Left aside: {entry.unplaced.join(', ')}</p>}
        </details>
      )}
    </article>
  );
}

/** The importer's reasons start in lower case, after the file's name; alone on a line they start a sentence. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
