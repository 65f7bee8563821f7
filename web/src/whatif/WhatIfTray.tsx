/**
 * The what-if tray under the current view: the strategist adds candidates
 * (from the detail panel) and drops current partners (here), and reads what
 * the hypothetical partner set would change against today (`whatIf`). The
 * set lives in the URL (state/url-state.ts), so a link reproduces the tray.
 * Closed, it is one line that says what it is for.
 */
import { WHAT_IF } from '../client/queries.ts';
import type { CompanySummary, WhatIfAnswer } from '../client/types.ts';
import { useApi } from '../hooks/use-api.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import { EMPTY_WHAT_IF, isWhatIfShown, type WhatIfSet } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../app/StatusMessage.tsx';
import { dropPartner, restore } from './what-if-set.ts';
import { WhatIfFigures } from './WhatIfFigures.tsx';
import { CloseButton } from '../app/CloseButton.tsx';

interface Props {
  focal: CompanySummary;
  whatIf: WhatIfSet;
  update: UpdateState;
  onSelect(id: string): void;
}

export function WhatIfTray({ focal, whatIf, update, onSelect }: Props) {
  const shown = isWhatIfShown(whatIf);
  const { data, error, loading } = useApi<{ whatIf: WhatIfAnswer }>(
    WHAT_IF,
    { focal: focal.id, add: whatIf.add, drop: whatIf.drop },
    { skip: !shown },
  );
  const change = (next: WhatIfSet): void => update({ whatIf: next });

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
  const added = new Set(whatIf.add);
  const today = answer?.partners.filter((partner) => !added.has(partner.id)) ?? [];
  return (
    <section className="what-if-tray" data-testid="what-if-tray" aria-label="What if" aria-busy={loading}>
      <header className="what-if-header">
        <h3>What if {focal.name} partnered differently?</h3>
        <CloseButton label="Close what-if" testId="what-if-close" onClick={() => change(EMPTY_WHAT_IF)} />
      </header>
      <div className="what-if-set" data-testid="what-if-set">
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
        {today.map((company) => (
          <span key={company.id} className="set-chip" data-testid="set-partner" data-company-id={company.id}>
            <button type="button" className="link-button" onClick={() => onSelect(company.id)}>
              {company.name}
            </button>
            <button
              type="button"
              className="chip-action"
              aria-label={`Drop ${company.name}`}
              title="Let this partner go in the what-if"
              onClick={() => change(dropPartner(whatIf, company.id))}
            >
              Drop
            </button>
          </span>
        ))}
        {answer?.dropped.map((company) => (
          <span key={company.id} className="set-chip is-dropped" data-testid="set-dropped" data-company-id={company.id}>
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
        {answer && answer.partners.length === 0 && answer.dropped.length === 0 && (
          <span className="muted">{focal.name} has no active partner today.</span>
        )}
        {answer && whatIf.add.length === 0 && (
          <span className="muted what-if-hint">
            Add a candidate with “Add to what-if” in its detail panel, or “Add” in the shortlist’s table.
          </span>
        )}
      </div>
      {error && (
        <>
          <ApiErrorMessage error={error} what="the what-if" block={false} />
          <button type="button" onClick={() => change({ ...EMPTY_WHAT_IF, open: true })}>
            Start again from today’s partners
          </button>
        </>
      )}
      {!answer && !error && <StatusMessage kind="loading" title="Working out the what-if…" block={false} />}
      {answer && <WhatIfFigures answer={answer} focalName={focal.name} />}
    </section>
  );
}
