import type { CandidateFit } from '../client/types.ts';
import type { ApiState } from '../hooks/use-api.ts';
import { formatScore } from '../format/numbers.ts';
import { relationOfFit } from '../fit/relations.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';

const SHOWN = 10;

interface Props {
  /** The map's own ranking request (MapView), so the list and the map never disagree or ask twice. */
  ranking: ApiState<{ candidates: CandidateFit[] }>;
  selected: string | null;
  onSelect(id: string): void;
}

/** The API's ranking beside the map: the same order the shortlist shows, readable without hovering. */
export function TopCandidates({ ranking, selected, onSelect }: Props) {
  const { data, error, loading } = ranking;
  const fits: CandidateFit[] = data?.candidates.slice(0, SHOWN) ?? [];
  const best = Math.max(0.0001, ...fits.map((fit) => fit.score));

  return (
    <aside className="top-candidates" aria-labelledby="top-candidates-title" aria-busy={loading}>
      <h2 id="top-candidates-title">Top candidates</h2>
      {error && <ApiErrorMessage error={error} what="the ranking" block={false} />}
      {!data && !error && <StatusMessage kind="loading" title="Ranking…" block={false} />}
      {data && fits.length === 0 && (
        <StatusMessage kind="empty" title="No candidates" block={false}>
          No company passes the current filters.
        </StatusMessage>
      )}
      <ol className="top-candidate-list" data-testid="top-candidates">
        {fits.map((fit) => (
          <li key={fit.candidate.id}>
            <button
              type="button"
              className={`top-candidate${selected === fit.candidate.id ? ' is-selected' : ''}`}
              data-candidate-id={fit.candidate.id}
              title={`${fit.candidate.name}: fit ${formatScore(fit.score)}`}
              onClick={() => onSelect(fit.candidate.id)}
            >
              <span className={`swatch swatch-${relationOfFit(fit)}`} aria-hidden="true" />
              <span className="top-candidate-name">{fit.candidate.name}</span>
              <span className="top-candidate-score">{formatScore(fit.score)}</span>
              <span
                className="top-candidate-bar"
                style={{ width: `${(fit.score / best) * 100}%` }}
                aria-hidden="true"
              />
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
