import type { CountChange, WhatIfAnswer } from '../client/types.ts';
import type { ReactNode } from 'react';
import { formatCount, formatPercent } from '../format/numbers.ts';
import { changeTone, formatCountChange, formatPointChange } from './what-if-figures.ts';

/**
 * The three answers of a what-if, each against today: customers reachable
 * through partners, the capabilities they bring, and the conflicts the set
 * carries (each in the API's sentence, new ones marked).
 */
export function WhatIfFigures({ answer, focalName }: { answer: WhatIfAnswer; focalName: string }) {
  const { reachableCustomers, reachableShare, capabilityCount, conflictCount } = answer;
  const newCapabilities = answer.capabilities.filter((covered) => covered.new);
  return (
    <div className="what-if-figures">
      <section className="what-if-figure" data-testid="what-if-reach" aria-label="Reach">
        <h4 title={`Customers a partner serves and ${focalName} does not`}>Reach through partners</h4>
        <p className="figure-value">
          <strong data-testid="figure-value">{formatCount(reachableCustomers.whatIf)}</strong>
          <span className="muted">
            {' '}
            of the market’s {formatCount(answer.marketCustomers)} ·{' '}
            <span data-testid="figure-share">{formatPercent(reachableShare.whatIf)}</span>
          </span>
        </p>
        <Change count={reachableCustomers} upIsGood>
          {' · '}
          <span data-testid="figure-share-change">{formatPointChange(reachableShare.change)}</span>
        </Change>
        <p className="muted figure-note">Today {formatPercent(reachableShare.today)} of the market.</p>
      </section>
      <section className="what-if-figure" data-testid="what-if-capabilities" aria-label="Capabilities">
        <h4 title={`Capabilities a partner offers and ${focalName} lacks`}>Capabilities partners bring</h4>
        <p className="figure-value">
          <strong data-testid="figure-value">{formatCount(capabilityCount.whatIf)}</strong>
          <span className="muted"> {capabilityCount.whatIf === 1 ? 'capability' : 'capabilities'}</span>
        </p>
        <Change count={capabilityCount} upIsGood />
        {newCapabilities.length > 0 && (
          <p className="figure-note" data-testid="capabilities-new">
            New:{' '}
            {newCapabilities.map((covered) => `${covered.capability.name} (${names(covered.partners)})`).join(', ')}
          </p>
        )}
        {answer.capabilitiesLost.length > 0 && (
          <p className="figure-note is-bad" data-testid="capabilities-lost">
            Lost: {answer.capabilitiesLost.map((capability) => capability.name).join(', ')}
          </p>
        )}
      </section>
      <section className="what-if-figure" data-testid="what-if-conflicts" aria-label="Conflicts">
        <h4 title="A partner that is a rival, two partners that are rivals, or a partner of a rival">
          Conflicts in the partner set
        </h4>
        <p className="figure-value">
          <strong data-testid="figure-value">{formatCount(conflictCount.whatIf)}</strong>
          <span className="muted"> {conflictCount.whatIf === 1 ? 'conflict' : 'conflicts'}</span>
        </p>
        <Change count={conflictCount} upIsGood={false} />
        {answer.conflicts.length > 0 && (
          <ul className="what-if-conflicts" data-testid="conflicts-list">
            {answer.conflicts.map((conflict) => (
              <li key={`${conflict.kind}:${conflict.partner.id}:${conflict.via?.id ?? ''}`} data-new={conflict.new}>
                {conflict.new && <span className="chip high-conflict">New</span>} {conflict.explanation}
              </li>
            ))}
          </ul>
        )}
        {answer.conflictsResolved.length > 0 && (
          <p className="figure-note is-good" data-testid="conflicts-resolved">
            Resolved: {answer.conflictsResolved.map((conflict) => conflict.explanation).join(' ')}
          </p>
        )}
      </section>
    </div>
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

function names(companies: readonly { name: string }[]): string {
  return companies.map((company) => company.name).join(', ');
}
