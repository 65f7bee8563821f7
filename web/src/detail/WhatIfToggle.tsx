/**
 * The detail panel's way into the what-if tray: add this candidate to the
 * hypothetical partner set, or, for an active partner, let it go there. The
 * tray (whatif/WhatIfTray.tsx) shows what that would change.
 */
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import type { WhatIfSet } from '../state/url-state.ts';
import { isMoved, toggleMove } from '../whatif/what-if-set.ts';

interface Props {
  candidateId: string;
  candidateName: string;
  /** True for an active partner of the focal company: it can be dropped, not added. */
  isPartner: boolean;
  whatIf: WhatIfSet;
  update: UpdateState;
}

export function WhatIfToggle({ candidateId, candidateName, isPartner, whatIf, update }: Props) {
  const inSet = isMoved(whatIf, candidateId, isPartner);
  const toggle = (): void => update({ whatIf: toggleMove(whatIf, candidateId, isPartner) });
  if (inSet) {
    return (
      <p className="what-if-toggle" data-testid="what-if-toggle">
        <span>{isPartner ? `${candidateName} is dropped in the what-if.` : `${candidateName} is in the what-if.`}</span>
        <button type="button" onClick={toggle}>
          {isPartner ? 'Keep' : 'Take out'}
        </button>
      </p>
    );
  }
  return (
    <p className="what-if-toggle" data-testid="what-if-toggle">
      <button
        type="button"
        data-testid={isPartner ? 'what-if-drop' : 'what-if-add'}
        title="See what the partner set would reach, bring and risk (the tray under the view)"
        onClick={toggle}
      >
        {isPartner ? 'Drop in what-if' : 'Add to what-if'}
      </button>
    </p>
  );
}
