/**
 * Warm introductions, both kinds, each under one definition: the accounts
 * the candidate could open for the focal company (its prospects and open
 * deals that the candidate serves, the account mapping's cells, named and
 * added up), and who can introduce the focal company to the candidate
 * itself: the API's strongest warm-intro paths, each with whom to ask (its
 * sentence), how strong it is and what that strength rests on, and the chain
 * of steps. "Show on map" draws the path on the ecosystem map
 * (map/intro-path-overlay.ts); the workspace keeps which one.
 */
import { useCompanyName } from '../client/company-names.ts';
import { INTRO_ACCOUNTS, INTRO_PATHS } from './detail-queries.ts';
import type { CompanySummary } from '../client/types.ts';
import { useApi } from '../hooks/use-api.ts';
import type { HighlightedPath } from '../map/intro-path-overlay.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { pluralise } from '../format/numbers.ts';
import { formatStrength, stepRelation, strengthBasis, strengthLabel, warmIntroductions } from './intro-path-words.ts';

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
  const { data, error } = useApi(INTRO_PATHS, {
    focal: focal.id,
    target: candidateId,
    first: PATHS,
    maxHops: MAX_HOPS,
  });
  const accounts = useApi(INTRO_ACCOUNTS, {
    focal: focal.id,
    candidate: candidateId,
  });
  const matrix = accounts.data?.overlap?.matrix;
  const warm = matrix ? warmIntroductions(matrix) : null;
  const paths = data?.introPaths;
  const shownIndex = highlighted?.target === candidateId ? highlighted.index : null;
  // The name the map, the list or the panel already gave; "them" for a company the page has not named yet.
  const name = useCompanyName(candidateId) ?? 'them';

  return (
    <section className="detail-section" aria-labelledby="intro-title" data-testid="intro-paths">
      <h3 id="intro-title">Warm introductions</h3>
      {warm && (
        <p
          className="intro-accounts section-note"
          data-testid="intro-accounts"
          data-prospects={warm.prospects}
          data-open-deals={warm.openDeals}
          data-total={warm.total}
        >
          <strong>Into your accounts: {warm.total}.</strong>{' '}
          {warm.total === 0
            ? `None of your prospects or open deals is a customer of ${name}.`
            : `${pluralise(warm.prospects, 'prospect')} and ${pluralise(warm.openDeals, 'open deal')} of yours are customers of ${name}, who can introduce you there.`}{' '}
          <span className="muted">
            The account mapping’s Prospect and Opportunity rows, Customer column; the “In short” count is the same.
          </span>
        </p>
      )}
      <p className="subheading">
        To {name} itself {paths && <span className="count-badge">{paths.length}</span>} · whom to ask, strongest first
      </p>
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
                  <span data-testid="intro-strength-label"> · {strengthLabel(path)}</span>
                </p>
                <p className="muted section-note" data-testid="intro-strength-basis">
                  Rests on {strengthBasis(path)}.
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
