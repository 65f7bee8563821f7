/**
 * The what-if tray under the current view: the strategist adds candidates
 * (from the detail panel) and drops current partners (here), and reads what
 * the hypothetical partner set would change against today (`whatIf`). The
 * set lives in the URL (state/url-state.ts), so a link reproduces the tray.
 * Closed, it is one line that says what it is for. Open, it is the moves made
 * (added, dropped), the three figures, and the lists on demand
 * (WhatIfDetails.tsx): its height stays bounded for a hub's 76 partners, and
 * the view above keeps the room (whatif.css).
 */
import { useState } from 'react';
import { WHAT_IF } from './what-if-queries.ts';
import type { CompanySummary } from '../client/types.ts';
import { useApi } from '../hooks/use-api.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import { EMPTY_WHAT_IF, isWhatIfShown, type WhatIfSet } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { formatCount, pluralise } from '../format/numbers.ts';
import { restore } from './what-if-set.ts';
import { WhatIfDetails, type DetailTab } from './WhatIfDetails.tsx';
import { WhatIfFigures } from './WhatIfFigures.tsx';
import { CloseButton } from '../ui/CloseButton.tsx';

interface Props {
  focal: CompanySummary;
  whatIf: WhatIfSet;
  update: UpdateState;
  onSelect(id: string): void;
}

export function WhatIfTray({ focal, whatIf, update, onSelect }: Props) {
  const shown = isWhatIfShown(whatIf);
  const { data, error, loading } = useApi(
    WHAT_IF,
    { focal: focal.id, add: whatIf.add, drop: whatIf.drop },
    { skip: !shown },
  );
  const change = (next: WhatIfSet): void => update({ whatIf: next });
  // Which list is open under the figures: none until asked (a hub's lists are long).
  const [tab, setTab] = useState<DetailTab | null>(null);

  if (!shown) {
    return (
      <div className="what-if-tray is-closed">
        <button type="button" data-testid="what-if-open" onClick={() => change({ ...EMPTY_WHAT_IF, open: true })}>
          What if…
        </button>
        <span className="muted">
          Try a different partner set: add candidates, drop partners, see reach and conflicts move.
        </span>
      </div>
    );
  }

  const answer = data?.whatIf;
  const today = answer ? answer.partners.length - answer.added.length : 0;
  return (
    <section className="what-if-tray" data-testid="what-if-tray" aria-label="What if" aria-busy={loading}>
      <header className="what-if-header">
        <h3>What if {focal.name} partnered differently?</h3>
        <div className="what-if-set" data-testid="what-if-set">
          {answer && (
            <span className="what-if-partner-count" data-testid="what-if-partner-count">
              {pluralise(answer.partners.length, 'partner')}
              {(answer.added.length > 0 || answer.dropped.length > 0) && (
                <span className="muted"> ({formatCount(today)} of today’s)</span>
              )}
            </span>
          )}
          {answer?.added.map((company) => (
            <span key={company.id} className="set-chip is-added" data-testid="set-added" data-company-id={company.id}>
              <button type="button" className="link-button" onClick={() => onSelect(company.id)}>
                + {company.name}
              </button>
              <button
                type="button"
                className="chip-action"
                aria-label={`Take ${company.name} out`}
                onClick={() => change(restore(whatIf, company.id))}
              >
                ×
              </button>
            </span>
          ))}
          {answer?.dropped.map((company) => (
            <span
              key={company.id}
              className="set-chip is-dropped"
              data-testid="set-dropped"
              data-company-id={company.id}
            >
              <s>{company.name}</s>
              <button
                type="button"
                className="chip-action"
                aria-label={`Keep ${company.name}`}
                onClick={() => change(restore(whatIf, company.id))}
              >
                Keep
              </button>
            </span>
          ))}
          {answer && whatIf.add.length === 0 && whatIf.drop.length === 0 && (
            <span className="muted what-if-hint">
              {answer.partners.length === 0 ? `${focal.name} has no active partner today. ` : ''}
              Add candidates from their panel or the shortlist; drop partners under “Partners”.
            </span>
          )}
        </div>
        <CloseButton label="Close what-if" testId="what-if-close" onClick={() => change(EMPTY_WHAT_IF)} />
      </header>
      {error && (
        <>
          <ApiErrorMessage error={error} what="the what-if" block={false} />
          <button type="button" onClick={() => change({ ...EMPTY_WHAT_IF, open: true })}>
            Start again from today’s partners
          </button>
        </>
      )}
      {!answer && !error && <StatusMessage kind="loading" title="Working out the what-if…" block={false} />}
      {answer && <WhatIfFigures answer={answer} focalName={focal.name} onShow={setTab} condensed={tab !== null} />}
      {answer && (
        <WhatIfDetails answer={answer} tab={tab} onTab={setTab} whatIf={whatIf} update={update} onSelect={onSelect} />
      )}
    </section>
  );
}
