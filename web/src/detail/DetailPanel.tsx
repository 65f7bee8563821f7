/**
 * Everything about one company for the focal one, in the order a strategist
 * reads it: where the pair stands (partnerships, a conflict that rules it
 * out), is it worth it (score, reasons, the evidence terms), what kind of
 * deal, what could go wrong, then the evidence (customers, capabilities, size).
 */
import { useEffect } from 'react';
import { useCompanyName } from '../client/company-names.ts';
import { CANDIDATE_DETAIL } from './detail-queries.ts';
import type { CompanySummary } from '../client/types.ts';
import { weightsInput } from '../state/ranking-variables.ts';
import { relationHeading, shortlistBlocker } from '../fit/standing.ts';
import { useApi } from '../hooks/use-api.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import type { HighlightedPath } from '../map/intro-path-overlay.ts';
import type { ExplorerState } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { AddToShortlist } from './AddToShortlist.tsx';
import { CapabilitiesSection } from './CapabilitiesSection.tsx';
import { ConflictsSection } from './ConflictsSection.tsx';
import { FitSummary } from './FitSummary.tsx';
import { IntroPathsSection } from './IntroPathsSection.tsx';
import { OverlapSection } from './OverlapSection.tsx';
import { MutualValueArithmetic } from './MutualValueArithmetic.tsx';
import { PowerSection, RecommendationSection } from './RecommendationSection.tsx';
import { ScoreTerms } from './ScoreTerms.tsx';
import { StandingSection } from './StandingSection.tsx';
import { WhatIfToggle } from './WhatIfToggle.tsx';
import { CloseButton } from '../ui/CloseButton.tsx';

interface Props {
  focal: CompanySummary;
  candidateId: string;
  state: ExplorerState;
  update: UpdateState;
  onClose(): void;
  onRefocus(id: string): void;
  /** The intro path drawn on the map, and how to draw another (or none). */
  highlightedPath: HighlightedPath | null;
  onHighlightPath(path: HighlightedPath | null): void;
}

export function DetailPanel(props: Props) {
  const { focal, candidateId, state, update, onClose, onRefocus, highlightedPath, onHighlightPath } = props;
  const isFocal = candidateId === focal.id;
  const { data, error, loading } = useApi(
    CANDIDATE_DETAIL,
    { focal: focal.id, candidate: candidateId, weights: weightsInput(state.weights) },
    { skip: isFocal },
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (
        event.key === 'Escape' &&
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
      )
        onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const knownName = useCompanyName(candidateId);
  const fit = data?.partnerFit;
  // The name the map or the list already gave, while the numbers load; the raw id only for a link to an unknown one.
  const title = fit?.candidate.name ?? (isFocal ? focal.name : (knownName ?? candidateId));
  const eyebrow = isFocal ? 'Focal company' : fit ? relationHeading(fit, focal.name) : `Compared with ${focal.name}`;
  const blocker = fit ? shortlistBlocker(fit) : null;
  return (
    <aside className="detail-panel" aria-label={`Detail: ${title}`} data-testid="detail-panel" aria-busy={loading}>
      <header className="detail-header">
        <div>
          <p className="eyebrow" data-testid="detail-relation" data-relation={fit?.relation}>
            {eyebrow}
          </p>
          <h2 className="detail-title">{title}</h2>
          {fit?.candidate.domain && <p className="muted">{fit.candidate.domain}</p>}
        </div>
        <div className="detail-actions">
          {!isFocal && fit && (
            <button type="button" onClick={() => onRefocus(candidateId)} title="See the ecosystem from this company">
              Make focal
            </button>
          )}
          <CloseButton label="Close detail" onClick={onClose} />
        </div>
      </header>
      <div className="detail-body">
        {isFocal && (
          <StatusMessage kind="empty" title="This is the focal company" block={false}>
            Every score on the page is measured from {focal.name}. Pick another company to see how it fits.
          </StatusMessage>
        )}
        {error && <ApiErrorMessage error={error} what="this candidate" block={false} />}
        {!isFocal && !data && !error && <StatusMessage kind="loading" title="Loading the numbers…" block={false} />}
        {data && !fit && (
          <StatusMessage kind="empty" title={`No company with id “${candidateId}”`} block={false}>
            It may have been removed from the ecosystem since the link was made.
          </StatusMessage>
        )}
        {fit && (
          <>
            {fit.candidate.description && <p className="detail-description">{fit.candidate.description}</p>}
            <StandingSection fit={fit} focalId={focal.id} />
            <FitSummary fit={fit} focalName={focal.name} />
            {blocker ? (
              <p className="shortlist-blocker" data-testid="no-shortlist">
                {blocker}
              </p>
            ) : (
              <AddToShortlist
                focal={focal}
                candidateId={candidateId}
                candidateName={fit.candidate.name}
                state={state}
                update={update}
              />
            )}
            <WhatIfToggle
              candidateId={candidateId}
              candidateName={fit.candidate.name}
              isPartner={fit.relation === 'PARTNER'}
              whatIf={state.whatIf}
              update={update}
            />
            <section className="detail-section" aria-labelledby="reasons-title">
              <h3 id="reasons-title">In short</h3>
              {fit.reasons.length ? (
                <ul className="reasons" data-testid="reasons">
                  {fit.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">The API gave no reasons for this pair.</p>
              )}
            </section>
            {/* An active partner needs no introduction. */}
            {fit.relation !== 'PARTNER' && (
              <IntroPathsSection
                focal={focal}
                candidateId={candidateId}
                highlighted={highlightedPath}
                onHighlight={onHighlightPath}
              />
            )}
            <ScoreTerms fit={fit} />
            <RecommendationSection fit={fit} />
            <ConflictsSection conflicts={fit.conflicts} penalty={fit.conflictPenalty} />
            {data.overlap && <OverlapSection overlap={data.overlap} focal={focal} candidate={fit.candidate} />}
            {data.complementarity && (
              <CapabilitiesSection
                complementarity={data.complementarity}
                focalName={focal.name}
                candidateName={fit.candidate.name}
              />
            )}
            <PowerSection fit={fit} focal={focal} />
            <MutualValueArithmetic fit={fit} />
          </>
        )}
      </div>
    </aside>
  );
}
