import type { PartnerFitDetail } from '../client/types.ts';
import { historyLine } from '../fit/standing.ts';

/**
 * Where the pair stands before any score: a conflict that rules the candidate
 * out, and every partnership the two already have (proposed, active, ended).
 */
export function StandingSection({ fit, focalId }: { fit: PartnerFitDetail; focalId: string }) {
  if (!fit.ruledOut && fit.history.length === 0) return null;
  return (
    <section className="detail-section standing" aria-labelledby="standing-title" data-testid="standing">
      <h3 id="standing-title" className="visually-hidden">
        Where you stand
      </h3>
      {fit.ruledOut && (
        <p className="ruled-out-banner" data-testid="ruled-out">
          <strong>Ruled out:</strong> {fit.ruledOutBy?.explanation ?? 'a decisive conflict stands in the way.'}
        </p>
      )}
      {fit.history.length > 0 && (
        <ul className="history" data-testid="history">
          {fit.history.map((partnership) => {
            // A consortium has more parties than the two: name the others.
            const others = (partnership.parties ?? []).filter(
              (party) => party.id !== focalId && party.id !== fit.candidate.id,
            );
            return (
              <li
                key={partnership.id}
                className={`history-item status-${partnership.status}`}
                data-status={partnership.status}
              >
                {historyLine(partnership)}
                {others.length > 0 && (
                  <span className="muted"> · with {others.map((party) => party.name).join(', ')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
