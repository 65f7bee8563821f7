import type { FitTerm } from '../client/types.ts';
import { TERM_KINDS } from './terms.ts';
import { formatScore } from '../format/numbers.ts';

/**
 * The fit score as one bar of its terms' contributions, side by side in
 * TERM_KINDS order: its length is the score, its colours say what it rests on.
 */
export function TermStack({ terms }: { terms: readonly FitTerm[] }) {
  const ordered = TERM_KINDS.flatMap((kind) => terms.filter((term) => term.kind === kind));
  return (
    <span
      className="score-bar term-stack"
      title={ordered.map((term) => `${term.label} ${formatScore(term.contribution)}`).join(' + ')}
      aria-hidden="true"
    >
      {ordered.map((term) => (
        <span
          key={term.kind}
          className={`term-stack-part tone-${term.kind}`}
          style={{ width: `${Math.min(1, Math.max(0, term.contribution)) * 100}%` }}
        />
      ))}
    </span>
  );
}
