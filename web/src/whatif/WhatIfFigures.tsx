import type { CountChange, WhatIfAnswer } from '../client/types.ts';
import type { ReactNode } from 'react';
import { formatCount, formatPercent } from '../format/numbers.ts';
import { changeTone, formatCountChange, formatPointChange } from './what-if-figures.ts';
import { conflictKindCount, conflictsByKind, namesUpTo } from './what-if-groups.ts';
import type { DetailTab } from './WhatIfDetails.tsx';

/** Sentences a card still reads out in full; more, and it counts them and the detail lists them. */
const SENTENCES_SHOWN = 2;

/**
 * The three answers of a what-if, each against today, figures first: customers
 * reachable through partners, the capabilities they bring, and the conflicts
 * the set carries, counted by kind. A hub's lists (89 conflicts) are counted
 * here and listed in the details below (WhatIfDetails.tsx), on demand.
 */
export function WhatIfFigures({
  answer,
  focalName,
  onShow,
  condensed = false,
}: {
  answer: WhatIfAnswer;
  focalName: string;
  onShow(tab: DetailTab): void;
  /** A list is open below: the figures shrink to one line, their notes left to the list. */
  condensed?: boolean;
}) {
  const { reachableCustomers, reachableShare, capabilityCount, conflictCount } = answer;
  const newCapabilities = answer.capabilities.filter((covered) => covered.new);
  const fresh = answer.conflicts.filter((conflict) => conflict.new);
  const kinds = conflictsByKind(answer.conflicts);
  return (
    <div className={`what-if-figures${condensed ? ' is-condensed' : ''}`}>
      <section className="what-if-figure" data-testid="what-if-reach" aria-label="Reach">
        <h4 title={`Customers a partner serves and ${focalName} does not`}>
          <Heading long="Reach through partners" short="Reach" />
        </h4>
        <div className="figure-line">
          <p className="figure-value">
            <strong data-testid="figure-value">{formatCount(reachableCustomers.whatIf)}</strong>
            <span className="muted">
              {' '}
              of {formatCount(answer.marketCustomers)} ·{' '}
              <span data-testid="figure-share">{formatPercent(reachableShare.whatIf)}</span>
            </span>
          </p>
          <Change count={reachableCustomers} upIsGood>
            <span className="share-change">
              {' · '}
              <span data-testid="figure-share-change">{formatPointChange(reachableShare.change)}</span>
            </span>
          </Change>
        </div>
      </section>
      <section className="what-if-figure" data-testid="what-if-capabilities" aria-label="Capabilities">
        <h4 title={`Capabilities a partner offers and ${focalName} lacks`}>
          <Heading long="Capabilities partners bring" short="Capabilities" />
        </h4>
        <div className="figure-line">
          <p className="figure-value">
            <strong data-testid="figure-value">{formatCount(capabilityCount.whatIf)}</strong>
            <span className="muted"> {capabilityCount.whatIf === 1 ? 'capability' : 'capabilities'}</span>
          </p>
          <Change count={capabilityCount} upIsGood />
        </div>
        {newCapabilities.length > 0 && (
          <p
            className="figure-note one-line"
            data-testid="capabilities-new"
            title={newCapabilities.map((covered) => covered.capability.name).join(', ')}
          >
            New:{' '}
            {namesUpTo(
              newCapabilities.map((covered) => covered.capability.name),
              3,
            )}
          </p>
        )}
        {answer.capabilitiesLost.length > 0 && (
          <p
            className="figure-note is-bad one-line"
            data-testid="capabilities-lost"
            title={answer.capabilitiesLost.map((capability) => capability.name).join(', ')}
          >
            Lost:{' '}
            {namesUpTo(
              answer.capabilitiesLost.map((capability) => capability.name),
              3,
            )}
          </p>
        )}
      </section>
      <section className="what-if-figure" data-testid="what-if-conflicts" aria-label="Conflicts">
        <h4 title="A partner that is a rival, two partners that are rivals, or a partner of a rival">
          <Heading long="Conflicts in the partner set" short="Conflicts" />
        </h4>
        <div className="figure-line">
          <p className="figure-value">
            <strong data-testid="figure-value">{formatCount(conflictCount.whatIf)}</strong>
            <span className="muted"> {conflictCount.whatIf === 1 ? 'conflict' : 'conflicts'}</span>
          </p>
          <Change count={conflictCount} upIsGood={false} />
        </div>
        {kinds.length > 0 && (
          <p className="figure-note one-line" data-testid="conflict-kinds">
            {kinds.map((group, index) => (
              <span key={group.kind}>
                {index > 0 && ' · '}
                <button
                  type="button"
                  className="link-button"
                  data-kind={group.kind}
                  onClick={() => onShow('by-kind')}
                  title="List them"
                >
                  {conflictKindCount(group.kind, group.count)}
                </button>
                {group.through.length > 1 && (
                  <span className="muted">
                    {' '}
                    ({group.through.map((sub) => `${sub.conflicts.length} with ${sub.rival?.name ?? ''}`).join(', ')})
                  </span>
                )}
              </span>
            ))}
          </p>
        )}
        {fresh.length > 0 && fresh.length <= SENTENCES_SHOWN && (
          <ul className="what-if-new-conflicts" data-testid="conflicts-new">
            {fresh.map((conflict) => (
              <li key={`${conflict.kind}:${conflict.partner.id}:${conflict.via?.id ?? ''}`}>
                <span className="chip high-conflict">New</span> {conflict.explanation}
              </li>
            ))}
          </ul>
        )}
        {fresh.length > SENTENCES_SHOWN && (
          <p className="figure-note is-bad" data-testid="conflicts-new">
            <span className="chip high-conflict">New</span> {fresh.length} new conflicts:{' '}
            <button type="button" className="link-button" onClick={() => onShow('by-kind')}>
              list them
            </button>
          </p>
        )}
        {answer.conflictsResolved.length > 0 && (
          <p
            className="figure-note is-good one-line"
            data-testid="conflicts-resolved"
            title={answer.conflictsResolved.map((conflict) => conflict.explanation).join(' ')}
          >
            Resolved:{' '}
            {answer.conflictsResolved.length <= SENTENCES_SHOWN
              ? answer.conflictsResolved.map((conflict) => conflict.explanation).join(' ')
              : `${answer.conflictsResolved.length} conflicts of today’s set`}
          </p>
        )}
      </section>
    </div>
  );
}

/** A card's heading, and its one word when the figures are condensed to a line (whatif.css). */
function Heading({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="heading-long">{long}</span>
      <span className="heading-short">{short}</span>
    </>
  );
}

function Change({ count, upIsGood, children }: { count: CountChange; upIsGood: boolean; children?: ReactNode }) {
  return (
    <p className={`figure-change tone-${changeTone(count.change, upIsGood)}`}>
      <span data-testid="figure-change">{formatCountChange(count.change)}</span>
      {children}
      <span className="muted"> vs {formatCount(count.today)} today</span>
    </p>
  );
}
