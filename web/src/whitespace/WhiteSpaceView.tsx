/**
 * White space: where the focal company has no partner to lean on. The
 * capabilities its customers' other vendors offer that neither it nor an
 * active partner covers, ranked as the API ranks them (customers reached),
 * and the segments it targets with no partner in them; each with the
 * best-ranked candidate that would fill it, a click away from its detail.
 */
import type { ReactNode } from 'react';
import { WHITE_SPACE } from './white-space-queries.ts';
import type { CompanySummary } from '../client/types.ts';
import { formatCount, formatPercent, pluralise } from '../format/numbers.ts';
import { useApi } from '../hooks/use-api.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { GapCandidateButton } from './GapCandidateButton.tsx';

/** How many capability gaps to list; the API ranks them, the long tail reaches few customers. */
const GAPS = 20;

interface Props {
  focal: CompanySummary;
  selected: string | null;
  onSelect(id: string): void;
}

export function WhiteSpaceView({ focal, selected, onSelect }: Props) {
  const { data, error } = useApi(WHITE_SPACE, { focal: focal.id, first: GAPS });
  const answer = data?.whiteSpace;

  return (
    <div className="white-space-view">
      <div className="toolbar">
        <p className="toolbar-title">
          White space for {focal.name}
          <span className="muted toolbar-subtitle">
            Capabilities and segments no active partner covers
            {answer && `, among the other vendors of its ${pluralise(answer.customers, 'customer')}`}. Candidates are
            ranked by the market’s default weights: the weights and filters on the left do not change this view.
          </span>
        </p>
      </div>
      {error && <ApiErrorMessage error={error} what="the white space" />}
      {!answer && !error && <StatusMessage kind="loading" title="Looking for gaps…" />}
      {answer && (
        <div className="white-space-body">
          <GapSection
            id="capability-gaps"
            title="Capability gaps"
            count={answer.capabilities.length}
            none={`None: every capability ${focal.name}’s customers buy from other vendors is covered by ${focal.name} or an active partner.`}
          >
            <thead>
              <tr>
                <th className="num">#</th>
                <th>Capability</th>
                <th className="num" title={`Of ${focal.name}'s customers, those a vendor offering it also serves`}>
                  Customers reached
                </th>
                <th className="num" title="Other vendors of those customers that offer it">
                  Vendors
                </th>
                <th>Best-ranked candidate offering it</th>
              </tr>
            </thead>
            <tbody>
              {answer.capabilities.map((gap, index) => (
                <tr key={gap.capability.id} data-capability-id={gap.capability.id}>
                  <td className="num">{index + 1}</td>
                  <th scope="row">{gap.capability.name}</th>
                  <td className="num reach-cell">
                    <span data-testid="gap-reached">{formatCount(gap.customersReached)}</span>{' '}
                    <span className="muted">
                      (<span data-testid="gap-share">{formatPercent(gap.share)}</span>)
                    </span>
                    <span className="reach-bar" aria-hidden="true">
                      <span style={{ width: `${Math.min(100, gap.share * 100)}%` }} />
                    </span>
                  </td>
                  <td className="num" data-testid="gap-vendors">
                    {formatCount(gap.vendors)}
                  </td>
                  <td>
                    <GapCandidateButton fit={gap.bestCandidate} selected={selected} onSelect={onSelect} />
                  </td>
                </tr>
              ))}
            </tbody>
          </GapSection>
          <GapSection
            id="segment-gaps"
            title="Segments without a partner"
            count={answer.segments.length}
            none={`None: an active partner of ${focal.name} targets every segment it targets.`}
          >
            <thead>
              <tr>
                <th>Segment</th>
                <th>Best-ranked candidate targeting it</th>
              </tr>
            </thead>
            <tbody>
              {answer.segments.map((gap) => (
                <tr key={gap.segment.id} data-segment-id={gap.segment.id}>
                  <th scope="row">{gap.segment.name}</th>
                  <td>
                    <GapCandidateButton fit={gap.bestCandidate} selected={selected} onSelect={onSelect} />
                  </td>
                </tr>
              ))}
            </tbody>
          </GapSection>
        </div>
      )}
    </div>
  );
}

/** One kind of gap: its heading with the count, then its table, or a sentence saying there is none. */
function GapSection({
  id,
  title,
  count,
  none,
  children,
}: {
  id: string;
  title: string;
  count: number;
  none: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {title} <span className="count-badge">{count}</span>
      </h3>
      {count === 0 ? (
        <p className="muted" data-testid={`no-${id}`}>
          {none}
        </p>
      ) : (
        <table className="gap-table" data-testid={id}>
          {children}
        </table>
      )}
    </section>
  );
}
