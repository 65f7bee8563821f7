import type { CapabilityLevel, ComplementarityDetail } from '../client/types.ts';
import { formatPercent } from '../format/numbers.ts';

interface Props {
  complementarity: ComplementarityDetail;
  focalName: string;
  candidateName: string;
}

const LEVEL: Record<CapabilityLevel, string> = { CORE: 'core', SECONDARY: 'secondary' };

/** One plus one should make three: what each brings that the other lacks, and where you overlap. */
export function CapabilitiesSection({ complementarity, focalName, candidateName }: Props) {
  const { gapsFilledForA, gapsFilledForB, competing } = complementarity;
  return (
    <section className="detail-section" aria-labelledby="capabilities-title">
      <h3 id="capabilities-title">
        Capabilities <span className="muted heading-note">complementarity {formatPercent(complementarity.score)}</span>
      </h3>
      <div className="capability-columns">
        <div className="capability-column fills-yours">
          <p className="capability-heading">Fills your gap</p>
          <p className="capability-sub">
            {candidateName} has, {focalName} lacks
          </p>
          <CapabilityList items={gapsFilledForA.map((capability) => ({ id: capability.id, name: capability.name }))} />
        </div>
        <div className="capability-column fills-theirs">
          <p className="capability-heading">You fill theirs</p>
          <p className="capability-sub">
            {focalName} has, {candidateName} lacks
          </p>
          <CapabilityList items={gapsFilledForB.map((capability) => ({ id: capability.id, name: capability.name }))} />
        </div>
        <div className="capability-column both-offer">
          <p className="capability-heading">You both offer</p>
          <p className="capability-sub">your level / theirs</p>
          <CapabilityList
            items={competing.map((entry) => ({
              id: entry.capability.id,
              name: entry.capability.name,
              note: `${LEVEL[entry.levelA]} / ${LEVEL[entry.levelB]}`,
            }))}
          />
        </div>
      </div>
    </section>
  );
}

function CapabilityList({ items }: { items: { id: string; name: string; note?: string }[] }) {
  if (items.length === 0) return <p className="muted capability-none">None</p>;
  return (
    <ul className="capability-list">
      {items.map((item) => (
        <li key={item.id}>
          {item.name}
          {item.note && <span className="capability-level">{item.note}</span>}
        </li>
      ))}
    </ul>
  );
}
