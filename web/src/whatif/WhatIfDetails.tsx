/**
 * The what-if's lists, on demand under its figures: the partners grouped by
 * what they carry (each with its Drop), the conflicts by kind or by partner,
 * and the capabilities with who brings them. One list at a time, in a box
 * that scrolls, so a hub's 76 partners and 89 conflicts never push the view
 * above off the screen.
 */
import { useMemo, useState } from 'react';
import type { WhatIfAnswer } from '../client/types.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import type { WhatIfSet } from '../state/url-state.ts';
import { pluralise } from '../format/numbers.ts';
import { dropPartner, restore } from './what-if-set.ts';
import {
  conflictKindCount,
  conflictsByKind,
  conflictsByPartner,
  namesUpTo,
  PARTNER_GROUP_LABEL,
  partnerGroups,
} from './what-if-groups.ts';

export type DetailTab = 'partners' | 'by-kind' | 'by-partner' | 'capabilities';

/** From this many partners the list gets a name filter. */
const FILTER_FROM = 12;

interface Props {
  answer: WhatIfAnswer;
  tab: DetailTab | null;
  onTab(tab: DetailTab | null): void;
  whatIf: WhatIfSet;
  update: UpdateState;
  onSelect(id: string): void;
}

export function WhatIfDetails({ answer, tab, onTab, whatIf, update, onSelect }: Props) {
  const byPartner = useMemo(() => conflictsByPartner(answer.conflicts), [answer.conflicts]);
  const [filter, setFilter] = useState('');
  const tabs: { id: DetailTab; label: string; count: number }[] = [
    { id: 'partners', label: 'Partners', count: answer.partners.length },
    { id: 'by-kind', label: 'Conflicts by kind', count: answer.conflicts.length },
    { id: 'by-partner', label: 'Conflicts by partner', count: byPartner.length },
    { id: 'capabilities', label: 'Capabilities', count: answer.capabilities.length },
  ];
  return (
    <div className="what-if-details" data-testid="what-if-details">
      <div className="what-if-tabs" role="tablist" aria-label="What-if details">
        {tabs.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            aria-selected={tab === entry.id}
            data-testid={`what-if-tab-${entry.id}`}
            disabled={entry.count === 0 && tab !== entry.id}
            onClick={() => onTab(tab === entry.id ? null : entry.id)}
          >
            {entry.label} <span className="count-badge">{entry.count}</span>
          </button>
        ))}
        {tab === 'partners' && answer.partners.length >= FILTER_FROM && (
          <input
            type="search"
            className="what-if-filter"
            placeholder="Find a partner…"
            aria-label="Find a partner"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        )}
        {tab && (
          <button type="button" className="link-button what-if-hide" onClick={() => onTab(null)}>
            Hide
          </button>
        )}
      </div>
      {tab && (
        <div className="what-if-detail-body" role="tabpanel" data-testid={`what-if-detail-${tab}`}>
          {tab === 'partners' && (
            <PartnerList answer={answer} filter={filter} whatIf={whatIf} update={update} onSelect={onSelect} />
          )}
          {tab === 'by-kind' && <ConflictsByKind answer={answer} onSelect={onSelect} />}
          {tab === 'by-partner' && (
            <ConflictsByPartner entries={byPartner} total={answer.conflicts.length} onSelect={onSelect} />
          )}
          {tab === 'capabilities' && <CapabilityList answer={answer} />}
        </div>
      )}
    </div>
  );
}

function PartnerList({ answer, filter, whatIf, update, onSelect }: Omit<Props, 'tab' | 'onTab'> & { filter: string }) {
  const wanted = filter.trim().toLowerCase();
  const groups = partnerGroups(answer)
    .map((group) => ({ ...group, rows: group.rows.filter((row) => row.partner.name.toLowerCase().includes(wanted)) }))
    .filter((group) => group.rows.length > 0);
  return (
    <>
      {answer.partners.length === 0 && <p className="muted">No partner in this set.</p>}
      {groups.map((group) => (
        <section key={group.kind} className="what-if-group" data-testid="partner-group" data-kind={group.kind}>
          <h5>
            {PARTNER_GROUP_LABEL[group.kind]} <span className="count-badge">{group.rows.length}</span>
          </h5>
          <ul className="what-if-rows">
            {group.rows.map((row) => (
              <li
                key={row.partner.id}
                data-testid={row.added ? 'partner-added' : 'set-partner'}
                data-company-id={row.partner.id}
              >
                <button type="button" className="link-button" onClick={() => onSelect(row.partner.id)}>
                  {row.partner.name}
                </button>
                <span className="muted what-if-row-facts">
                  {row.conflicts > 0 && <span className="is-bad">{pluralise(row.conflicts, 'conflict')}</span>}
                  {row.conflicts > 0 && row.onlySource.length > 0 && ' · '}
                  {row.onlySource.length > 0 && (
                    <span title={row.onlySource.join(', ')}>only source of {namesUpTo(row.onlySource, 2)}</span>
                  )}
                </span>
                {row.added ? (
                  <button
                    type="button"
                    className="chip-action"
                    aria-label={`Take ${row.partner.name} out`}
                    onClick={() => update({ whatIf: restore(whatIf, row.partner.id) })}
                  >
                    Take out
                  </button>
                ) : (
                  <button
                    type="button"
                    className="chip-action"
                    aria-label={`Drop ${row.partner.name}`}
                    title="Let this partner go in the what-if"
                    onClick={() => update({ whatIf: dropPartner(whatIf, row.partner.id) })}
                  >
                    Drop
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {wanted && groups.length === 0 && <p className="muted">No partner’s name holds “{filter}”.</p>}
    </>
  );
}

/** Each kind's conflicts, partners of a rival by the rival; each name carries its sentence. */
function ConflictsByKind({ answer, onSelect }: { answer: WhatIfAnswer; onSelect(id: string): void }) {
  return (
    <>
      {conflictsByKind(answer.conflicts).map((group) => (
        <section key={group.kind} className="what-if-group" data-testid="conflict-kind" data-kind={group.kind}>
          <h5>
            {conflictKindCount(group.kind, group.count)}
            {group.fresh > 0 && <span className="is-bad"> · {group.fresh} new</span>}
          </h5>
          {group.through.map((sub) => (
            <p key={sub.rival?.id ?? group.kind} className="what-if-through">
              {sub.rival && (
                <span className="what-if-through-head">
                  With {sub.rival.name} <span className="count-badge">{sub.conflicts.length}</span>:{' '}
                </span>
              )}
              {sub.conflicts.map((conflict, index) => (
                <span
                  key={`${conflict.partner.id}:${conflict.via?.id ?? ''}`}
                  data-testid="conflict-item"
                  data-new={conflict.new}
                  title={conflict.explanation}
                >
                  {index > 0 && ', '}
                  {conflict.new && <span className="chip high-conflict">New</span>}
                  <button type="button" className="link-button" onClick={() => onSelect(conflict.partner.id)}>
                    {conflict.partner.name}
                  </button>
                  {group.kind === 'PARTNERS_COMPETE' && conflict.via && <> and {conflict.via.name}</>}
                </span>
              ))}
            </p>
          ))}
        </section>
      ))}
      {answer.conflictsResolved.length > 0 && (
        <section className="what-if-group">
          <h5 className="is-good">Resolved: {pluralise(answer.conflictsResolved.length, 'conflict')} of today’s set</h5>
          <ul className="what-if-conflicts">
            {answer.conflictsResolved.map((conflict) => (
              <li key={`${conflict.kind}:${conflict.partner.id}:${conflict.explanation}`}>{conflict.explanation}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ConflictsByPartner({
  entries,
  total,
  onSelect,
}: {
  entries: ReturnType<typeof conflictsByPartner>;
  total: number;
  onSelect(id: string): void;
}) {
  const counted = entries.reduce((sum, entry) => sum + entry.conflicts.length, 0);
  return (
    <>
      {counted > total && (
        <p className="muted what-if-note">
          A pair of partners that compete counts for both of them: {counted} here for {total} conflicts.
        </p>
      )}
      <ul className="what-if-rows" data-testid="conflicts-by-partner">
        {entries.map((entry) => (
          <li key={entry.partner.id} data-company-id={entry.partner.id} data-count={entry.conflicts.length}>
            <button type="button" className="link-button" onClick={() => onSelect(entry.partner.id)}>
              {entry.partner.name}
            </button>
            <span className="is-bad"> {pluralise(entry.conflicts.length, 'conflict')}</span>
            {entry.fresh > 0 && <span className="muted"> ({entry.fresh} new)</span>}
            <span
              className="muted what-if-row-facts"
              title={entry.conflicts.map((conflict) => conflict.explanation).join(' ')}
            >
              {' '}
              through {namesUpTo(entry.through, 3)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function CapabilityList({ answer }: { answer: WhatIfAnswer }) {
  const sorted = [...answer.capabilities].sort(
    (a, b) => Number(b.new) - Number(a.new) || a.capability.name.localeCompare(b.capability.name),
  );
  return (
    <>
      {answer.capabilitiesLost.length > 0 && (
        <p className="figure-note is-bad">
          Lost: {answer.capabilitiesLost.map((capability) => capability.name).join(', ')}
        </p>
      )}
      <ul className="what-if-rows" data-testid="capability-list">
        {sorted.map((covered) => (
          <li key={covered.capability.id}>
            {covered.new && <span className="chip is-new">New</span>} {covered.capability.name}
            <span
              className="muted what-if-row-facts"
              title={covered.partners.map((partner) => partner.name).join(', ')}
            >
              {' '}
              from{' '}
              {namesUpTo(
                covered.partners.map((partner) => partner.name),
                3,
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
