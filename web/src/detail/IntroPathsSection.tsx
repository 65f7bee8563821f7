/**
 * Who can introduce the focal company to this candidate: the API's strongest
 * warm-intro paths, each with whom to ask (its sentence), how strong it is and
 * what that means, and the chain of steps. "Show on map" draws the path on the
 * ecosystem map (map/intro-path-overlay.ts); the workspace keeps which one.
 */
import { INTRO_PATHS } from '../client/queries.ts';
import type { CompanySummary, IntroPath } from '../client/types.ts';
import { useApi } from '../hooks/use-api.ts';
import type { HighlightedPath } from '../map/intro-path-overlay.ts';
import { ApiErrorMessage, StatusMessage } from '../app/StatusMessage.tsx';
import { formatStrength, stepRelation, strengthMeaning } from './intro-path-words.ts';

/** The API's defaults, said out loud in the empty state. */
const PATHS = 5;
const MAX_HOPS = 3;

interface Props {
  focal: CompanySummary;
  candidateId: string;
  highlighted: HighlightedPath | null;
  onHighlight(path: HighlightedPath | null): void;
}

export function IntroPathsSection({ focal, candidateId, highlighted, onHighlight }: Props) {
  const { data, error } = useApi<{ introPaths: IntroPath[] }>(INTRO_PATHS, {
    focal: focal.id,
    target: candidateId,
    first: PATHS,
    maxHops: MAX_HOPS,
  });
  const paths = data?.introPaths;
  const shownIndex = highlighted?.target === candidateId ? highlighted.index : null;

  return (
    <section className="detail-section" aria-labelledby="intro-title" data-testid="intro-paths">
      <h3 id="intro-title">Warm introductions {paths && <span className="count-badge">{paths.length}</span>}</h3>
      {error && <ApiErrorMessage error={error} what="the introduction paths" block={false} />}
      {!paths && !error && <StatusMessage kind="loading" title="Looking for introductions…" block={false} />}
      {paths?.length === 0 && (
        <p className="muted" data-testid="intro-empty">
          No path within {MAX_HOPS} steps that avoids your rivals. An introduction would have to come from outside the
          partnerships and shared customers on record.
        </p>
      )}
      {paths && paths.length > 0 && (
        <ol className="intro-paths">
          {paths.map((path, index) => {
            const shown = shownIndex === index;
            return (
              <li
                key={path.sentence + index}
                className={`intro-path${shown ? ' is-shown' : ''}`}
                data-testid="intro-path"
              >
                <p className="intro-sentence">{path.sentence}</p>
                <p
                  className="intro-strength"
                  title="Strength = product of the steps' weights × ½ for every hop after the first"
                >
                  <strong data-testid="intro-strength">Strength {formatStrength(path.strength)}</strong>
                  <span className="muted"> · {strengthMeaning(path.strength)}</span>
                </p>
                <ol className="intro-steps" aria-label="Steps">
                  <li className="intro-step is-start">{focal.name}</li>
                  {path.steps.map((step) => (
                    <li key={`${step.party.kind}:${step.party.id}`} className="intro-step">
                      <span className="intro-party">{step.party.name}</span>
                      <span className="muted"> · {stepRelation(step)}</span>
                    </li>
                  ))}
                </ol>
                <button
                  type="button"
                  className="intro-show"
                  aria-pressed={shown}
                  data-testid="intro-show"
                  onClick={() => onHighlight(shown ? null : { target: candidateId, index, path })}
                >
                  {shown ? 'Hide on map' : 'Show on map'}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
