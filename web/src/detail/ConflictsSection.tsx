import type { Conflict } from '../client/types.ts';
import { CONFLICT_KIND_LABEL, SEVERITY_LABEL, SEVERITY_RANK } from '../format/labels.ts';
import { formatScore } from '../format/numbers.ts';

/** What could kill the deal, worst first, each in the API's own words. */
export function ConflictsSection({ conflicts, penalty }: { conflicts: Conflict[]; penalty: number }) {
  const sorted = [...conflicts].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return (
    <section className="detail-section" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">
        Conflicts <span className="count-badge">{conflicts.length}</span>
      </h3>
      {sorted.length === 0 ? (
        <p className="no-conflicts">No conflicts: no rivalry, competing capability or clashing partnership found.</p>
      ) : (
        <>
          <ul className="conflicts" data-testid="conflicts">
            {sorted.map((conflict, index) => (
              <li
                key={`${conflict.kind}-${conflict.via?.id ?? conflict.capability?.id ?? index}`}
                className="conflict"
                data-kind={conflict.kind}
                data-severity={conflict.severity}
              >
                <span className={`severity severity-${conflict.severity}`}>{SEVERITY_LABEL[conflict.severity]}</span>
                <div>
                  <p className="conflict-kind">{CONFLICT_KIND_LABEL[conflict.kind]}</p>
                  <p className="conflict-explanation">{conflict.explanation}</p>
                </div>
              </li>
            ))}
          </ul>
          <p className="muted section-note">
            Conflict penalty {formatScore(penalty)}: mutual value keeps {formatScore(1 - penalty)} of itself (0.5 per
            high, 0.2 per medium, 0.05 per low conflict, at most 1). The fit score is not discounted: a decisive
            conflict rules the candidate out instead.
          </p>
        </>
      )}
    </section>
  );
}
